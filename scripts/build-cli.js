/**
 * Builds the command line into dist/cli/: plain JavaScript for Node 20 (ESM), bundled by esbuild from
 * src/cli/run.ts, the packages of node_modules left as imports. The commands and the Word export are chunks of
 * their own (dist/cli/chunks/), loaded only when used, so `jixiao --version` loads no workbook code and
 * `jixiao check` no Word code.
 *
 *   run.js       the entry: export run(argv) → exit code (bin/jixiao.js calls it)
 *   chunks/*.js  the commands, the .xlsx reader, the Word export (content-hashed names)
 *   build.json   the source files the bundle was built from, for bin/jixiao.js to see whether it is stale
 *
 * Plain JavaScript rather than TypeScript so that bin/jixiao.js can build the CLI by itself where it is missing
 * (a clone installed with --ignore-scripts) without tsx: `npm run build` calls it, `npm ci` runs it as the
 * package's prepare script, and `node scripts/build-cli.js` runs it alone. Files are written to a temporary name
 * and renamed, run.js last, so a process starting meanwhile sees either the old build or the new one.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const CLI_ENTRY = "src/cli/run.ts";
export const CLI_OUT = path.join(ROOT, "dist", "cli");

async function writeWhole(file, contents) {
  const temp = path.join(path.dirname(file), `.build-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, contents);
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}

/**
 * Builds dist/cli (or `outDir`). Returns the files written (relative to outDir) and the source files the bundle
 * came from (relative to the root). Throws esbuild's error when the sources do not build.
 * @param {{ outDir?: string, root?: string }} [options]
 * @returns {Promise<{ files: string[], inputs: string[] }>}
 */
export async function buildCli({ outDir = CLI_OUT, root = ROOT } = {}) {
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    entryPoints: { run: CLI_ENTRY },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    chunkNames: "chunks/[name]-[hash]",
    minify: true,
    legalComments: "none",
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  // What the bundle depends on: its sources, and this script (other options, another bundle).
  const inputs = [
    ...new Set([
      ...Object.keys(result.metafile.inputs).filter((f) => !f.includes("node_modules")),
      "package.json",
      "scripts/build-cli.js",
    ]),
  ].sort();
  await mkdir(path.join(outDir, "chunks"), { recursive: true });
  const entry = path.join(outDir, "run.js");
  const written = [];
  for (const file of result.outputFiles.filter((f) => f.path !== entry)) {
    await writeWhole(file.path, file.contents);
    written.push(file.path);
  }
  await writeWhole(path.join(outDir, "build.json"), `${JSON.stringify({ entry: "run.js", inputs }, null, 2)}\n`);
  const main = result.outputFiles.find((f) => f.path === entry);
  if (!main) throw new Error(`esbuild wrote no ${entry}`);
  await writeWhole(entry, main.contents);
  written.push(entry, path.join(outDir, "build.json"));
  // Chunks of earlier builds.
  for (const file of await listFiles(path.join(outDir, "chunks"))) {
    if (!written.includes(file) && !path.basename(file).startsWith(".build-")) await rm(file, { force: true });
  }
  return { files: written.map((f) => path.relative(outDir, f)).sort(), inputs };
}

// node scripts/build-cli.js [--if-possible]: --if-possible (npm's prepare) warns instead of failing, since the
// command line builds itself at its first run if it must.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const lenient = process.argv.includes("--if-possible");
  try {
    const { files } = await buildCli();
    console.log(`命令行已构建 / CLI built: dist/cli/ (${files.length} files)`);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.error(`命令行构建失败 / CLI build failed:\n${message}`);
    if (!lenient) process.exitCode = 1;
    else console.error("首次运行 jixiao 时会再试一次。 / jixiao will try again at its first run.");
  }
}
