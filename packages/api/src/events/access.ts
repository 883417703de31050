/**
 * Who may see and act on an event. Unpublished events and other companies' registrations answer NOT_FOUND, the
 * house rule, so that nobody learns they exist.
 */
import { getCompanyById, getEventById, getRegistration, memberRole, type CompanyRow, type Db, type EventRegistrationRow, type EventRow } from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { isStaff } from "../companies/access";
import type { Session } from "../trpc";

/** Refuses an event action with a translated message key (errors.event.…). */
export function refuse(code: "BAD_REQUEST" | "FORBIDDEN" | "CONFLICT", key: string): never {
  throw new TRPCError({ code, message: key });
}

export function eventNotFound(): never {
  throw new TRPCError({ code: "NOT_FOUND", message: "errors.event.notFound" });
}

export function isEventPublic(event: EventRow, now: Date): boolean {
  return event.publishedAt !== null && event.publishedAt <= now;
}

/** A published event for everyone; staff also see unpublished ones. */
export async function requireVisibleEvent(db: Db, session: Session | null, eventId: string, now: Date): Promise<EventRow> {
  const event = await getEventById(db, eventId);
  if (event === null || (!isEventPublic(event, now) && !isStaff(session))) eventNotFound();
  return event;
}

export async function requireEventForStaff(db: Db, eventId: string): Promise<EventRow> {
  const event = await getEventById(db, eventId);
  if (event === null) eventNotFound();
  return event;
}

/** The caller is a member of the company (else NOT_FOUND, like every company-scoped procedure). */
export async function requireMemberOf(db: Db, session: Session, companyId: string): Promise<CompanyRow> {
  const company = await getCompanyById(db, companyId);
  if (company === null || (await memberRole(db, { companyId, userId: session.user.id })) === null) {
    throw new TRPCError({ code: "NOT_FOUND", message: "errors.company.notFound" });
  }
  return company;
}

export type Participant = { event: EventRow; company: CompanyRow; registration: EventRegistrationRow };

/** A member acting for a company registered for a visible event. */
export async function requireParticipant(
  db: Db,
  session: Session,
  params: { eventId: string; companyId: string; now: Date; approved?: boolean },
): Promise<Participant> {
  const company = await requireMemberOf(db, session, params.companyId);
  const event = await requireVisibleEvent(db, session, params.eventId, params.now);
  const registration = await getRegistration(db, { eventId: event.id, companyId: company.id });
  if (registration === null) throw new TRPCError({ code: "NOT_FOUND", message: "errors.event.notRegistered" });
  if (params.approved === true && registration.status !== "approved") {
    throw new TRPCError({ code: "FORBIDDEN", message: "errors.event.notApproved" });
  }
  return { event, company, registration };
}
