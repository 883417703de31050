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
  // Staff are labelled with their role; an owner with the company's public page, or the dashboard while it has none.
  const lines = seeded.accounts.map((entry) =>
    entry.role !== "user"
      ? `${entry.email}\t${entry.password}\t${entry.role}`
      : `${entry.email}\t${entry.password}\t${entry.company}\t${entry.slug === "" ? "/dashboard" : `/companies/${entry.slug}`}`,
  );
  const file = path.resolve(dataDir, "demo-accounts.txt");
  writeFileSync(file, `# Karvon demo accounts (company owners, a moderator, an admin). E-mail, password, company or role, public page.\n${lines.join("\n")}\n`, { mode: 0o600 });
  const owners = seeded.accounts.filter((entry) => entry.role === "user").length;
  console.log(`Demo data: ${owners} companies, a moderator, an admin and ${seeded.listings} listings; work waits at the moderation desk. Sign-ins written to ${file}.`);
  // Passwords go to a person at a terminal, never into captured logs (a service manager, a container, a file).
  if (!process.stdout.isTTY) return;
  for (const line of lines.slice(0, 5)) console.log(`  ${line}`);
  if (lines.length > 5) console.log(`  … and ${lines.length - 5} more in ${file}`);
}
