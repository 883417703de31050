/**
 * Starts the production server after checking what would otherwise fail obscurely: the configuration and
 * whether the port is free. Each problem is one clear line and a non-zero exit.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { parseEnv } from "../src/env";

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port);
  });
}

async function main() {
  let config;
  try {
    config = parseEnv(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  if (!(await isPortFree(config.PORT))) {
    console.error(`Port ${config.PORT} is already in use. Stop what runs there, or start with PORT=<another port> npm start.`);
    process.exit(1);
  }
  const nextBin = path.resolve(import.meta.dirname, "../node_modules/.bin/next");
  const fallbackBin = path.resolve(import.meta.dirname, "../../../node_modules/.bin/next");
  const bin = existsSync(nextBin) ? nextBin : fallbackBin;
  const args = ["start", "-p", String(config.PORT), ...(config.HOST ? ["-H", config.HOST] : [])];
  console.log(`Karvon is starting on ${config.PUBLIC_URL} (${config.DATABASE_URL ? "PostgreSQL" : `embedded database in ${config.KARVON_DATA_DIR}`})`);
  const webDir = path.resolve(import.meta.dirname, "..");
  const child = spawn(bin, args, { stdio: "inherit", env: process.env, cwd: webDir });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

void main();
