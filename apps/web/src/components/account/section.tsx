import type { ReactNode } from "react";
import { Section } from "@/components/ui/section";

export function AccountSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Section titleId={`${id}-title`} title={title} titleClassName="mb-4 text-lg font-semibold" className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      {children}
    </Section>
  );
}
