/**
 * Every built page carries its Content-Security-Policy in a meta tag, first in its head, so any server that
 * serves dist/ as files gives it: scripts from the page's own server only (the task pane also Office's script
 * host, and nothing else), no inline script in the page, no eval, no 'unsafe-inline', styles only from files or
 * empty <style> elements (Griffel's). The development server sends the same policy as a header. The pages'
 * behaviour under it is tested in the browser (test/e2e/network.test.ts, views.test.ts).
 */
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, EMPTY_STYLE_HASH, OFFICE_ORIGIN, PAGES } from "../scripts/csp";
import { pageHeaders } from "../scripts/serve";
import { readDist } from "./setup/dist";

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );

const unescape = (text: string) =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe.each(PAGES)("the built %s.html", (page) => {
  const html = () => readDist(`${page}.html`);

  it("has its policy as the first element of its head", () => {
    const head = /<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/.exec(html());
    expect(head, "the policy's meta tag first in the head").not.toBeNull();
    expect(unescape(head![1]!)).toBe(contentSecurityPolicy(page));
    expect(html().match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
  });

  it("has no inline script and no style attribute", () => {
    for (const tag of html().match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="/);
    expect(html()).not.toMatch(/<script\b[^>]*>[^<\s]/);
    expect(html()).not.toMatch(/\sstyle="/);
    expect(html()).not.toMatch(/<style\b/);
  });

  it("allows scripts from the page's server only (the task pane: and Office's script host), never eval", () => {
    const policy = directives(contentSecurityPolicy(page));
    const scripts = page === "taskpane" ? ["'self'", OFFICE_ORIGIN] : ["'self'"];
    expect(policy.get("script-src")).toEqual(scripts);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("style-src")).toEqual(["'self'", EMPTY_STYLE_HASH]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    // pdf.js's worker (a PDF report read in the page) from the page's own files only: no blob:, no other host.
    expect(policy.get("worker-src")).toEqual(["'self'"]);
    expect(contentSecurityPolicy(page)).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
    // every script the page names comes from where the policy allows
    for (const [, src] of html().matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
      const origin = /^https?:/.test(src!) ? new URL(src!).origin : "'self'";
      expect(scripts).toContain(origin);
    }
  });

  it("is served with the same policy as a header by the development server", () => {
    const header = pageHeaders(`/srv/dist/${page}.html`)["Content-Security-Policy"];
    expect(header?.startsWith(contentSecurityPolicy(page))).toBe(true);
    // the preview and the help page may not be framed; the task pane is framed by Excel on the web
    expect(header?.includes("frame-ancestors 'none'")).toBe(page !== "taskpane");
  });
});

it("the empty-style hash is SHA-256 of the empty text", async () => {
  const { createHash } = await import("node:crypto");
  expect(EMPTY_STYLE_HASH).toBe(`'sha256-${createHash("sha256").update("").digest("base64")}'`);
  expect(pageHeaders("/srv/dist/assets/App.js")).toEqual({});
});
