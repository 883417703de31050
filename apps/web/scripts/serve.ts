/**
 * The production HTTP server: Next.js through its programmatic API behind a plain node:http server that stamps
 * each request with its socket's peer address (./peer-address.ts), from which every client address is computed,
 * and gives 404 pages their `lang` (./error-shell-language.ts).
 */
import { createServer } from "node:http";
import next from "next";
import { declareErrorShellLanguage } from "./error-shell-language";
import { createRequestListener } from "./peer-address";

/** Serves the production build in `dir` until SIGINT or SIGTERM. */
export async function serve(options: { dir: string; port: number; host?: string }): Promise<void> {
  const app = next({ dev: false, dir: options.dir, hostname: options.host ?? "localhost", port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer(
    createRequestListener((request, response) => {
      declareErrorShellLanguage(request, response);
      return handle(request, response);
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, stop);
}
