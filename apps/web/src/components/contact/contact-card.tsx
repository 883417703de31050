import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";

export type ContactPersonView = { name: string | null; email: string | null; phone: string | null };

/** The other company's contact person, shown only once both companies agreed to talk. */
export function ContactCard({ company, contact }: { company: string; contact: ContactPersonView | null }) {
  const t = useTranslations("contact.thread.contact");
  return (
    <Section titleId="contact-card-title" title={t("title", { company })} titleClassName="font-semibold" data-testid="contact-card" className="rounded-lg border border-green-200 bg-green-50 p-4 text-sm dark:border-green-900 dark:bg-green-950">
      {contact === null ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {contact.name !== null ? (
            <>
              <dt className="text-slate-600 dark:text-slate-400">{t("name")}</dt>
              <dd data-testid="contact-name">{contact.name}</dd>
            </>
          ) : null}
          {contact.email !== null ? (
            <>
              <dt className="text-slate-600 dark:text-slate-400">{t("email")}</dt>
              <dd className="break-all">
                <a href={`mailto:${contact.email}`} className="underline" data-testid="contact-email">
                  {contact.email}
                </a>
              </dd>
            </>
          ) : null}
          {contact.phone !== null ? (
            <>
              <dt className="text-slate-600 dark:text-slate-400">{t("phone")}</dt>
              <dd>
                <a href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`} className="underline" data-testid="contact-phone">
                  {contact.phone}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      )}
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t("why")}</p>
    </Section>
  );
}
