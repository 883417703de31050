import { listMail } from "@karvon/api";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/server/db";
import { env } from "@/env";
import { outboxAccess } from "@/server/outbox-access";

export const dynamic = "force-dynamic";
export const metadata = { title: "Outbox · Karvon (development)" };

/**
 * Every mail the portal "sent", for local development: only when no SMTP server is configured and the server
 * listens on loopback (HOST=127.0.0.1, as `npm start` on the embedded database does). Anywhere else it does not
 * exist; admins read the outbox in the staff area.
 */
export default async function DevMailPage() {
  if (!outboxAccess(env()).devPage) notFound();
  const mails = await listMail(await getDb(), { limit: 200 });
  return (
    <main>
      <h1 className="mb-2 text-2xl font-bold">Outbox</h1>
      <p className="mb-6 text-sm text-slate-600">
        No SMTP server is configured (SMTP_URL), so mail is kept here instead of being sent. Newest first.
      </p>
      {mails.length === 0 ? <p>No mail yet.</p> : null}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="outbox">
        {mails.map((mail) => (
          <li key={mail.id}>
            <Link href={`/dev/mail/${mail.id}`} className="flex flex-col gap-0.5 px-4 py-3 hover:bg-slate-50">
              <span className="font-medium">{mail.subject}</span>
              <span className="text-sm text-slate-600">
                {mail.to} · {mail.locale} · {mail.template} · {mail.createdAt.toISOString()}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
