/**
 * The hand-over of a new staff account from `npm run admin:create` to the running portal, through the data
 * folder. The embedded database accepts one process only, so while the portal holds it the command cannot
 * write the account itself: it drops a request (the password only as its Argon2id hash) into
 * `<data folder>/staff-requests/`, the portal creates the account and answers with a result file.
 *
 * Why a folder and not an HTTP endpoint: only someone who can already write the data folder — and therefore
 * the database files and the session secret beside it — can use it. It opens no port and needs no new secret.
 * The folder is private to its owner (0700), and the portal ignores anything that is not a regular file owned
 * by its own user, or older than a command waits for an answer.
 */
import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  staffAccountRequestSchema,
  staffAccountResultSchema,
  type StaffAccountRequest,
  type StaffAccountResult,
} from "@karvon/data";

/** How long the command waits for the portal, and after which the portal drops a request unanswered. */
export const staffRequestTimeoutMs = 60_000;

const requestSuffix = ".request.json";
const claimedSuffix = ".claimed.json";
const resultSuffix = ".result.json";
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function staffRequestFolder(dataDir: string): string {
  return path.join(path.resolve(dataDir), "staff-requests");
}

function ensureFolder(dataDir: string): string {
  const folder = staffRequestFolder(dataDir);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
  return folder;
}

/** Written beside, then renamed: a reader never sees half a file. */
function writeAtomically(file: string, content: unknown) {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(content), { mode: 0o600 });
  renameSync(temporary, file);
}

function isOwnRegularFile(file: string): boolean {
  try {
    const stat = lstatSync(file);
    return stat.isFile() && (typeof process.getuid !== "function" || stat.uid === process.getuid());
  } catch {
    return false;
  }
}

// ─── the command's side ──────────────────────────────────────────────────────────────────────────────────

export function submitStaffRequest(dataDir: string, request: StaffAccountRequest): void {
  writeAtomically(path.join(ensureFolder(dataDir), `${request.id}${requestSuffix}`), request);
}

/** Takes the request back unless the portal has claimed it already (then its answer is still coming). */
function withdraw(folder: string, id: string): boolean {
  try {
    rmSync(path.join(folder, `${id}${requestSuffix}`));
    return true;
  } catch {
    return false;
  }
}

/** The portal's answer, or null when no portal took the request within the time (it is then withdrawn). */
export async function awaitStaffResult(dataDir: string, id: string, timeoutMs = staffRequestTimeoutMs): Promise<StaffAccountResult | null> {
  const folder = staffRequestFolder(dataDir);
  const resultFile = path.join(folder, `${id}${resultSuffix}`);
  let deadline = Date.now() + timeoutMs;
  let withdrawn = false;
  for (;;) {
    if (isOwnRegularFile(resultFile)) {
      const result = staffAccountResultSchema.parse(JSON.parse(readFileSync(resultFile, "utf8")));
      rmSync(resultFile, { force: true });
      return result;
    }
    if (Date.now() > deadline) {
      if (withdrawn || withdraw(folder, id)) return null;
      // Claimed just now: the answer follows within one account creation.
      withdrawn = true;
      deadline = Date.now() + timeoutMs;
    }
    await sleep(200);
  }
}

// ─── the portal's side ───────────────────────────────────────────────────────────────────────────────────

/**
 * Answers every waiting request: each is claimed by a rename (so it is handled once), checked, handed to
 * `create`, and answered with a result file. Returns how many were answered.
 */
export async function answerStaffRequests(
  dataDir: string,
  create: (request: StaffAccountRequest) => Promise<StaffAccountResult>,
  now: Date,
): Promise<number> {
  const folder = staffRequestFolder(dataDir);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0; // no request was ever made
  }
  let answered = 0;
  for (const name of names) {
    const id = name.slice(0, -requestSuffix.length);
    if (!name.endsWith(requestSuffix) || !uuidPattern.test(id)) continue;
    const requestFile = path.join(folder, name);
    if (!isOwnRegularFile(requestFile)) continue;
    const claimedFile = path.join(folder, `${id}${claimedSuffix}`);
    try {
      renameSync(requestFile, claimedFile);
    } catch {
      continue; // withdrawn by the command meanwhile
    }
    let result: StaffAccountResult;
    try {
      const parsed = staffAccountRequestSchema.safeParse(JSON.parse(readFileSync(claimedFile, "utf8")));
      if (!parsed.success || parsed.data.id !== id) result = { ok: false, error: "The request is malformed." };
      else if (now.getTime() - Date.parse(parsed.data.requestedAt) > staffRequestTimeoutMs) result = { ok: false, error: "The request came too late." };
      else result = await create(parsed.data);
    } catch (error) {
      result = { ok: false, error: error instanceof Error ? error.message.slice(0, 500) : "The account could not be created." };
    }
    writeAtomically(path.join(folder, `${id}${resultSuffix}`), result);
    rmSync(claimedFile, { force: true });
    answered++;
  }
  return answered;
}
