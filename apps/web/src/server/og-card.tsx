import "server-only";
import { appRouter, createCallerFactory } from "@karvon/api";
import { countryByCode, isLocale, labelOf, sectorByCode, type Locale } from "@karvon/data";
import { ImageResponse } from "next/og";
import { createRequestContext } from "./trpc-context";

/** The size every shared-link preview is drawn at (the common Open Graph card). */
export const ogImageSize = { width: 1200, height: 630 };

const createCaller = createCallerFactory(appRouter);

/**
 * A caller with no session, whatever cookies the request carries: a preview shows what everybody may see, so a
 * member fetching the image of their unpublished company gets NOT_FOUND like everyone else.
 */
export async function anonymousApi() {
  return createCaller(await createRequestContext(new Headers()));
}

export function ogLocale(value: string): Locale {
  return isLocale(value) ? value : "en";
}

export function countryLabel(code: string, locale: Locale): string {
  const country = countryByCode(code);
  return country === undefined ? code : labelOf(country, locale);
}

export function sectorLabels(codes: readonly string[], locale: Locale, max = 2): string[] {
  return codes.slice(0, max).map((code) => {
    const sector = sectorByCode(code);
    return sector === undefined ? code : labelOf(sector, locale);
  });
}

/** The bundled font has no U+02BB/U+02BC (Uzbek oʻ, gʻ, ʼ): draw them as the typographic apostrophe. */
function drawable(text: string): string {
  return text.replace(/[\u02BB\u02BC\u2018]/g, "\u2019");
}

/** The card: brand strip, what it is (kind), the name or title, then country and sectors. */
export function renderOgCard(card: { eyebrow: string; title: string; facts: string[] }): ImageResponse {
  const title = drawable(card.title.length > 90 ? `${card.title.slice(0, 88)}…` : card.title);
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#0b7068", color: "#ffffff" }}>
        <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 40, fontWeight: 700 }}>
          <div style={{ display: "flex", width: 64, height: 64, borderRadius: 14, background: "#ffffff", color: "#0b7068", alignItems: "center", justifyContent: "center" }}>K</div>
          Karvon
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
          <div style={{ display: "flex", fontSize: 32, textTransform: "uppercase", color: "#d5ecea" }}>{drawable(card.eyebrow)}</div>
          <div style={{ display: "flex", fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        </div>
        <div style={{ display: "flex", fontSize: 34, color: "#eef7f6" }}>{drawable(card.facts.filter((fact) => fact !== "").join("  ·  "))}</div>
      </div>
    ),
    { ...ogImageSize },
  );
}

/** A plain 404 for a preview of something unknown or not public (no image of unpublished content). */
export function ogNotFound(): Response {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
