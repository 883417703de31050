"use client";

import { countries, labelOf, partnerCountryCodes, userRoles, type UserRole } from "@karvon/data";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import { useErrorText } from "./use-error-text";
import { controlClasses, Field } from "@/components/ui/field";
import { Table, TableCell, TableRow } from "@/components/ui/table";

/** Promote, demote and assign countries (admin only; every change is audited with before and after). */
export function StaffView() {
  const t = useTranslations("moderation.staff");
  const locale = useLocale();
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
      <Field name="staff-search" label={t("search")} className="mt-4 flex max-w-md flex-col gap-1">
        {(control) => <input {...control} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />}
      </Field>
      {error ? <p role="alert" className="mt-2 text-sm text-rose-700">{errorText(error)}</p> : null}
      <Table headers={[t("name"), t("role"), t("countries")]} wrapperClassName="mt-4">
        {staff.data?.map((person) => (
          <TableRow key={person.id}>
            <TableCell detail={person.email}>{person.name}</TableCell>
            <TableCell>
              <select aria-label={t("role")} value={person.role} onChange={(event) => setRole.mutate({ userId: person.id, role: event.target.value as UserRole })} className={controlClasses}>
                {userRoles.map((role) => <option key={role} value={role}>{t(`roles.${role}`)}</option>)}
              </select>
            </TableCell>
            <TableCell>
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
            </TableCell>
          </TableRow>
        ))}
      </Table>
    </section>
  );
}
