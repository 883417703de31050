import { z } from "zod";
import { moderationReasonSchema } from "./reasons";
import { optionalText, requiredText, uuidSchema } from "./atoms";
import { codeList } from "./company";
import { err } from "./errors";

export const moderatedItemTypes = ["company", "listing"] as const;
export type ModeratedItemType = (typeof moderatedItemTypes)[number];
export const moderationDecisions = ["approve", "request-changes", "reject"] as const;
export type ModerationDecision = (typeof moderationDecisions)[number];

/** A row's version as stored (a PostgreSQL integer, so at most 2³¹ − 1: a larger number cannot name any version). */
const versionSchema = z
  .number(err("errors.number"))
  .int(err("errors.integer"))
  .min(1, err("errors.tooSmall"))
  .max(2_147_483_647, err("errors.tooLarge"));

/** A moderator's decision on a version of a company profile or listing. */
export const moderationDecisionSchema = z
  .object(
    {
      itemType: z.enum(moderatedItemTypes, err("errors.itemType")),
      itemId: uuidSchema,
      version: versionSchema,
      decision: z.enum(moderationDecisions, err("errors.decision")),
      reasons: codeList(moderationReasonSchema, 0, 10).default([]),
      note: optionalText(1000),
    },
    err("errors.invalid"),
  )
  .refine((value) => value.decision === "approve" || value.reasons.length > 0, {
    error: "errors.moderation.reasonsRequired",
    path: ["reasons"],
  });
export type ModerationDecisionInput = z.input<typeof moderationDecisionSchema>;

/** An owner's appeal against a rejection, a suspension or a hidden listing. */
export const appealSchema = z.object(
  {
    itemType: z.enum(moderatedItemTypes, err("errors.itemType")),
    itemId: uuidSchema,
    version: versionSchema.optional(),
    message: requiredText(10, 2000),
  },
  err("errors.invalid"),
);
export type AppealInput = z.input<typeof appealSchema>;

/** The company or listing whose appeal its members look up (to file one, or to read its outcome). */
export const appealItemSchema = appealSchema.pick({ itemType: true, itemId: true });
export type AppealItemInput = z.input<typeof appealItemSchema>;
