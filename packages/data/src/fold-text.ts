/**
 * Search folding (the rules are in docs/scripts-and-spellings.md): one form for Uzbek Latin and Cyrillic, Russian, Azerbaijani
 * with or without its letters, and every apostrophe variant. Used at write time and at query time.
 */

const cyrillicVowels = new Set("аеёиоуыэюяўәөүұі");

/** Cyrillic letters with a fixed Latin form (Uzbek official alphabet; Russian-only letters; a few neighbours). */
const cyrillicToLatin: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", ё: "yo", ж: "j", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u",
  ф: "f", х: "x", ҳ: "h", ч: "ch", ш: "sh", щ: "shch", ъ: "ʼ", ы: "i", ь: "", э: "e",
  ю: "yu", я: "ya", ў: "oʻ", қ: "q", ғ: "gʻ",
  // Azerbaijani Cyrillic (pre-1991) and Kazakh/Kyrgyz letters, folded to their Latin search forms.
  ә: "e", ө: "o", ү: "u", һ: "h", ҝ: "g", ј: "y", ҹ: "c", ң: "ng", ұ: "u", і: "i", ї: "yi", є: "ye",
};

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/** Uzbek/Russian Cyrillic to Uzbek Latin with the Е → Ye and Ц → S/Ts context rules. Expects lowercase. */
export function cyrillicToUzbekLatin(lower: string): string {
  const chars = Array.from(lower);
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    const prev = i > 0 ? chars[i - 1] : undefined;
    if (ch === "е") {
      const afterSoftener = prev === "ъ" || prev === "ь";
      const yePosition = !isLetter(prev) || (prev !== undefined && cyrillicVowels.has(prev)) || afterSoftener;
      out += yePosition ? "ye" : "e";
    } else if (ch === "ц") {
      out += prev !== undefined && cyrillicVowels.has(prev) ? "ts" : "s";
    } else {
      const latin = cyrillicToLatin[ch];
      out += latin ?? ch;
    }
  }
  return out;
}

/** Every apostrophe-like character people type in Uzbek (oʻ, gʻ, the tutuq belgisi) and their look-alikes. */
export const apostropheCharacters = [
  "\u02BB", // ʻ MODIFIER LETTER TURNED COMMA (oʻ, gʻ)
  "\u02BC", // ʼ MODIFIER LETTER APOSTROPHE (tutuq belgisi)
  "\u0027", // ' APOSTROPHE
  "\u0060", // ` GRAVE ACCENT
  "\u2018", // ‘ LEFT SINGLE QUOTATION MARK
  "\u2019", // ’ RIGHT SINGLE QUOTATION MARK
  "\u00B4", // ´ ACUTE ACCENT
  "\u02B9", // ʹ MODIFIER LETTER PRIME
  "\u02BD", // ʽ MODIFIER LETTER REVERSED COMMA
  "\u02BF", // ʿ MODIFIER LETTER LEFT HALF RING
  "\u2032", // ′ PRIME
  "\u201B", // ‛ SINGLE HIGH-REVERSED-9 QUOTATION MARK
] as const;

const apostrophePattern = new RegExp(`[${apostropheCharacters.join("")}]`, "gu");

/**
 * Folds text to its search form: lowercase Uzbek-Latin-based ASCII-like letters and digits separated by
 * single spaces. `foldText("Toʻqimachilik")`, `foldText("тўқимачилик")` and `foldText("to'qimachilik")`
 * are all "toqimachilik"; `foldText("İPƏK")` is "ipek".
 */
export function foldText(text: string): string {
  const once = foldOnce(text);
  // A Cyrillic letter with an accent outside the table (ѐ, ӂ …) is only bare after the first pass.
  return /[\u0400-\u04FF]/u.test(once) ? foldOnce(once) : once;
}

function foldOnce(text: string): string {
  const lower = text.normalize("NFC").toLowerCase();
  const latin = cyrillicToUzbekLatin(lower)
    .replace(apostrophePattern, "")
    .replace(/ə/gu, "e")
    .replace(/ı/gu, "i");
  return latin
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The folded words of a text, in order, without empties. */
export function foldTokens(text: string): string[] {
  const folded = foldText(text);
  return folded === "" ? [] : folded.split(" ");
}
