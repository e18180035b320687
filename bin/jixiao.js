#!/usr/bin/env node
// The jixiao command line (package.json "bin", `npx jixiao`). It runs the built CLI, dist/cli/run.js: plain
// JavaScript bundled by esbuild from src/cli (scripts/build-cli.js; `npm ci` builds it through the prepare
// script, `npm run build` with the rest). When the build is missing, or older than a source it was built from
// (dist/cli/build.json lists them), it is built here first, once; when it cannot be built, an older build is
// used if there is one, else one Chinese line says why. Nothing here compiles TypeScript at start.
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ENTRY = new URL("../dist/cli/run.js", import.meta.url);
const MANIFEST = new URL("../dist/cli/build.json", import.meta.url);

/** The build's time, or null when there is none. */
function builtAt() {
  try {
    return statSync(ENTRY).mtimeMs;
  } catch {
    return null;
  }
}

/** Whether a source of the build changed (or went) since it was built. */
function stale(time) {
  try {
    const { inputs } = JSON.parse(readFileSync(MANIFEST, "utf8"));
    return inputs.some((file) => {
      try {
        return statSync(ROOT + file).mtimeMs > time;
      } catch {
        return true;
      }
    });
  } catch {
    return true;
  }
}

/** Why the build could not be made, for one Chinese line. */
function whyNot(error) {
  const code = error && typeof error === "object" ? error.code : undefined;
  if (code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("esbuild")) {
    return "缺少构建工具 esbuild（开发依赖）";
  }
  if (code === "EACCES" || code === "EPERM") return "没有权限写入 dist/cli";
  if (code === "EROFS") return "项目所在磁盘是只读的";
  if (code === "ENOSPC") return "磁盘已满";
  return "构建出错";
}

const time = builtAt();
if (time === null || stale(time)) {
  try {
    const { buildCli } = await import("../scripts/build-cli.js");
    await buildCli();
  } catch (error) {
    if (time === null) {
      process.stderr.write(
        `jixiao 命令行尚未构建，也无法自动构建（${whyNot(error)}）：请在 jixiao 目录运行 npm ci，或 npm run build 后重试。\n`,
      );
      process.exit(2);
    }
    // The older build still works: use it.
  }
}
let run;
try {
  ({ run } = await import(ENTRY.href));
} catch (error) {
  // A build that does not load (a package missing from node_modules, a damaged file): one line, no stack trace.
  const missing = error && error.code === "ERR_MODULE_NOT_FOUND" ? "，缺少依赖的软件包" : "";
  process.stderr.write(`jixiao 命令行无法启动${missing}：请在 jixiao 目录运行 npm ci 后重试。\n`);
  process.exit(2);
}
process.exitCode = await run(process.argv.slice(2));
