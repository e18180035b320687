/**
 * Development server for dist/: plain HTTP on localhost (loopback only), no dependencies, no outgoing
 * connections. Usage: tsx scripts/serve.ts [--port 3000]
 *
 * Excel loads add-ins only over HTTPS, so this server is for looking at the task pane in a browser. To sideload
 * the add-in into Excel, serve dist/ over https://localhost:3000/ with a trusted development certificate
 * (`npx office-addin-dev-certs install` on your own machine) or deploy dist/ to an HTTPS server and build with
 * JIXIAO_BASE_URL set to its address.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { contentSecurityPolicy, pageOf } from "./csp";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * The headers of a page beside its type: its Content-Security-Policy (the built page carries the same policy in a
 * meta tag, for servers that send none), and for the pages Office does not frame (the preview, the help page)
 * frame-ancestors 'none', which only a header can say. The task pane is framed by Excel on the web.
 */
export function pageHeaders(file: string): Record<string, string> {
  const page = pageOf(file);
  if (!page) return {};
  const framing = page === "taskpane" ? "" : "; frame-ancestors 'none'";
  return { "Content-Security-Policy": contentSecurityPolicy(page) + framing };
}

/** The file under `root` for a request path, or null if it would leave `root`. */
export function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? "/");
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const relative = decoded.endsWith("/") ? `${decoded}taskpane.html` : decoded;
  const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep) ? file : null;
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const send = (status: number, text: string) => {
    res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
    res.end(text);
  };
  if (req.method !== "GET" && req.method !== "HEAD") return send(405, "只支持 GET / Only GET is supported\n");
  const file = fileFor(DIST, req.url ?? "/");
  if (!file) return send(400, "路径无效 / Bad path\n");
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return send(404, `找不到 ${req.url} / Not found\n`);
  res.writeHead(200, {
    "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": info.size,
    // Office caches icons itself and refuses to show ones served with no-store; everything else stays fresh.
    ...(file.endsWith(".png") ? {} : { "Cache-Control": "no-store" }),
    // Excel on the web fetches functions.json across origins.
    "Access-Control-Allow-Origin": "*",
    ...pageHeaders(file),
  });
  if (req.method === "HEAD") return void res.end();
  createReadStream(file).pipe(res);
}

function portFrom(argv: readonly string[]): number {
  const i = argv.findIndex((a) => a === "--port" || a.startsWith("--port="));
  const raw = i < 0 ? "3000" : argv[i]!.includes("=") ? argv[i]!.split("=")[1]! : (argv[i + 1] ?? "");
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`端口无效：${JSON.stringify(raw)} / Invalid port`);
    process.exit(2);
  }
  return port;
}

async function main(): Promise<void> {
  const info = await stat(path.join(DIST, "taskpane.html")).catch(() => null);
  if (!info) {
    console.error(
      "dist/ 中没有 taskpane.html，请先运行 npm run build。 / dist/taskpane.html is missing: run npm run build first.",
    );
    process.exit(1);
  }
  const port = portFrom(process.argv.slice(2));
  const tls = await developmentCertificate();
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
  const server = tls ? createHttpsServer(tls, listener) : createServer(listener);
  server.on("error", (e: NodeJS.ErrnoException) => {
    console.error(
      e.code === "EADDRINUSE"
        ? `端口 ${port} 已被占用。 / Port ${port} is already in use.`
        : `服务器无法启动：${e.message} / The server could not start.`,
    );
    process.exit(1);
  });
  server.listen(port, "127.0.0.1", () => {
    const base = `${tls ? "https" : "http"}://localhost:${port}/`;
    console.log(`dist/ 已在 ${base} 提供（仅本机）。 / Serving dist/ at ${base} (loopback only).`);
    console.log("");
    console.log(`浏览器预览（不需要 Excel，打开示例工作簿）/ Browser preview (no Excel needed, a sample workbook):`);
    console.log(`    ${base}preview.html`);
    console.log("");
    console.log(`任务窗格 / Task pane: ${base}taskpane.html`);
    console.log(`清单 / Manifest: dist/manifest.xml`);
    console.log("");
    if (tls) {
      console.log(`使用开发证书 ${tls.source}：可以把 dist/manifest.xml 旁加载到 Excel。`);
      console.log(`Using the development certificate ${tls.source}: dist/manifest.xml can be sideloaded into Excel.`);
    } else {
      console.log("注意：Excel 只通过 HTTPS 加载加载项；没有找到开发证书，这里用 HTTP，只能在浏览器里查看任务窗格。");
      console.log("要旁加载到 Excel，请在自己的电脑上运行 npx office-addin-dev-certs install，再运行 npm start。");
      console.log("Note: Excel loads add-ins only over HTTPS. No development certificate was found, so this is HTTP,");
      console.log("for viewing the task pane in a browser. To sideload into Excel, run");
      console.log("npx office-addin-dev-certs install on your machine, then npm start again.");
    }
    console.log("按 Ctrl+C 停止。 / Press Ctrl+C to stop.");
  });
}

/**
 * The certificate for https://localhost: JIXIAO_TLS_CERT and JIXIAO_TLS_KEY (PEM files), or the one that
 * `office-addin-dev-certs install` leaves in ~/.office-addin-dev-certs; null when there is none.
 */
async function developmentCertificate(): Promise<{ cert: Buffer; key: Buffer; source: string } | null> {
  const envCert = process.env.JIXIAO_TLS_CERT;
  const envKey = process.env.JIXIAO_TLS_KEY;
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const [certFile, keyFile] =
    envCert && envKey ? [envCert, envKey] : [path.join(dir, "localhost.crt"), path.join(dir, "localhost.key")];
  try {
    return { cert: await readFile(certFile), key: await readFile(keyFile), source: certFile };
  } catch {
    if (envCert || envKey) {
      console.error(`读不到证书 ${certFile} 或私钥 ${keyFile}。 / Cannot read the certificate or key.`);
      process.exit(1);
    }
    return null;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  void main();
}
