import { apiKeyCreatedOutputSchema, apiKeyCreateSchema, apiKeyIdSchema, apiKeyOutputSchema } from "@karvon/data";
import { createApiKey, listApiKeys, revokeApiKey } from "@karvon/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { auditStaffAction } from "../moderation/staff-audit";
import { adminProcedure, depsOf } from "../trpc";
import { generateApiKey } from "./api-key-secret";

/** Admins issue keys of the public API to partner organisations, watch their use and revoke them. */
export const apiKeyRouter = {
  list: adminProcedure.output(z.array(apiKeyOutputSchema)).query(({ ctx }) => listApiKeys(ctx.db)),

  /** Issues a key; the answer carries the key itself, which is never stored nor shown again. */
  create: adminProcedure
    .input(apiKeyCreateSchema)
    .output(apiKeyCreatedOutputSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const { key, keyPrefix, keyHash } = generateApiKey();
        const at = ctx.clock.now();
        const apiKey = await createApiKey(tx, { ...input, keyPrefix, keyHash, createdBy: ctx.session.user.id, at });
        await auditStaffAction({ ...depsOf(ctx), db: tx }, {
          at,
          action: "admin.apiKey.create",
          targetType: "apiKey",
          targetId: apiKey.id,
          after: { organisationName: input.organisationName, scopes: input.scopes, keyPrefix, rateLimitPerMinute: input.rateLimitPerMinute },
        });
        return { key, apiKey };
      }),
    ),

  /** Revokes a key at once: its next request answers 401. Revoking twice keeps the first time. */
  revoke: adminProcedure
    .input(apiKeyIdSchema)
    .output(apiKeyOutputSchema)
    .mutation(({ ctx, input }) =>
      ctx.db.transaction(async (tx) => {
        const at = ctx.clock.now();
        const apiKey = await revokeApiKey(tx, { id: input.id, at });
        if (apiKey === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
        await auditStaffAction({ ...depsOf(ctx), db: tx }, { at, action: "admin.apiKey.revoke", targetType: "apiKey", targetId: apiKey.id, after: { revokedAt: apiKey.revokedAt } });
        return apiKey;
      }),
    ),
} satisfies TRPCRouterRecord;
