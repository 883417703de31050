"use client";
import { byCode, labelOf, sectorCodes, sectors, type SectorCode } from "@karvon/data";
import type { MatchReason } from "@karvon/api";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { controlClasses, Field } from "@/components/ui/field";
import { Reasons } from "./match-reasons";
import { buttonClass, secondaryClass } from "./meeting-buttons";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { usePathname, useRouter } from "@/i18n/navigation";

function RequestForm({ eventId, companyId, toCompanyId, name, onDone }: { eventId: string; companyId: string; toCompanyId: string; name: string; onDone: () => void }) {
  const t = useTranslations("events.meetings");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const send = useMutation(
    trpc.events.sendRequest.mutationOptions({
      onSuccess: async () => {
        onDone();
        await queryClient.invalidateQueries({ queryKey: trpc.events.pathKey() });
      },
      onError: errors.fromError,
    }),
  );
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    errors.clear();
    send.mutate({ eventId, fromCompanyId: companyId, toCompanyId, message: String(new FormData(event.currentTarget).get("message") ?? "") });
  }
  return (
    <form onSubmit={submit} className="mt-2 flex flex-col gap-2" aria-label={t("requestTitle", { company: name })}>
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("message")}
        <textarea name="message" rows={3} required minLength={10} maxLength={1000} className={controlClasses} aria-invalid={errors.messageOf("message") ? true : undefined} />
      </label>
      {errors.messageOf("message") ? <p className="text-sm text-red-700 dark:text-red-400">{errors.messageOf("message")}</p> : null}
      <button type="submit" disabled={send.isPending} className={`${buttonClass} self-start`}>{t("send")}</button>
    </form>
  );
}

function CompanyCard({ eventId, companyId, company, reasons, alreadyAsked }: {
  eventId: string;
  companyId: string;
  company: { companyId: string; name: string; country: string };
  reasons: readonly MatchReason[];
  alreadyAsked: boolean;
}) {
  const t = useTranslations("events");
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  return (
    <li className="rounded-md border border-slate-200 p-3 dark:border-slate-800" data-testid="participant-card">
      <p className="font-semibold">{company.name}</p>
      <p className="text-sm">{t(`countries.${company.country === "AZ" ? "az" : "uz"}`)}</p>
      <Reasons reasons={reasons} />
      {sent ? <FormAlert tone="success">{t("meetings.sent")}</FormAlert> : null}
      {alreadyAsked || sent ? (
        sent ? null : <p className="mt-1 text-sm">{t("meetings.alreadyAsked")}</p>
      ) : open ? (
        <RequestForm eventId={eventId} companyId={companyId} toCompanyId={company.companyId} name={company.name} onDone={() => { setOpen(false); setSent(true); }} />
      ) : (
        <button type="button" onClick={() => setOpen(true)} className={`${secondaryClass} mt-2`}>{t("meetings.request")}</button>
      )}
    </li>
  );
}

const facetClass =
  "inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm aria-pressed:bg-slate-200 aria-pressed:font-semibold dark:border-slate-700 dark:aria-pressed:bg-slate-800";

/** One facet: "all" and each value with how many participants it would show, the chosen one pressed. */
function Facet({ label, anyLabel, counts, chosen, name, onChoose }: {
  label: string;
  anyLabel: string;
  counts: Record<string, number>;
  chosen: string | undefined;
  name: (code: string) => string;
  onChoose: (code: string | undefined) => void;
}) {
  const t = useTranslations("events.meetings");
  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-medium">{label}:</span>
      <button type="button" aria-pressed={chosen === undefined} onClick={() => onChoose(undefined)} className={facetClass}>{anyLabel}</button>
      {Object.entries(counts).map(([code, count]) => (
        <button key={code} type="button" aria-pressed={chosen === code} onClick={() => onChoose(code)} className={facetClass}>
          {t("facetOption", { label: name(code), count })}
        </button>
      ))}
    </div>
  );
}

