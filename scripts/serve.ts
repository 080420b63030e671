// A tiny static server for the production build (dist/): the browser mode end-to-end tests use
// it, and reviewers can open the pane in a browser with `npm run serve` (after `npm run build`).
// It listens on 127.0.0.1 only, on a free port unless PORT or --port says otherwise.
import { createReadStream, promises as fs } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    void respond(base, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

async function respond(base: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (pathname.endsWith("/")) pathname += "taskpane.html";
  const file = path.resolve(base, `.${pathname}`);
  // Nothing outside dist/ is served, whatever the URL says.
  if (file !== base && !file.startsWith(base + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    return;
  }
  res.writeHead(200, {
    "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": stat.size,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

function portFromArgs(argv: string[]): number {
  const i = argv.indexOf("--port");
  const text = i >= 0 ? argv[i + 1] : process.env.PORT;
  const port = Number(text ?? 0);
  return Number.isInteger(port) && port >= 0 && port < 65536 ? port : 0;
}

if (require.main === module) {
  const root = path.resolve(__dirname, "..", "dist");
  fs.stat(path.join(root, "taskpane.html"))
    .then(() => serveStatic(root, portFromArgs(process.argv.slice(2))))
    .then((s) => {
      process.stdout.write(`SelfEval browser mode: ${s.url}taskpane.html  (Ctrl+C to stop)\n`);
    })
    .catch((error: unknown) => {
      const missing = (error as NodeJS.ErrnoException)?.code === "ENOENT";
      process.stderr.write(
        missing ? "serve: dist/taskpane.html is missing; build first: npx webpack --mode production\n" : `serve: ${(error as Error).message}\n`,
      );
      process.exit(1);
    });
}
