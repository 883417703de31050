/**
 * Debian's nginx started from a test with a prefix of its own, like the throwaway PostgreSQL server: the
 * repository's deploy/nginx/karvon.conf with its placeholders filled in (a self-signed certificate for
 * 127.0.0.1, loopback ports, the given web processes as upstreams), in front of a test's web servers; and a
 * client of it that connects from a chosen loopback address, so that each simulated visitor has an address of its own.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../support/free-port";
import { repoRoot } from "./web-server";

export const nginxTemplate = path.join(repoRoot, "deploy/nginx/karvon.conf");

/** The nginx binary (NGINX_PATH, else Debian's), or an error that says how to get it. */
export function nginxBinary(): string {
  const candidate = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
  if (!existsSync(candidate)) {
    throw new Error(`nginx is not installed (looked for ${candidate}): install Debian's package (apt-get install nginx; scripts/test.sh does) or set NGINX_PATH.`);
  }
  return candidate;
}

/** The template with its placeholders filled outside comments; `onError` cleans up before an unknown one throws. */
function renderTemplate(template: string, values: Record<string, string>, onError: () => void): string {
  return template
    .split("\n")
    .map((line) => {
      if (line.trim().startsWith("#")) return line;
      return line.replace(/\{\{([A-Z_]+)\}\}/g, (placeholder, name: string) => {
        const value = values[name];
        if (value === undefined) {
          onError();
          throw new Error(`deploy/nginx/karvon.conf has a placeholder the test does not fill: ${placeholder}`);
        }
        return value;
      });
    })
    .join("\n");
}

export type Nginx = { httpsUrl: string; httpUrl: string; errorLog: string; stop: () => Promise<void> };

export async function startNginx(upstreamPorts: readonly number[]): Promise<Nginx> {
  const binary = nginxBinary();
  const prefix = mkdtempSync(path.join(tmpdir(), "karvon-nginx-"));
  for (const folder of ["logs", "tmp"]) mkdirSync(path.join(prefix, folder));
  const certificate = path.join(prefix, "cert.pem");
  const key = path.join(prefix, "key.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-keyout", key, "-out", certificate], { stdio: "ignore" });
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const values: Record<string, string> = {
    SERVER_NAME: "127.0.0.1",
    HTTP_LISTEN: `127.0.0.1:${httpPort}`,
    HTTPS_LISTEN: `127.0.0.1:${httpsPort}`,
    TLS_CERTIFICATE: certificate,
    TLS_CERTIFICATE_KEY: key,
    UPSTREAM_SERVERS: upstreamPorts.map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join("\n    "),
  };
  // Placeholders are filled outside comments only (the header explains them).
  const site = renderTemplate(readFileSync(nginxTemplate, "utf8"), values, () => rmSync(prefix, { recursive: true, force: true }));
  writeFileSync(path.join(prefix, "karvon.conf"), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, "tmp", name)};`;
  writeFileSync(
    path.join(prefix, "nginx.conf"),
    [
      // As root the workers would run as nobody, who cannot read the private test folder.
      process.getuid?.() === 0 ? "user root;" : "",
      "daemon off;",
      "worker_processes 1;",
      `pid ${path.join(prefix, "nginx.pid")};`,
      `error_log ${path.join(prefix, "logs/error.log")} warn;`,
      "events { worker_connections 512; }",
      "http {",
      `  access_log ${path.join(prefix, "logs/access.log")};`,
      `  ${temp("client_body")} ${temp("proxy")} ${temp("fastcgi")} ${temp("uwsgi")} ${temp("scgi")}`,
      `  include ${path.join(prefix, "karvon.conf")};`,
      "}",
    ].join("\n"),
  );
  const errorLog = path.join(prefix, "logs/error.log");
  const child = spawn(binary, ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-e", errorLog], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) {
      // SIGQUIT: nginx's graceful stop.
      child.kill("SIGQUIT");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = existsSync(errorLog) ? readFileSync(errorLog, "utf8") : "";
      await stop();
      throw new Error(`nginx exited (${child.exitCode}): ${stderr}${log}`.slice(0, 2000));
    }
    try {
      const response = await fetch(`http://127.0.0.1:${httpPort}/`, { redirect: "manual" });
      if (response.status === 301) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not answer within 15 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { httpsUrl: `https://127.0.0.1:${httpsPort}`, httpUrl: `http://127.0.0.1:${httpPort}`, errorLog, stop };
}

export type Reply = { status: number; text: string; setCookie: string[]; ms: number };

/** A keep-alive client connecting from `address` (127.0.0.x), accepting the self-signed certificate. */
export function clientAgent(address: string): Agent {
  return new Agent({ keepAlive: true, rejectUnauthorized: false, localAddress: address });
}

/** A request to nginx over TLS; a body is sent as JSON with the site's origin, as a browser's form would. */
export function viaNginx(base: string, agent: Agent, method: "GET" | "POST", path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Reply> {
  const started = performance.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      new URL(path, base),
      {
        method,
        agent,
        headers: { ...(payload === undefined ? {} : { "content-type": "application/json", origin: base, "content-length": Buffer.byteLength(payload) }), ...headers },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => {
          const setCookie = response.headers["set-cookie"] ?? [];
          resolve({ status: response.statusCode ?? 0, text, setCookie, ms: performance.now() - started });
        });
        response.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/** A tRPC procedure through nginx: a query (GET, input in the URL) or, with `mutation`, a POST. */
export function trpcViaNginx(base: string, agent: Agent, kind: "query" | "mutation", procedure: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return kind === "query"
    ? viaNginx(base, agent, "GET", `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, headers)
    : viaNginx(base, agent, "POST", `/api/trpc/${procedure}`, headers, { json: input });
}

/** The data of a tRPC answer (superjson `{ json }` envelope); throws on anything but 200. */
export function replyData<T>(reply: Reply): T {
  if (reply.status !== 200) throw new Error(`answered ${reply.status}: ${reply.text.slice(0, 300)}`);
  return (JSON.parse(reply.text) as { result: { data: { json: T } } }).result.data.json;
}

/** The Cookie header a browser would send after this answer's Set-Cookie. */
export function cookieOf(reply: Reply): string {
  return reply.setCookie.map((value) => value.split(";")[0]).join("; ");
}
