/**
 * The task pane: the built page loads Office's script and the custom functions before the app (shared runtime),
 * and the first view lists every JX function in Chinese, in the light and the dark theme.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { App } from "../src/taskpane/App";
import { FunctionReference, functionEntries, signatureOf } from "../src/taskpane/FunctionReference";
import { HelpPage } from "../src/taskpane/HelpPage";
import { chooseTheme, isDarkColor } from "../src/taskpane/theme";
import { ZH_CN } from "../src/functions/zh-cn";
import { DIST, readDist } from "./setup/dist";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The visible text of server-rendered markup, one space between elements. */
function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

/** Asserts that `text` contains each of `parts`, naming the missing one (not dumping the whole page). */
function expectText(text: string, ...parts: string[]): void {
  for (const part of parts) expect(text.includes(part), `missing: ${part}`).toBe(true);
}

describe("dist/taskpane.html", () => {
  it("loads office.js, then functions.js, as classic scripts before the app's module", () => {
    const html = readDist("taskpane.html");
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    const src = (attrs: string) => /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    expect(scripts.map(src).slice(0, 2)).toEqual([OFFICE_JS, "functions.js"]);
    expect(scripts[0]).not.toMatch(/type=|async|defer/);
    expect(scripts[1]).not.toMatch(/type=|async|defer/);
    const modules = scripts.filter((s) => /type="module"/.test(s));
    expect(modules).toHaveLength(1);
    expect(scripts.indexOf(modules[0]!)).toBeGreaterThan(1);
  });

  it("names no other external origin, and every local file it names is in dist/", () => {
    const html = readDist("taskpane.html");
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of refs) {
      if (/^https?:/.test(ref)) expect(ref).toBe(OFFICE_JS);
      else expect(existsSync(path.join(DIST, ref)), ref).toBe(true);
    }
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain("<title>绩效自评助手</title>");
  });
});

describe("dist/help.html, the manifest's help page", () => {
  it("is a page of its own, in Chinese, that loads neither Office nor the functions", () => {
    const html = readDist("help.html");
    expect(html).toContain('lang="zh-CN"');
    expect(html).not.toContain("office.js");
    expect(html).not.toContain("functions.js");
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of refs) expect(existsSync(path.join(DIST, ref)), ref).toBe(true);
  });

  it("tells how to open the assistant, what each error value means, and lists the functions", () => {
    const text = textOf(renderToString(<HelpPage theme="light" />));
    expectText(text, "绩效自评助手", "打开助手", "#DIV/0!", "#VALUE!", "#N/A");
    for (const id of Object.keys(ZH_CN)) expectText(text, `JX.${id}`);
  });
});

describe("the function reference", () => {
  it("lists every function of ZH_CN with its result", () => {
    const text = textOf(renderToString(<App theme="light" />));
    expectText(text, "绩效自评助手", "函数", "没有连接到 Excel 工作簿");
    for (const [id, fn] of Object.entries(ZH_CN)) expectText(text, `JX.${id}`, fn.result);
  });

  it("shows a function's description, parameters in order and worked example", () => {
    const grade = functionEntries().find((f) => f.id === "GRADE")!;
    const text = textOf(renderToString(<FunctionReference functions={[grade]} />));
    expect(signatureOf(grade)).toBe("=JX.GRADE(总分, 规则口径)");
    expectText(text, grade.description, signatureOf(grade), grade.example);
    for (const p of Object.values(grade.parameters)) expectText(text, `${p.name} ${p.description}`);
    expect(text.indexOf(grade.parameters.total!.description)).toBeLessThan(
      text.indexOf(grade.parameters.profile!.description),
    );
  });

  it("renders in the dark theme too", () => {
    expectText(textOf(renderToString(<App theme="dark" />)), "绩效自评助手", "JX.EXECRATE");
  });

  it("opens with the functions as buttons, reachable by keyboard", () => {
    const html = renderToString(<FunctionReference />);
    const buttons = html.match(/<button\b[^>]*aria-expanded/g) ?? [];
    expect(buttons).toHaveLength(Object.keys(ZH_CN).length);
  });
});

describe("theme", () => {
  it("follows Office's background: white is light, Office's dark grey and black are dark", () => {
    expect(isDarkColor("#FFFFFF")).toBe(false);
    expect(isDarkColor("#262626")).toBe(true);
    expect(isDarkColor("#000")).toBe(true);
    expect(isDarkColor("not a colour")).toBeNull();
    expect(chooseTheme("#262626", false)).toBe("dark");
    expect(chooseTheme("#ffffff", true)).toBe("light");
  });

  it("outside Office, the browser's colour scheme decides", () => {
    expect(chooseTheme(undefined, true)).toBe("dark");
    expect(chooseTheme(undefined, false)).toBe("light");
  });
});
