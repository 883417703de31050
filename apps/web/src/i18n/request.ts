import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./messages";
import { routing } from "./routing";
import { timeZoneFor } from "./time-zone";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: await loadMessages(locale),
    // The client provider inherits both, so the browser prints times as the server did: the same zone, and
    // relative times ("3 hours ago") counted from the moment the page was rendered.
    timeZone: timeZoneFor(locale),
    now: new Date(),
  };
});
