import type { ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Pagination } from "./pagination";

// next-intl's Link needs Next's router; a plain anchor shows the same href and attributes.
vi.mock("@/i18n/navigation", () => ({ Link: ({ href, ...props }: ComponentProps<"a"> & { href: string }) => <a href={href} {...props} /> }));

const labels = { label: "Pages", previous: "Previous", next: "Next", page: (page: number) => `Page ${page}` };

/** The pager as the words a reader sees, in order: page numbers, "…", Previous and Next (with their targets). */
function pager(props: Omit<ComponentProps<typeof Pagination>, "hrefOf" | "labels">): string[] {
  const html = renderToStaticMarkup(<Pagination {...props} hrefOf={(page) => `/search?page=${page}`} labels={labels} />);
  return [...html.matchAll(/<a href="\/search\?page=(\d+)"([^>]*)>([^<]*)<\/a>|<span aria-hidden="true">…<\/span>/g)].map(([, target, attributes, text]) => {
    if (target === undefined) return "…";
    if (!/^\d+$/.test(text ?? "")) return `${text}→${target}`;
    return attributes?.includes('aria-current="page"') ? `${text}*` : `${text}`;
  });
}

describe("Pagination", () => {
  it("numbers the first and last page and the two either side of the current one when the total is exact", () => {
    expect(pager({ page: 1, pageSize: 20, total: 1001 })).toEqual(["1*", "2", "3", "…", "51", "Next→2"]);
    expect(pager({ page: 10, pageSize: 20, total: 1001 })).toEqual(["Previous→9", "1", "…", "8", "9", "10*", "11", "12", "…", "51", "Next→11"]);
    expect(pager({ page: 51, pageSize: 20, total: 1001 })).toEqual(["Previous→50", "1", "…", "49", "50", "51*"]);
    expect(pager({ page: 1, pageSize: 20, total: 20 })).toEqual([]);
  });

  it("names no last page when the total is a lower bound, and offers the next page while the current one is full", () => {
    expect(pager({ page: 1, pageSize: 20, total: 1001, more: { pageHits: 20 } })).toEqual(["1*", "2", "3", "…", "Next→2"]);
    expect(pager({ page: 50, pageSize: 20, total: 1001, more: { pageHits: 20 } })).toEqual(["Previous→49", "1", "…", "48", "49", "50*", "51", "…", "Next→51"]);
  });

  it("goes on past the pages counted while pages are full, and stops at a page that is not", () => {
    expect(pager({ page: 53, pageSize: 20, total: 1001, more: { pageHits: 20 } })).toEqual(["Previous→52", "1", "…", "51", "52", "53*", "…", "Next→54"]);
    expect(pager({ page: 53, pageSize: 20, total: 1001, more: { pageHits: 7 } })).toEqual(["Previous→52", "1", "…", "51", "52", "53*"]);
  });
});