/** The catalogue's page is in the address (`?page=`), so every page is a plain link, as search's are. */
function useCataloguePage() {
  const pathname = usePathname();
  const router = useRouter();
  const params = useSearchParams();
  const requested = Number(params.get("page") ?? "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
  const hrefOf = (target: number) => {
    const next = new URLSearchParams(params);
    if (target === 1) next.delete("page");
    else next.set("page", String(target));
    return `${pathname}?${next.toString()}`;
  };
  /** A new search or facet starts again on the first page. */
  const toFirst = () => {
    if (page !== 1) router.replace(hrefOf(1), { scroll: false });
  };
  return { page, hrefOf, toFirst };
}

/** The suggested meetings and the participants' catalogue: script-blind search with country and sector facets. */
export function Catalogue({ eventId, companyId }: { eventId: string; companyId: string }) {
  const t = useTranslations("events.meetings");
  const tEvents = useTranslations("events");
  const pages = useTranslations("search.pagination");
  const locale = useLocale();
  const trpc = useTRPC();
  const { page, hrefOf, toFirst } = useCataloguePage();
  const [q, setQ] = useState("");
  const [country, setCountry] = useState<"UZ" | "AZ" | undefined>(undefined);
  const [sector, setSector] = useState<SectorCode | undefined>(undefined);
  const catalogue = useQuery({
    ...trpc.events.catalogue.queryOptions({ eventId, companyId, q: q === "" ? undefined : q, country, sector, page }),
    // The list stays while the next filter loads, so the facets do not jump under the pointer.
    placeholderData: keepPreviousData,
  });
  const data = catalogue.data;
  const sectorName = (code: string) => {
    const found = byCode(sectors, code);
    return found === undefined ? code : labelOf(found, locale);
  };
  return (
    <>
      <Section titleId="suggestions-title" title={t("suggestions")} titleClassName="text-2xl font-semibold">
        {data ? <p className="text-sm">{t("limit", { sent: data.requestsSent, limit: data.requestLimit })}</p> : null}
        {data && data.suggestions.length === 0 ? <p className="mt-2">{t("noSuggestions")}</p> : null}
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {data?.suggestions.map((suggestion) => (
            <CompanyCard key={suggestion.company.companyId} eventId={eventId} companyId={companyId} company={suggestion.company} reasons={suggestion.reasons} alreadyAsked={suggestion.alreadyAsked} />
          ))}
        </ul>
      </Section>
      <Section titleId="catalogue-title" title={t("catalogue")} titleClassName="text-2xl font-semibold" className="flex flex-col gap-3">
        <Field name="catalogue-search" label={t("search")} className="flex max-w-md flex-col gap-1">
          {(control) => <input {...control} type="search" value={q} onChange={(event) => { setQ(event.target.value); toFirst(); }} />}
        </Field>
        {data ? (
          <>
            <Facet
              label={t("countryFacet")}
              anyLabel={t("anyCountry")}
              counts={data.facets.country}
              chosen={country}
              name={(code) => tEvents(`countries.${code === "AZ" ? "az" : "uz"}`)}
              onChoose={(code) => { setCountry(code === "UZ" || code === "AZ" ? code : undefined); toFirst(); }}
            />
            <Facet label={t("sectorFacet")} anyLabel={t("anySector")} counts={data.facets.sector} chosen={sector} name={sectorName} onChoose={(code) => { setSector(sectorCodes.find((known) => known === code)); toFirst(); }} />
            <p className="text-sm" role="status" data-testid="catalogue-found">
              {data.total === 0 ? t("noMatches") : t("found", { count: data.total })}
            </p>
          </>
        ) : null}
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="catalogue">
          {data?.items.map((item) => (
            <CompanyCard key={item.companyId} eventId={eventId} companyId={companyId} company={item} reasons={[]} alreadyAsked={item.alreadyAsked} />
          ))}
        </ul>
        {data ? (
          <Pagination
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            hrefOf={hrefOf}
            labels={{ label: pages("label"), previous: pages("previous"), next: pages("next"), page: (number) => pages("page", { page: number }) }}
          />
        ) : null}
      </Section>
    </>
  );
}
