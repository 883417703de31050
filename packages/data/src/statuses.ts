import { z } from "zod";

/**
 * Life cycle of everything a moderator reviews (company profiles, listings):
 * draft → submitted → published | changes-requested | rejected. An edit of a published item starts a new
 * draft while the last approved version stays public.
 */
export const reviewStatuses = ["draft", "submitted", "published", "changes-requested", "rejected"] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];
export const reviewStatusSchema = z.enum(reviewStatuses);

/** format-checked is automatic (tax ID format valid); registry-confirmed is set by a moderator. */
export const verificationLevels = ["unverified", "format-checked", "registry-confirmed"] as const;
export type VerificationLevel = (typeof verificationLevels)[number];
export const verificationLevelSchema = z.enum(verificationLevels);

export const userRoles = ["user", "moderator", "admin"] as const;
export type UserRole = (typeof userRoles)[number];
export const userRoleSchema = z.enum(userRoles);
