import { findMailById } from "@karvon/api";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/server/db";
import { env } from "@/env";
import { outboxAccess } from "@/server/outbox-access";
import { Linkify } from "../linkify";

export const dynamic = "force-dynamic";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function DevMailDetailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!outboxAccess(env()).devPage) notFound();
  const { id } = await params;
  if (!uuidPattern.test(id)) notFound();
  const mail = await findMailById(await getDb(), id);
  if (!mail) notFound();
  return (
    <main>
      <Link href="/dev/mail" className="text-sm text-brand-700 underline">
        ← Outbox
      </Link>
      <h1 className="mt-4 mb-2 text-2xl font-bold">{mail.subject}</h1>
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 text-sm text-slate-600">
        <dt>To</dt>
        <dd>{mail.to}</dd>
        <dt>Language</dt>
        <dd>{mail.locale}</dd>
        <dt>Template</dt>
        <dd>{mail.template}</dd>
        <dt>Queued</dt>
        <dd>{mail.createdAt.toISOString()}</dd>
      </dl>
      <div className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4" data-testid="mail-body">
        <Linkify text={mail.text} />
      </div>
    </main>
  );
}
