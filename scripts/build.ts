/**
 * Builds the add-in into dist/:
 *
 *   manifest.xml           the root manifest.xml with the deployment base URL (renderManifest)
 *   functions.json         custom-functions-metadata's output for src/functions/functions.ts (English)
 *   functions.zh-cn.json   the same metadata with the Chinese text of src/functions/zh-cn.ts
 *   functions.js           classic script (IIFE) from src/functions/register.ts: registers every JX function
 *   taskpane.html, help.html, preview.html and assets/: the pages (Vite, vite.config.ts), the icons of the
 *                          root assets/; samples/: the sample workbooks the preview opens
 *   cli/                   the command line as plain JavaScript (esbuild, scripts/build-cli.js), which
 *                          bin/jixiao.js runs; not part of what a web server serves
 *
 * Usage: tsx scripts/build.ts [--base-url https://host/path/]
 * The base URL is where dist/ will be served; also from env JIXIAO_BASE_URL; DEV_BASE_URL by default.
 *
 * Bundler: Vite's build API for both bundles, so there is one bundler (Vite 8, i.e. Rolldown) and one set of
 * resolution rules. functions.js is built in library mode with format "iife" from a virtual entry that only
 * imports register.ts: the entry has no exports, so the IIFE defines no global variable of its own and all it
 * does at load time is call CustomFunctions.associate for each function.
 */
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { build as viteBuild, createLogger, type Plugin } from "vite";
import { ZH_CN, type ZhFunction } from "../src/functions/zh-cn";
import { buildCli } from "./build-cli.js";
import { DEV_BASE_URL, parseBaseUrl, referencedFiles, renderManifest } from "./manifest";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DIST = path.join(ROOT, "dist");
export const FUNCTIONS_SOURCE = path.join(ROOT, "src/functions/functions.ts");
const REGISTER_SOURCE = path.join(ROOT, "src/functions/register.ts");

/** A build failure with a message for the person running the build (printed without a stack trace). */
export class BuildError extends Error {
  override name = "BuildError";
}

// ---------------------------------------------------------------------------------------------------------------
// Custom functions metadata

export interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
  [key: string]: unknown;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result: { description?: string; [key: string]: unknown };
  [key: string]: unknown;
}

export interface Metadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

/** functions.json from the JSDoc of the source, by Microsoft's generator; its errors fail the build. */
export async function generateMetadata(source: string = FUNCTIONS_SOURCE): Promise<Metadata> {
  const result = await generateCustomFunctionsMetadata(source, false);
  if (result.errors.length > 0) {
    const file = path.relative(ROOT, source);
    const typeHint = result.errors.some((e) => /does not support type/.test(e))
      ? "\n提示：生成器不解析类型别名，参数和返回值请直接写 any[][]、number[][] 等类型。" +
        "\nHint: the generator does not resolve type aliases; write any[][], number[][] etc. in the signature itself."
      : "";
    throw new BuildError(
      `custom-functions-metadata 报告了 ${result.errors.length} 个错误（${file}，位置为 行,列）：\n` +
        result.errors.map((e) => `  - ${e}`).join("\n") +
        `\ncustom-functions-metadata reported ${result.errors.length} error(s) in ${file} (line,column).` +
        typeHint,
    );
  }
  if (!result.metadataJson) {
    throw new BuildError(
      `${path.relative(ROOT, source)} 中没有带 @customfunction 标记的函数。 / No @customfunction found in ${source}.`,
    );
  }
  const metadata = JSON.parse(result.metadataJson) as Metadata;
  const ids = metadata.functions.map((f) => f.id);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length > 0) {
    throw new BuildError(
      `函数 id 重复：${duplicates.join("、")}。 / Duplicate function ids: ${duplicates.join(", ")}.`,
    );
  }
  return metadata;
}

/**
 * functions.zh-cn.json: the metadata with the Chinese description, parameter names and parameter descriptions of
 * `table`. Ids, function names, parameter order, types, dimensionality and optional flags stay as they are.
 * The generator writes no result description, so there is none to translate; if it ever does, it is translated
 * too (ZH_CN's `result`). Throws, listing every difference, if the table and the metadata do not match exactly.
 */
