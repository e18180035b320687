/**
 * Vitest global setup: the tests of dist/ need a build that matches the sources. `npm test` builds first; when
 * vitest runs on its own, dist/ is built here if a built file is missing or older than anything it comes from.
 * A failed build does not stop the other tests: its message is handed to the tests of dist/ (`distBuildError`,
 * see test/setup/dist.ts), which fail with it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Why dist/ could not be built; null when it is up to date. */
    distBuildError: string | null;
  }
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const OUTPUTS = ["functions.js", "functions.json", "functions.zh-cn.json", "taskpane.html", "manifest.xml"];
const SOURCES = ["src", "scripts", "assets", "manifest.xml", "vite.config.ts", "package.json"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

export function distIsStale(): boolean {
  const built = OUTPUTS.map((f) => path.join(ROOT, "dist", f));
  if (!built.every((f) => existsSync(f))) return true;
  const oldestOutput = Math.min(...built.map((f) => statSync(f).mtimeMs));
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > oldestOutput);
}

export default function setup(project: TestProject): void {
  let error: string | null = null;
  if (distIsStale()) {
    console.log("dist/ 缺失或过期，正在构建…… / dist/ is missing or stale: building");
    const run = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/build.ts")], {
      cwd: ROOT,
      encoding: "utf8",
      env: process.env,
    });
    if (run.status !== 0) {
      error = `npm run build 失败 / npm run build failed:\n${run.stderr || run.stdout || run.error?.message || ""}`;
      console.error(error);
    }
  }
  project.provide("distBuildError", error);
}
