import type { ReactNode } from "react";

/** The frame of a page a mailed link opens (consent, hand-over): a narrow column under its title. */
export function MailedLinkPage({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <div className="mx-auto flex w-full max-w-lg flex-col gap-4 px-4 py-16" data-testid={testId}>
      <h1 className="text-2xl font-bold">{title}</h1>
      {children}
    </div>
  );
}
