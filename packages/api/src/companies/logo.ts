import sharp from "sharp";

/** The largest logo accepted, decoded. */
export const maxLogoBytes = 2 * 1024 * 1024;
/** Decompression-bomb guard: images larger than this many pixels are refused before decoding. */
const maxInputPixels = 40_000_000;

export type LogoProblem = "errors.logo.format" | "errors.logo.tooLarge" | "errors.logo.unreadable" | "errors.logo.svg";

export type LogoResult = { ok: true; data: Uint8Array; mimeType: "image/webp" } | { ok: false; problem: LogoProblem };

type Format = "png" | "jpeg" | "webp";

/** What the first bytes say the file is — the declared type is never trusted alone. */
export function sniffImageFormat(bytes: Uint8Array): Format | "svg" | null {
  const startsWith = (signature: number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith([0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart().toLowerCase();
  if (head.startsWith("<?xml") || head.startsWith("<svg") || head.includes("<svg")) return "svg";
  return null;
}

const dataUrlPattern = /^data:([a-z]+\/[a-z0-9.+-]+);base64,([a-z0-9+/=\s]+)$/i;
const declaredFormats: Record<string, Format> = { "image/png": "png", "image/jpeg": "jpeg", "image/jpg": "jpeg", "image/webp": "webp" };

/**
 * Checks an uploaded logo (a base64 data URL) and re-encodes it: PNG, JPEG or WebP only, at most 2 MB, the
 * declared type must match the file's signature; SVG (which can carry scripts) is refused. The result is a
 * WebP of at most 512×512 with the orientation applied and all metadata (EXIF, GPS) dropped.
 */
export async function processLogo(dataUrl: string): Promise<LogoResult> {
  const match = dataUrlPattern.exec(dataUrl.trim());
  if (match === null) return { ok: false, problem: "errors.logo.format" };
  const declared = (match[1] ?? "").toLowerCase();
  if (declared.includes("svg")) return { ok: false, problem: "errors.logo.svg" };
  const base64 = (match[2] ?? "").replace(/\s/g, "");
  // Refuse before decoding: base64 is 4/3 of the decoded size.
  if (Math.floor((base64.length * 3) / 4) > maxLogoBytes + 3) return { ok: false, problem: "errors.logo.tooLarge" };
  const bytes = new Uint8Array(Buffer.from(base64, "base64"));
  if (bytes.length > maxLogoBytes) return { ok: false, problem: "errors.logo.tooLarge" };
  const sniffed = sniffImageFormat(bytes);
  if (sniffed === "svg") return { ok: false, problem: "errors.logo.svg" };
  if (sniffed === null || declaredFormats[declared] !== sniffed) return { ok: false, problem: "errors.logo.format" };
  try {
    const output = await sharp(bytes, { limitInputPixels: maxInputPixels, failOn: "error" })
      .rotate()
      .resize(512, 512, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer();
    return { ok: true, data: new Uint8Array(output), mimeType: "image/webp" };
  } catch {
    return { ok: false, problem: "errors.logo.unreadable" };
  }
}
