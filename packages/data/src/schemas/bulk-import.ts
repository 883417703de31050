import { z } from "zod";
import { maxImportFileBytes } from "../bulk-import/decode-file";
import { err } from "./errors";

/** Base64 characters of the largest file the portal reads (4 per 3 bytes). */
const maxImportFileBase64 = Math.ceil(maxImportFileBytes / 3) * 4;

/**
 * An uploaded file of companies, as its bytes in base64: the server decodes it (the browser cannot know a file's
 * encoding any better) and checks the size again after decoding.
 */
export const companyImportFileSchema = z.object({
  data: z.string().max(maxImportFileBase64, err("errors.import.tooLarge")).base64(err("errors.invalid")),
});
export type CompanyImportFile = z.infer<typeof companyImportFileSchema>;
