import { labelOf, regionByCode, regionsOf, type Locale } from "@karvon/data";

/**
 * A schematic map of the two countries (not to scale): each first-level region is a tile placed roughly where
 * it lies, the company's region filled. Static SVG — no map service, nothing to load.
 */
const tiles: Record<string, [number, number]> = {
  // Uzbekistan (east of the Caspian): column, row
  "UZ-QR": [0, 0], "UZ-XO": [0, 1], "UZ-NW": [1, 1], "UZ-BU": [1, 2], "UZ-SA": [2, 2], "UZ-QA": [2, 3],
  "UZ-SU": [3, 3], "UZ-JI": [2, 1], "UZ-SI": [3, 1], "UZ-TO": [4, 0], "UZ-TK": [4, 1], "UZ-NG": [5, 0],
  "UZ-FA": [5, 1], "UZ-AN": [6, 1],
  // Azerbaijan (west of the Caspian)
  "AZ-QXM": [2, 0], "AZ-SZQ": [0, 0], "AZ-QTV": [0, 1], "AZ-GDA": [1, 1], "AZ-DSH": [2, 1], "AZ-ABX": [3, 1],
  "AZ-BAK": [3, 2], "AZ-MAR": [1, 2], "AZ-SSL": [2, 2], "AZ-KRB": [1, 3], "AZ-EZN": [0, 3], "AZ-MMG": [2, 3],
  "AZ-LNA": [2, 4], "AZ-NAX": [0, 4],
};

const size = 26;
const gap = 4;

function CountryTiles({ country, originX, region, locale }: { country: "UZ" | "AZ"; originX: number; region: string | null; locale: Locale }) {
  return (
    <g>
      {regionsOf(country).map((entry) => {
        const [col, row] = tiles[entry.code] ?? [0, 0];
        const selected = entry.code === region;
        return (
          <rect
            key={entry.code}
            x={originX + col * (size + gap)}
            y={20 + row * (size + gap)}
            width={size}
            height={size}
            rx={4}
            className={selected ? "fill-accent-500" : "fill-brand-100 dark:fill-brand-700"}
            data-selected={selected || undefined}
          >
            <title>{labelOf(entry, locale)}</title>
          </rect>
        );
      })}
    </g>
  );
}

export function RegionMap({ region, locale, labels }: { region: string | null; locale: Locale; labels: { uz: string; az: string; caspian: string; title: string } }) {
  const record = region ? regionByCode(region) : undefined;
  return (
    <figure className="flex flex-col gap-2">
      <svg viewBox="0 0 360 180" role="img" aria-label={record ? `${labels.title}: ${labelOf(record, locale)}` : labels.title} className="w-full max-w-md">
        <text x={10} y={12} className="fill-slate-600 text-[10px] dark:fill-slate-400">{labels.az}</text>
        <CountryTiles country="AZ" originX={10} region={region} locale={locale} />
        <path d="M140 20 Q 125 90 150 170" className="fill-none stroke-sky-300" strokeWidth={10} strokeLinecap="round" />
        <text x={128} y={100} className="fill-sky-600 text-[9px]" transform="rotate(-80 128 100)">{labels.caspian}</text>
        <text x={150} y={12} className="fill-slate-600 text-[10px] dark:fill-slate-400">{labels.uz}</text>
        <CountryTiles country="UZ" originX={150} region={region} locale={locale} />
      </svg>
      {record ? <figcaption className="text-sm text-slate-700 dark:text-slate-300">{labelOf(record, locale)}</figcaption> : null}
    </figure>
  );
}
