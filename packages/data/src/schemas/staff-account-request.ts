import { z } from "zod";
import { userRoleSchema } from "../statuses";
import { emailSchema, personNameSchema } from "./atoms";

/** Staff roles `npm run admin:create` may give; a plain user is made by signing up. */
export const staffRoleSchema = userRoleSchema.extract(["moderator", "admin"]);

/** The arguments of `npm run admin:create`. */
export const staffAccountArgsSchema = z.object({
  email: emailSchema,
  role: staffRoleSchema.default("admin"),
  name: personNameSchema.optional(),
});

/**
 * A staff account to create, as `npm run admin:create` hands it to a running portal through the data folder:
 * the password only as its Argon2id hash, so the plain password never touches the disk.
 */
export const staffAccountRequestSchema = z.object({
  id: z.uuid(),
  email: emailSchema,
  name: personNameSchema,
  role: staffRoleSchema,
  passwordHash: z.string().startsWith("$argon2id$").max(500),
  requestedAt: z.iso.datetime(),
});
export type StaffAccountRequest = z.infer<typeof staffAccountRequestSchema>;

/** The portal's answer to a request: created, or why not (an address already taken). */
export const staffAccountResultSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), userId: z.string() }),
  z.object({ ok: z.literal(false), error: z.string().max(500) }),
]);
export type StaffAccountResult = z.infer<typeof staffAccountResultSchema>;
