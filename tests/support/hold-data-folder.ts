/** Test fixture: opens an embedded database in the folder given as argv[2] and holds it until SIGTERM. */
import { createDb } from "@karvon/db";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: hold-data-folder <dir>");
const handle = await createDb({ dataDir });
process.stdout.write("ready\n");
process.once("SIGTERM", () => {
  void handle.close().then(() => process.exit(0));
});
setInterval(() => {}, 1000);
