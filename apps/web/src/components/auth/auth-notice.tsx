import type { ComponentProps, ReactNode } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { TextLink } from "@/components/ui/button";

/** An auth page's outcome in place of its form (done, or the link is no longer valid), with the way on. */
export function AuthNotice({ tone, message, href, linkText }: { tone: "error" | "success"; message: ReactNode; href: ComponentProps<typeof TextLink>["href"]; linkText: ReactNode }) {
  return (
    <div className="flex flex-col gap-4">
      <FormAlert tone={tone}>{message}</FormAlert>
      <TextLink href={href} className="font-medium">
        {linkText}
      </TextLink>
    </div>
  );
}
