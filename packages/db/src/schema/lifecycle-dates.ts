import { timestamp } from "drizzle-orm/pg-core";

/** createdAt/updatedAt shared by every table that is edited after insert. */
export const lifecycleDates = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};
