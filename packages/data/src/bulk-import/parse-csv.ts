import type { ErrorKey } from "../schemas/errors";

export type ParsedCsv = { ok: true; table: string[][] } | { ok: false; problem: ErrorKey; line: number };

/**
 * The separator of a CSV file, from its header line: Excel writes ";" where the decimal mark is a comma (Russian,
 * Uzbek and Azerbaijani settings), "," elsewhere, and a tab in "Unicode text". The one found most often outside
 * quotes wins; a header of one column has none and reads as ",".
 */
function separatorOf(text: string): string {
  const counts = new Map<string, number>([[",", 0], [";", 0], ["\t", 0]]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ",";
  for (const [separator, count] of counts) if (count > (counts.get(best) ?? 0)) best = separator;
  return best;
}

/**
 * RFC 4180 CSV: fields in double quotes may hold separators, line breaks and doubled quotes; lines end in CRLF or LF.
 * A quote left open to the end of the file is reported with the line it opened on, rather than swallowing the rest
 * of the file into one cell.
 */
export function parseCsv(text: string): ParsedCsv {
  const separator = separatorOf(text);
  const table: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        field += char;
      }
    } else if (char === '"' && field === "") {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      row.push(field);
      table.push(row);
      row = [];
      field = "";
      line++;
    } else field += char;
  }
  if (quoted) return { ok: false, problem: "errors.import.unclosedQuote", line: quoteLine };
  if (field !== "" || row.length > 0) {
    row.push(field);
    table.push(row);
  }
  return { ok: true, table };
}
