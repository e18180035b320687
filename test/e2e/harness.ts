/**
 * What the end-to-end tests share: the built pages of dist/ served on a free loopback port, Debian's chromium
 * driven by playwright-core (never a downloaded browser), pages whose every request that is not for that server
 * is aborted and recorded, Office's script answered with the stand-in of test/e2e/office-stand-in.ts, axe-core
 * injected from node_modules, and the screenshots (docs/screenshots/ when JIXIAO_SCREENSHOTS=1, else a temporary folder).
 *
 *   const e2e = await startE2e();                          // server + browser, once per test file
 *   const { page, aborted } = await e2e.open("preview.html?lang=zh-CN");
 *   const pane = await e2e.open("taskpane.html", { standIn: { snapshot } });
 *   expect(await axeViolations(page)).toEqual([]);
 *   await e2e.close();
 */
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { fileFor } from "../../scripts/serve";
import type { StandInConfig, StandInHandle } from "./office-stand-in";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DIST = path.join(ROOT, "dist");
/**
 * Where the screenshots go: docs/screenshots/ when asked (JIXIAO_SCREENSHOTS=1, to update the README's pictures),
 * else a folder of the system's temporary directory, so that a test run leaves the work tree as it was.
 */
export const SCREENSHOTS =
  process.env.JIXIAO_SCREENSHOTS === "1"
    ? path.join(ROOT, "docs/screenshots")
    : path.join(os.tmpdir(), "jixiao-screenshots");
export const CHROMIUM = "/usr/bin/chromium";
/** Where taskpane.html loads Office's script from. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Chromium's flags: headless, no sandbox (CI runs as root), no GPU, and none of the browser's own traffic (first
 * run, background networking, component updates, sync). The host resolver resolves no name at all, so even a
 * request the page routing cannot see (the browser's own) has nowhere to go.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A static server of dist/ on 127.0.0.1 and a free port, as scripts/serve.ts serves it (its fileFor). */
export async function serveDist(root: string = DIST): Promise<{ origin: string; close: () => Promise<void> }> {
  if (!existsSync(path.join(root, "taskpane.html"))) {
    throw new Error("dist/taskpane.html 不存在，请先运行 npm run build。 / dist/ is not built.");
  }
  const server: Server = createServer((req, res) => {
    const send = (status: number) => {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(String(status));
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405);
    const file = fileFor(root, req.url ?? "/");
    if (!file) return send(400);
    void stat(file).then(
      (info) => {
        if (!info.isFile()) return send(404);
        res.writeHead(200, {
          "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
          "Content-Length": info.size,
          "Cache-Control": "no-store",
        });
        if (req.method === "HEAD") return void res.end();
        createReadStream(file).pipe(res);
      },
      () => send(404),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let standInScript: Promise<string> | null = null;

/** test/e2e/office-stand-in.ts and what it imports (the fake Excel), bundled as one classic script. */
export function officeStandIn(): Promise<string> {
  standInScript ??= build({
    entryPoints: [path.join(ROOT, "test/e2e/office-stand-in.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  }).then((r) => r.outputFiles[0]!.text);
  return standInScript;
}

export interface OpenOptions {
  /** The browser's colour scheme (the preview and help pages follow it). */
  readonly colorScheme?: "light" | "dark";
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Answer Office's script with the stand-in over this workbook (the task pane as Excel loads it). */
  readonly standIn?: StandInConfig;
  /** The navigation event open() waits for; "load" by default (what the page shows is up to the test). */
  readonly waitUntil?: "load" | "domcontentloaded";
  /** Extra files on the test server, by path ("/baseline.html"), answered from memory. */
  readonly files?: Readonly<Record<string, { readonly body: string | Buffer; readonly contentType: string }>>;
  /** A script run in the page before any of its own (page.addInitScript). */
  readonly initScript?: string;
}

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every URL the page asked for, in order (blob: and data: URLs are not requests). */
  readonly requests: string[];
  /** The URLs aborted because they were not for the test server. */
  readonly aborted: string[];
  /** The URLs answered with the stand-in (Office's script). */
  readonly stoodIn: string[];
  /** Errors thrown in the page, and console errors. */
  readonly errors: string[];
  /** Every Content-Security-Policy violation the page reported (its `securitypolicyviolation` events): the
   *  directive, what was blocked and where. */
  readonly cspViolations: string[];
}

export interface E2e {
  readonly origin: string;
  readonly browser: Browser;
  /** A new page (in a context of its own) at `path` of dist/, with every other request aborted. */
  open(path: string, options?: OpenOptions): Promise<OpenedPage>;
  close(): Promise<void>;
}

/** Whether a URL is the test server's. */
export const isServer = (url: string, origin: string): boolean => {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
};

/** Reports each `securitypolicyviolation` event of the page to the test (a string: tsx and esbuild helpers do
 *  not exist in the page). */
const CSP_LISTENER = `document.addEventListener("securitypolicyviolation", (e) => {
  window.__jixiaoCspViolation(
    e.effectiveDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber +
      (e.sample ? " (" + e.sample + ")" : ""),
  );
});`;

/** The server of dist/ and chromium, once per test file. */
export async function startE2e(): Promise<E2e> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `没有 ${CHROMIUM}：请安装 Debian 的 chromium 包（apt-get install chromium；.ci/run 会安装）。` +
        ` / ${CHROMIUM} is missing: install Debian's chromium package (never a downloaded browser).`,
    );
  }
  const server = await serveDist();
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    await server.close();
    throw error;
  }
  const contexts = new Set<BrowserContext>();
  return {
    origin: server.origin,
    browser,
    async open(pagePath, options = {}) {
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 860 },
        colorScheme: options.colorScheme ?? "light",
        locale: "zh-CN",
        acceptDownloads: true,
        serviceWorkers: "block",
      });
      contexts.add(context);
      const requests: string[] = [];
      const aborted: string[] = [];
      const stoodIn: string[] = [];
      const errors: string[] = [];
      const cspViolations: string[] = [];
      const standIn = options.standIn ? await officeStandIn() : null;
      await context.route("**/*", async (route) => {
        const url = route.request().url();
        requests.push(url);
        if (isServer(url, server.origin)) {
          const extra = options.files?.[new URL(url).pathname];
          if (extra) return route.fulfill({ status: 200, contentType: extra.contentType, body: extra.body });
          return route.continue();
        }
        if (standIn !== null && url === OFFICE_JS) {
          stoodIn.push(url);
          return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: standIn });
        }
        aborted.push(url);
        return route.abort("blockedbyclient");
      });
      // WebSockets are not routed by context.route: refuse them all the same.
      await context.routeWebSocket(/.*/, (ws) => {
        aborted.push(ws.url());
        void ws.close();
      });
      if (options.standIn) {
        await context.addInitScript((config) => {
          (window as unknown as { __jixiaoStandIn: unknown }).__jixiaoStandIn = config;
        }, options.standIn);
      }
      // Content-Security-Policy violations, reported from the page as they happen (in frames too).
      await context.exposeBinding("__jixiaoCspViolation", (_source, text: string) => void cspViolations.push(text));
      await context.addInitScript({ content: CSP_LISTENER });
      if (options.initScript) await context.addInitScript({ content: options.initScript });
      const page = await context.newPage();
      page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`console: ${m.text()}`);
      });
      await page.goto(`${server.origin}/${pagePath}`, { waitUntil: options.waitUntil ?? "load" });
      return { page, context, requests, aborted, stoodIn, errors, cspViolations };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Accessibility

