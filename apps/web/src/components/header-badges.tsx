"use client";

import dynamic from "next/dynamic";

/**
 * The header's counts, shown to signed-in people only, load on demand: a visitor's first load then carries no
 * query code at all (the first-load JS budget of 180 kB, docs/performance.md). For a signed-in person they are
 * rendered on the server as before, and their code arrives with the page.
 */
export const UnreadBadge = dynamic(() => import("./contact/unread-badge").then((module) => module.UnreadBadge));
export const NotificationBadge = dynamic(() => import("./notifications/notification-badge").then((module) => module.NotificationBadge));
export const StaffNavLink = dynamic(() => import("./moderation/staff-nav-link").then((module) => module.StaffNavLink));
