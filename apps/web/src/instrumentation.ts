/**
 * Runs once when the server starts: opens the database (applying migrations) and, on the embedded database,
 * loads the demo data the first time. A problem here (locked data folder, unreachable server, bad
 * configuration) stops the server with one clear line.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./server/startup");
  try {
    await startServer();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
