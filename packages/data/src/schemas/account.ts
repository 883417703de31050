import { z } from "zod";
import { emailSchema, localeSchema, passwordSchema, personNameSchema } from "./atoms";
import { err } from "./errors";

/** The sign-up form; the same rules the server enforces before better-auth stores anything. */
export const signUpSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
  locale: localeSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

/** Sign-in checks only presence: a password that breaks today's rules may still be someone's old one. */
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string(err("errors.required")).min(1, err("errors.required")),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const emailOnlySchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({ password: passwordSchema });

export const changePasswordSchema = z.object({
  currentPassword: z.string(err("errors.required")).min(1, err("errors.required")),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** What a person may change about themselves on the account page. */
export const profileSchema = z.object({ name: personNameSchema, locale: localeSchema });
export type ProfileInput = z.infer<typeof profileSchema>;

/** Deleting an account is confirmed by typing its e-mail address (compared on the server). */
export const deleteAccountSchema = z.object({ confirmEmail: emailSchema });
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