export function localizeMetadata(metadata: Metadata, table: Readonly<Record<string, ZhFunction>>): Metadata {
  const problems: string[] = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const fn of metadata.functions) {
    const zh = Object.hasOwn(table, fn.id) ? table[fn.id] : undefined;
    if (!zh) {
      problems.push(`ZH_CN 缺少函数 ${fn.id} / ZH_CN lacks function ${fn.id}`);
      continue;
    }
    const expected = fn.parameters.map((p) => p.name);
    const actual = Object.keys(zh.parameters);
    for (const name of expected.filter((n) => !actual.includes(n))) {
      problems.push(`ZH_CN.${fn.id} 缺少参数 ${name} / ZH_CN.${fn.id} lacks parameter ${name}`);
    }
    for (const name of actual.filter((n) => !expected.includes(n))) {
      problems.push(
        `ZH_CN.${fn.id} 多出参数 ${name}（函数没有这个参数） / ZH_CN.${fn.id} has an extra parameter ${name}`,
      );
    }
    if (
      expected.length === actual.length &&
      expected.every((n) => actual.includes(n)) &&
      expected.some((n, i) => actual[i] !== n)
    ) {
      problems.push(
        `ZH_CN.${fn.id} 的参数顺序应为 ${expected.join(", ")}，现为 ${actual.join(", ")} / ` +
          `ZH_CN.${fn.id} must list its parameters in the order ${expected.join(", ")}`,
      );
    }
    const texts: [string, unknown][] = [
      ["description", zh.description],
      ["result", zh.result],
    ];
    for (const n of actual) {
      texts.push([`parameters.${n}.name`, zh.parameters[n]?.name]);
      texts.push([`parameters.${n}.description`, zh.parameters[n]?.description]);
    }
    for (const [key, text] of texts) {
      if (typeof text !== "string" || text.trim() === "") {
        problems.push(`ZH_CN.${fn.id}.${key} 为空 / ZH_CN.${fn.id}.${key} is empty`);
      }
    }
  }
  for (const id of Object.keys(table).filter((id) => !ids.has(id))) {
    problems.push(
      `ZH_CN 多出函数 ${id}（functions.json 中没有） / ZH_CN has an extra function ${id} not in functions.json`,
    );
  }
  if (problems.length > 0) {
    throw new BuildError(
      `src/functions/zh-cn.ts 的 ZH_CN 与 functions.json 不一致：\n` +
        problems.map((p) => `  - ${p}`).join("\n") +
        `\nZH_CN in src/functions/zh-cn.ts does not match functions.json.`,
    );
  }
  const localized = structuredClone(metadata);
  for (const fn of localized.functions) {
    const zh = table[fn.id]!;
    fn.description = zh.description;
    for (const p of fn.parameters) {
      const text = zh.parameters[p.name]!;
      p.name = text.name;
      p.description = text.description;
    }
    if (fn.result.description !== undefined) fn.result.description = zh.result;
  }
  return localized;
}

// ---------------------------------------------------------------------------------------------------------------
// Bundles

const FUNCTIONS_ENTRY = "\0jixiao-functions-entry";

/** A virtual entry without exports that only loads register.ts (which registers the functions on load). */
function functionsEntry(): Plugin {
  return {
    name: "jixiao-functions-entry",
    resolveId: (id) => (id === FUNCTIONS_ENTRY ? id : null),
    load: (id) => (id === FUNCTIONS_ENTRY ? `import ${JSON.stringify(REGISTER_SOURCE)};\n` : null),
  };
}

/** dist/functions.js: one self-contained, minified classic script (IIFE), no imports, no requests. */
export async function buildFunctionsScript(outDir: string = DIST): Promise<void> {
  await viteBuild({
    configFile: false,
    root: ROOT,
    publicDir: false,
    logLevel: "warn",
    plugins: [functionsEntry()],
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      sourcemap: false,
      // The shared runtime is a modern webview (Edge WebView2, WebKit on the Mac, the browser on the web).
      target: "es2020",
      lib: {
        entry: FUNCTIONS_ENTRY,
        formats: ["iife"],
        // Required by Vite for "iife"; unused, since the entry exports nothing (no global is created).
        name: "JXFunctions",
        fileName: () => "functions.js",
      },
      rolldownOptions: { input: FUNCTIONS_ENTRY },
    },
  });
  const script = await readFile(path.join(outDir, "functions.js"), "utf8");
  if (/^\s*(import|export)\b|\brequire\(/m.test(script)) {
    throw new BuildError(
      "functions.js 不是自包含的经典脚本（含 import/export/require）。 / functions.js is not a self-contained classic script.",
    );
  }
}

/** dist/taskpane.html, dist/help.html and their hashed assets, from vite.config.ts. */
export async function buildTaskpane(): Promise<void> {
  // Vite warns that it leaves the classic <script src="functions.js"> alone: that is the intent (shared runtime).
  const logger = createLogger("warn");
  const warn = logger.warn.bind(logger);
  logger.warn = (message, options) => {
    if (!message.includes('<script src="functions.js">')) warn(message, options);
  };
  await viteBuild({ configFile: path.join(ROOT, "vite.config.ts"), logLevel: "warn", customLogger: logger });
}

/** Icons: every assets/*.png into dist/assets/. */
export async function copyIcons(outDir: string = DIST): Promise<void> {
  const target = path.join(outDir, "assets");
  await mkdir(target, { recursive: true });
  for (const name of (await readdir(path.join(ROOT, "assets"))).filter((n) => n.endsWith(".png"))) {
    await copyFile(path.join(ROOT, "assets", name), path.join(target, name));
  }
}

