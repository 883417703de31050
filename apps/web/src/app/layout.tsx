import type { ReactNode } from "react";

// The root layout lives in [locale]/layout.tsx (it sets <html lang>); this one only passes children on.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
