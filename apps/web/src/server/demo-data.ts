import "server-only";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { seedDemoData, type Db } from "@karvon/api";

/**
 * Seeds the embedded database once with demo companies, their owners and listings, and writes the demo sign-ins
 * (random passwords) to `demo-accounts.txt` in the data folder — printed once, stored nowhere else in clear.
 * A second start finds companies in the database and adds nothing.
 */
export async function ensureDemoData(db: Db, dataDir: string): Promise<void> {
  const seeded = await seedDemoData(db);
  if (seeded === null) return;
  const lines = seeded.accounts.map((entry) =>
    entry.role === "moderator" ? `${entry.email}\t${entry.password}\tmoderator` : `${entry.email}\t${entry.password}\t${entry.company}\t/companies/${entry.slug}`,
  );
  const file = path.resolve(dataDir, "demo-accounts.txt");
  writeFileSync(file, `# Karvon demo accounts (company owners). E-mail, password, company, public page.\n${lines.join("\n")}\n`, { mode: 0o600 });
  console.log(`Demo data: ${seeded.accounts.length - 1} companies, a moderator and ${seeded.listings} listings. Sign-ins written to ${file}.`);
  // Passwords go to a person at a terminal, never into captured logs (a service manager, a container, a file).
  if (!process.stdout.isTTY) return;
  for (const line of lines.slice(0, 5)) console.log(`  ${line}`);
  if (lines.length > 5) console.log(`  … and ${lines.length - 5} more in ${file}`);
}