/** The sample workbooks the browser preview opens: samples/*.xlsx into dist/samples/. */
export async function copySamples(outDir: string = DIST): Promise<void> {
  const target = path.join(outDir, "samples");
  await mkdir(target, { recursive: true });
  for (const name of (await readdir(path.join(ROOT, "samples"))).filter((n) => n.endsWith(".xlsx"))) {
    await copyFile(path.join(ROOT, "samples", name), path.join(target, name));
  }
}

/**
 * pdf.js's data files, for PDF reports read in the pages: its character maps (cmaps/*.bcmap: a Chinese PDF whose
 * fonts are not embedded, STSong-Light in UniGB-UCS2-H as Java report tools write, has no text without them) and
 * its standard fonts, into dist/pdfjs/, fetched from the page's own origin only when such a PDF is read.
 */
export async function copyPdfData(outDir: string = DIST): Promise<void> {
  const root = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  for (const folder of ["cmaps", "standard_fonts"]) {
    const target = path.join(outDir, "pdfjs", folder);
    await mkdir(target, { recursive: true });
    for (const name of await readdir(path.join(root, folder))) {
      if (name.endsWith(".bcmap") || /\.(pfb|ttf|otf)$/.test(name) || name.startsWith("LICENSE"))
        await copyFile(path.join(root, folder, name), path.join(target, name));
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Command line

/** The base URL from `--base-url X`, `--base-url=X`, env JIXIAO_BASE_URL, or DEV_BASE_URL. */
export function baseUrlFrom(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith("--base-url=")) return arg.slice("--base-url=".length);
    if (arg === "--base-url") {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) {
        throw new BuildError("--base-url 后面缺少地址。 / --base-url needs a URL after it.");
      }
      return value;
    }
  }
  const fromEnv = env.JIXIAO_BASE_URL;
  return fromEnv !== undefined && fromEnv !== "" ? fromEnv : DEV_BASE_URL;
}

async function listFiles(dir: string, prefix = ""): Promise<{ file: string; size: number }[]> {
  const out: { file: string; size: number }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), `${rel}/`)));
    else out.push({ file: rel, size: (await stat(path.join(dir, entry.name))).size });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

export interface BuildOptions {
  /** Where dist/ will be served, ending with "/". */
  readonly baseUrl: string;
  /** The annotated source of the custom functions; src/functions/functions.ts by default. */
  readonly functionsSource?: string;
}

export async function buildAll({ baseUrl, functionsSource = FUNCTIONS_SOURCE }: BuildOptions): Promise<void> {
  try {
    parseBaseUrl(baseUrl);
  } catch (e) {
    throw new BuildError((e as Error).message);
  }
  const step = (text: string) => console.log(`• ${text}`);

  step("custom-functions-metadata → functions.json, functions.zh-cn.json");
  const metadata = await generateMetadata(functionsSource);
  const localized = localizeMetadata(metadata, ZH_CN);

  await rm(DIST, { recursive: true, force: true });
  await mkdir(DIST, { recursive: true });
  await writeFile(path.join(DIST, "functions.json"), `${JSON.stringify(metadata, null, 2)}\n`);
  await writeFile(path.join(DIST, "functions.zh-cn.json"), `${JSON.stringify(localized, null, 2)}\n`);

  step("functions.js (IIFE)");
  await buildFunctionsScript();

  step("taskpane.html, help.html, preview.html (Vite)");
  await buildTaskpane();
  await copySamples();
  await copyPdfData();

  step("assets/*.png, manifest.xml");
  await copyIcons();
  const source = await readFile(path.join(ROOT, "manifest.xml"), "utf8");
  let manifest: string;
  try {
    manifest = renderManifest(source, baseUrl);
  } catch (e) {
    throw new BuildError((e as Error).message);
  }
  await writeFile(path.join(DIST, "manifest.xml"), manifest);

  step("cli/ (the command line, esbuild)");
  await buildCli({ outDir: path.join(DIST, "cli") });

  const files = await listFiles(DIST);
  const missing = referencedFiles(manifest, baseUrl).filter((f) => !files.some((x) => x.file === f));
  if (missing.length > 0) {
    throw new BuildError(
      `清单引用了 dist/ 中没有的文件：${missing.join("、")}。 / The manifest names files missing from dist/: ${missing.join(", ")}.`,
    );
  }
  console.log(`\ndist/ (base URL ${baseUrl}):`);
  for (const { file, size } of files) console.log(`  ${file.padEnd(40)} ${String(size).padStart(9)} B`);
}

async function main(): Promise<void> {
  try {
    await buildAll({ baseUrl: baseUrlFrom(process.argv.slice(2), process.env) });
  } catch (e) {
    const message = e instanceof BuildError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
    console.error(`\n构建失败 / Build failed:\n${message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  void main();
}
