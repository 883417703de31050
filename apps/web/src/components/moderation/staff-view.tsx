"use client";

import { countries, labelOf, partnerCountryCodes, userRoles, type Locale, type UserRole } from "@karvon/data";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import { useErrorText } from "./use-error-text";

/** Promote, demote and assign countries (admin only; every change is audited with before and after). */
export function StaffView() {
  const t = useTranslations("moderation.staff");
  const locale = useLocale() as Locale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [query, setQuery] = useState("");
  const staff = useQuery(trpc.moderation.staff.list.queryOptions({ query: query.trim() === "" ? undefined : query }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.moderation.staff.pathKey() });
  const setRole = useMutation(trpc.moderation.staff.setRole.mutationOptions({ onSettled: refresh }));
  const setCountries = useMutation(trpc.moderation.staff.setCountries.mutationOptions({ onSettled: refresh }));
  const error = setRole.error ?? setCountries.error;

  return (
    <section aria-labelledby="staff-title">
      <h1 id="staff-title" className="text-2xl font-semibold">{t("title")}</h1>
      <label className="mt-4 flex max-w-md flex-col gap-1 text-sm">
        {t("search")}
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} className="min-h-11 rounded-md border border-slate-300 px-2 dark:border-slate-700 dark:bg-slate-900" />
      </label>
      {error ? <p role="alert" className="mt-2 text-sm text-rose-700">{errorText(error)}</p> : null}
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th className="p-2">{t("name")}</th>
              <th className="p-2">{t("role")}</th>
              <th className="p-2">{t("countries")}</th>
            </tr>
          </thead>
          <tbody>
            {staff.data?.map((person) => (
              <tr key={person.id} className="border-b border-slate-100 dark:border-slate-800">
                <td className="p-2">{person.name}<span className="block text-xs text-slate-600 dark:text-slate-400">{person.email}</span></td>
                <td className="p-2">
                  <select aria-label={t("role")} value={person.role} onChange={(event) => setRole.mutate({ userId: person.id, role: event.target.value as UserRole })} className="min-h-11 rounded-md border border-slate-300 px-2 dark:border-slate-700 dark:bg-slate-900">
                    {userRoles.map((role) => <option key={role} value={role}>{t(`roles.${role}`)}</option>)}
                  </select>
                </td>
                <td className="p-2">
                  {person.role === "user" ? "—" : partnerCountryCodes.map((code) => {
                    const country = countries.find((c) => c.code === code);
                    const checked = person.countries.includes(code);
                    return (
                      <label key={code} className="mr-3 inline-flex min-h-11 items-center gap-1">
                        <input type="checkbox" checked={checked} onChange={() => setCountries.mutate({ userId: person.id, countries: partnerCountryCodes.filter((c) => (c === code ? !checked : person.countries.includes(c))) })} />
                        {country ? labelOf(country, locale) : code}
                      </label>
                    );
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
