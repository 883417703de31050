"use client";

import { companyDraftSchema } from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { patchOf, type DraftField, type DraftState, type ProfileFormMode } from "./draft";

export type SaveState = "idle" | "saving" | "saved" | "error";

const debounceMs = 800;

/**
 * Saves the fields a person changed, 0.8 s after they stop typing (and at once on `flush`, before moving to
 * another step). A field that fails the draft check stays unsaved and marked, with its error; every valid
 * field is saved anyway, so nothing typed correctly is ever lost.
 */
export function useAutosave(companyId: string | null, country: string | null, draft: DraftState, mode: ProfileFormMode = "member") {
  const trpc = useTRPC();
  // A member saves the company's draft; an adviser the same draft of a client, through the advisers' procedure.
  const member = useMutation(trpc.company.saveDraft.mutationOptions());
  const adviser = useMutation(trpc.advisers.editCompany.mutationOptions());
  const mutateAsync = mode === "adviser" ? adviser.mutateAsync : member.mutateAsync;
  const dirty = useRef(new Set<DraftField>());
  const draftRef = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [state, setState] = useState<SaveState>("idle");
  const [errors, setErrors] = useState<FieldErrors>({});

  useEffect(() => {
    draftRef.current = draft;
  }, [draft]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    if (companyId === null || dirty.current.size === 0) return true;
    const fields = [...dirty.current];
    dirty.current.clear();
    const { patch, clear } = patchOf(draftRef.current, fields);
    // The same draft schema the server applies, checked here so each error lands on its field.
    const checked = companyDraftSchema.safeParse({ ...patch, country: country ?? undefined });
    const fieldErrors: FieldErrors = {};
    if (!checked.success) {
      for (const issue of checked.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    }
    const invalid = fields.filter((field) => field in fieldErrors);
    for (const field of invalid) {
      delete patch[field];
      dirty.current.add(field);
    }
    setErrors((previous) => {
      const next = { ...previous };
      for (const field of fields) delete next[field];
      return { ...next, ...fieldErrors };
    });
    if (Object.keys(patch).length === 0 && clear.length === 0) {
      setState(invalid.length > 0 ? "error" : "saved");
      return invalid.length === 0;
    }
    setState("saving");
    try {
      await mutateAsync({ companyId, patch, clear });
      setState(invalid.length > 0 ? "error" : "saved");
      return invalid.length === 0;
    } catch {
      for (const field of fields) dirty.current.add(field);
      setState("error");
      return false;
    }
  }, [companyId, country, mutateAsync]);

  const markDirty = useCallback(
    (field: DraftField) => {
      dirty.current.add(field);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), debounceMs);
    },
    [flush],
  );

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return { markDirty, flush, state, errors, setErrors };
}
