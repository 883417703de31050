import type { ReactNode } from "react";

const urlPattern = /(https?:\/\/[^\s]+)/g;

/** Plain mail text with its links made clickable, so someone trying the portal can follow them. */
export function Linkify({ text }: { text: string }): ReactNode[] {
  return text.split(urlPattern).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} className="break-all text-brand-700 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
