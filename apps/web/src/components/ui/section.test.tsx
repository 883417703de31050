import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Section } from "./section";

describe("Section", () => {
  it("names the section by its heading and keeps the caller's attributes", () => {
    const html = renderToStaticMarkup(
      <Section titleId="cargo-title" title="Cargo" className="mt-8" data-testid="trade-cargo">
        body
      </Section>,
    );
    expect(html).toBe(
      '<section aria-labelledby="cargo-title" class="mt-8" data-testid="trade-cargo"><h2 id="cargo-title" class="text-xl font-semibold">Cargo</h2>body</section>',
    );
  });

  it("gives the heading the caller's classes instead of the default", () => {
    const html = renderToStaticMarkup(<Section titleId="decision-title" title="Decide" titleClassName="sr-only" />);
    expect(html).toBe('<section aria-labelledby="decision-title"><h2 id="decision-title" class="sr-only">Decide</h2></section>');
  });
});
