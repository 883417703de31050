import { linkify } from "@/lib/linkify";

/**
 * A message as plain text: React escapes every character, line breaks are kept, and only http(s) addresses
 * become links — marked as user content, opened without referrer or opener, and not followed by crawlers.
 */
export function MessageText({ text, className }: { text: string; className?: string }) {
  return (
    <p className={`whitespace-pre-wrap break-words ${className ?? ""}`}>
      {linkify(text).map((segment, index) =>
        segment.kind === "link" ? (
          <a
            key={index}
            href={segment.href}
            target="_blank"
            rel="noopener noreferrer nofollow ugc"
            className="text-brand-700 underline underline-offset-2 hover:text-brand-900 dark:text-brand-100"
          >
            {segment.text}
          </a>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
