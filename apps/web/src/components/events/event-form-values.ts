/**
 * The staff event form's fields and the event they stand for, both ways: the values an existing event fills the
 * form with, and the event input a submitted form makes. Saving an unchanged form gives back the same day plan,
 * so an event whose meetings lock the plan can still be edited in its other fields.
 */
import type { RouterOutputs } from "@karvon/api";
import type { EventInput, LocalizedText } from "@karvon/data";

export const eventFormLanguages = ["en", "ru", "uz", "az"] as const;

/** The stored event fields the form edits (as staff read them). */
export type EditableEvent = Pick<
  RouterOutputs["events"]["staffList"][number],
  | "slug" | "name" | "description" | "city" | "venue" | "timeZone" | "startDate" | "endDate" | "dayStart" | "dayEnd" | "meetingMinutes"
  | "breaks" | "tableCount" | "requestLimit" | "registrationOpensAt" | "registrationClosesAt" | "focusSectors" | "autoApproveVerified" | "publishedAt"
>;

/** The text fields by input name, and the fields that are not text. */
export type EventFormValues = { text: Record<string, string>; focusSectors: readonly string[]; autoApprove: boolean; published: boolean };

const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** What the form shows: a new event's suggestions, or an existing event as it is. */
export function eventFormValues(event: EditableEvent | null): EventFormValues {
  if (event === null) {
    return {
      text: { tableCount: "20", dayStart: "09:00", dayEnd: "17:00", meetingMinutes: "30", requestLimit: "20", breakStart: "13:00", breakEnd: "14:00", timeZone: "Asia/Tashkent" },
      focusSectors: [],
      autoApprove: true,
      published: true,
    };
  }
  const texts = (prefix: string, text: LocalizedText) => Object.fromEntries(eventFormLanguages.map((language) => [`${prefix}-${language}`, text[language] ?? ""]));
  const [firstBreak] = event.breaks;
  const text = {
    slug: event.slug,
    ...texts("name", event.name),
    ...texts("description", event.description),
    city: event.city,
    venue: event.venue,
    timeZone: event.timeZone,
    startDate: event.startDate,
    endDate: event.endDate,
    dayStart: event.dayStart,
    dayEnd: event.dayEnd,
    meetingMinutes: String(event.meetingMinutes),
    tableCount: String(event.tableCount),
    requestLimit: String(event.requestLimit),
    breakStart: firstBreak?.start ?? "",
    breakEnd: firstBreak?.end ?? "",
    registrationOpens: isoDay(event.registrationOpensAt),
    registrationCloses: isoDay(event.registrationClosesAt),
  };
  return {
    text,
    focusSectors: event.focusSectors,
    autoApprove: event.autoApproveVerified,
    published: event.publishedAt !== null,
  };
}

/**
 * The event a submitted form stands for. The form edits one break; an event's further breaks (made elsewhere)
 * are kept as they are.
 */
export function eventInputOf(form: FormData, current: EditableEvent | null): EventInput {
  const text = (name: string) => String(form.get(name) ?? "");
  const localized = (prefix: string) => Object.fromEntries(eventFormLanguages.map((language) => [language, text(`${prefix}-${language}`)])) as LocalizedText;
  const breakStart = text("breakStart");
  const breakEnd = text("breakEnd");
  const edited = breakStart !== "" && breakEnd !== "" ? [{ start: breakStart, end: breakEnd }] : [];
  return {
    slug: text("slug"),
    name: localized("name"),
    description: localized("description"),
    city: text("city"),
    venue: text("venue"),
    timeZone: text("timeZone") as EventInput["timeZone"],
    startDate: text("startDate"),
    endDate: text("endDate"),
    dayStart: text("dayStart"),
    dayEnd: text("dayEnd"),
    meetingMinutes: Number(text("meetingMinutes")),
    breaks: [...edited, ...(current?.breaks.slice(1) ?? [])],
    tableCount: Number(text("tableCount")),
    registrationOpensAt: new Date(`${text("registrationOpens")}T00:00:00Z`),
    registrationClosesAt: new Date(`${text("registrationCloses")}T23:59:59Z`),
    focusSectors: form.getAll("focusSectors").map(String) as EventInput["focusSectors"],
    requestLimit: Number(text("requestLimit")),
    autoApproveVerified: form.get("autoApprove") === "on",
    published: form.get("published") === "on",
  };
}