const AXE_SOURCE = () => readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
let axeSource: string | null = null;

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * axe-core over the page as it stands: the violations of impact serious or critical (all the rules axe runs by
 * default: WCAG 2.x A and AA, and best practices), each with the elements it found.
 *
 * Left out: the focus guards of tabster, Fluent UI's focus manager (`<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>` at both ends of a tab list or an accordion). axe's aria-hidden-focus flags them, but they
 * are Fluent's design: they take focus only for the instant tabster needs to move it on to the next real control,
 * and a screen reader never lands on them. Nothing of jixiao's own is left out.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= AXE_SOURCE();
  if (!(await page.evaluate(() => "axe" in window))) {
    // Evaluated through DevTools, not as a <script> of the page: the page's Content-Security-Policy allows no
    // inline script (and so no addScriptTag with content).
    await page.evaluate(axeSource);
    // Colours are measured as they stand: none half-way through a transition (Fluent's buttons fade). As Griffel
    // does it: an empty <style> (which the policy allows) filled through the CSSOM.
    await page.evaluate(`(() => {
      const style = document.createElement("style");
      document.head.append(style);
      style.sheet.insertRule("*, *::before, *::after { transition: none !important; animation: none !important; }");
    })()`);
  }
  // ... nor half-way through a motion of Fluent's (a dialog fading in runs on the Web Animations API).
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), null, {
    timeout: 10_000,
  });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(
      { include: [["html"]], exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(" ")),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** A violation in one line, for an assertion's message. */
export const describeViolation = (v: AxeViolation): string =>
  `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 5).join(", ")}${v.targets.length > 5 ? " …" : ""}`;

// ---------------------------------------------------------------------------------------------------------
// Screenshots

/** <view>-<theme>.png in SCREENSHOTS of the page as it stands, once its fonts are ready. */
export async function screenshot(page: Page, view: string, theme: "light" | "dark"): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const file = path.join(SCREENSHOTS, `${view}-${theme}.png`);
  await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
  return file;
}

// ---------------------------------------------------------------------------------------------------------
// Keyboard

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, at most `max` times; returns how many presses it took,
 * or throws with the way the focus went.
 */
export async function tabTo(page: Page, target: Locator, max = 60, key: "Tab" | "Shift+Tab" = "Tab"): Promise<number> {
  const went: string[] = [];
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    if (await focused(target)) return i;
    const f = await focusedElement(page);
    went.push(`${f.tag}${f.role ? `[${f.role}]` : ""} ${f.name}`);
  }
  throw new Error(`${key} 未能到达目标；焦点经过 / ${key} did not reach it; the focus went:\n  ${went.join("\n  ")}`);
}

/** Whether `target` has the focus. */
export const focused = (target: Locator): Promise<boolean> =>
  target.evaluate((el) => el === document.activeElement).catch(() => false);

export interface FocusedElement {
  readonly tag: string;
  readonly role: string | null;
  /** aria-label, else the text. */
  readonly name: string;
}

export function focusedElement(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: "body", role: null, name: "" };
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute("role") ?? (el.tagName === "BUTTON" ? "button" : null),
      name: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 80),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// The fake Excel in the page

/** Calls the page's fake Excel (window.__jixiaoFake of the stand-in) with arguments that travel as JSON. */
export function fakeExcel<K extends keyof StandInHandle>(
  page: Page,
  key: K,
  ...args: Parameters<StandInHandle[K]>
): Promise<Awaited<ReturnType<StandInHandle[K]>>> {
  return page.evaluate(
    ([k, a]) => {
      const handle = window.__jixiaoFake;
      if (!handle) throw new Error("no stand-in in this page");
      return (handle[k] as (...x: unknown[]) => unknown)(...a);
    },
    [key, args] as const,
  ) as Promise<Awaited<ReturnType<StandInHandle[K]>>>;
}
