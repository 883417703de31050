import type { ReactNode } from "react";
import { ClientMessages } from "@/i18n/client-messages";

/** Hands this route's client components the messages they read (i18n/client-namespaces.ts). */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages route="advisers">{children}</ClientMessages>;
}
