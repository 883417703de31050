/**
 * Starts the production server (./serve.ts) after checking what would otherwise fail obscurely: the
 * configuration and whether the port is free. Each problem is one clear line and a non-zero exit.
 */
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
  console.log(`Karvon is starting on ${config.PUBLIC_URL} (${config.DATABASE_URL ? "PostgreSQL" : `embedded database in ${config.KARVON_DATA_DIR}`})`);
  // As `next start` would: a production server, run from the web app's folder (relative paths resolve there).
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || "production" });
  const webDir = path.resolve(import.meta.dirname, "..");
  process.chdir(webDir);
  const { serve } = await import("./serve");
  try {
    await serve({ dir: webDir, port: config.PORT, host: config.HOST, shutdownGraceMs: config.SHUTDOWN_GRACE_SECONDS * 1000 });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

void main();
