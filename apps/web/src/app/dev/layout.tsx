import type { ReactNode } from "react";
import "../globals.css";

/** Developer tools (outside the localized site): plain English, no site header. */
export default function DevLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="mx-auto max-w-4xl px-4 py-8">{children}</body>
    </html>
  );
}
