"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { Button } from "@/components/ui/button";

export type OwnListingOption = { id: string; title: string };

type Props = {
  companyId: string;
  companyName: string;
  /** The listing the interest is about, on a listing page. */
  listingId?: string;
  /** The visitor's own company's listings, for "which of my listings does it concern". */
  myListings?: readonly OwnListingOption[];
};

/** The form and its validation arrive when a person opens it, not with the page (the first-load JS budget of 180 kB, see docs/performance.md). */
const ExpressInterestForm = dynamic(() => import("./express-interest-form").then((module) => module.ExpressInterestForm), {
  loading: () => <div className="h-64 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800" aria-busy="true" />,
});

/**
 * "Express interest" button and form for a company or listing page. The idempotency key is made once when the
 * form opens and sent with every submission of it, so a double click or a retry creates one request.
 */
export function ExpressInterest({ companyId, companyName, listingId, myListings = [] }: Props) {
  const t = useTranslations("contact.express");
  const locale = useLocale();
  const pathname = usePathname();
  const trpc = useTRPC();
  const [idempotencyKey, setIdempotencyKey] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const viewer = useQuery(trpc.contact.unreadCount.queryOptions());

  if (viewer.isSuccess && viewer.data === null) {
    return (
      <Link
        href={`/sign-in?next=${encodeURIComponent(`/${locale}${pathname}`)}`}
        className="inline-flex min-h-11 items-center rounded-md border border-brand-600 px-4 font-semibold text-brand-700 hover:bg-brand-50 dark:text-brand-100"
      >
        {t("signIn")}
      </Link>
    );
  }

  if (sent) {
    return (
      <FormAlert tone="success">
        {t("sent", { company: companyName })}{" "}
        <Link href="/inbox?tab=sent" className="font-semibold underline">
          {t("toInbox")}
        </Link>
      </FormAlert>
    );
  }

  if (idempotencyKey === null) {
    return (
      <Button
        onClick={() => setIdempotencyKey(crypto.randomUUID())}
      >
        {t("button")}
      </Button>
    );
  }

  return (
    <ExpressInterestForm
      companyId={companyId}
      companyName={companyName}
      listingId={listingId}
      myListings={myListings}
      idempotencyKey={idempotencyKey}
      onSent={() => {
        setSent(true);
        setIdempotencyKey(null);
      }}
      onCancel={() => setIdempotencyKey(null)}
    />
  );
}
