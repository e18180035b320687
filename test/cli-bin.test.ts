/**
 * The command line as people start it: `node bin/jixiao.js` (what `npx jixiao` runs) in a child process, running
 * the built CLI — plain JavaScript bundled by esbuild from src/cli, importing nothing but node's modules, its own
 * chunks and the package's dependencies (no tsx, nothing compiled at start). From a fresh clone without a build,
 * the first run builds it; a changed source is rebuilt; where it cannot be built, one Chinese line says why.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../scripts/build-cli.js";
import pkg from "../package.json";
import { ROOT, SEED_000, SEED_000_CORRECTION, smallWorkbook } from "./helpers/cli-fixtures";

const exec = promisify(execFile);

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <bin> args` and gives its exit code and output, whatever the code. */
async function jixiao(args: readonly string[], bin = path.join(ROOT, "bin/jixiao.js"), cwd = ROOT): Promise<Ran> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1" },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

let dir = "";
let small = "";

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "jixiao-bin-"));
  small = path.join(dir, "预算执行.xlsx");
  await writeFile(small, await smallWorkbook());
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every module a built file imports, statically or not. */
function importsOf(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found];
}

describe("the built CLI", () => {
  it("is plain JavaScript that imports only node's modules, its own chunks and the package's dependencies", async () => {
    const out = path.join(dir, "built");
    const { files, inputs } = await buildCli({ outDir: out });
    expect(files).toContain("run.js");
    expect(files).toContain("build.json");
    expect(inputs).toContain("src/cli/main.ts");
    expect(inputs.every((f) => f.startsWith("src/") || f === "package.json" || f === "scripts/build-cli.js")).toBe(
      true,
    );
    const dependencies = Object.keys(pkg.dependencies);
    for (const file of files.filter((f) => f.endsWith(".js"))) {
      const code = await readFile(path.join(out, file), "utf8");
      for (const spec of importsOf(code)) {
        const ok =
          spec.startsWith("node:") ||
          spec.startsWith("./") ||
          dependencies.some((d) => spec === d || spec.startsWith(`${d}/`));
        expect(ok, `${file} imports ${spec}`).toBe(true);
      }
      // Parses as JavaScript: node itself checks the syntax.
      await exec(process.execPath, ["--check", path.join(out, file)]);
    }
    // The Word export is a chunk of its own: `check` does not load the docx package.
    const withDocx = [];
    for (const file of files.filter((f) => f.endsWith(".js"))) {
      if (importsOf(await readFile(path.join(out, file), "utf8")).includes("docx")) withDocx.push(file);
    }
    expect(withDocx).toHaveLength(1);
    expect(withDocx[0]).toMatch(/^chunks\/word-/);
  });

  it("bin/jixiao.js compiles nothing: no tsx, only the built entry", async () => {
    const bin = await readFile(path.join(ROOT, "bin/jixiao.js"), "utf8");
    expect(bin).not.toMatch(/tsx|\.ts["']/);
    expect(bin).toContain("../dist/cli/run.js");
  });

  it("node bin/jixiao.js --version prints the version", async () => {
    const ran = await jixiao(["--version"]);
    expect(ran).toEqual({ code: 0, stdout: `jixiao ${pkg.version}\n`, stderr: "" });
  });

  it("checks a file: findings on standard output, exit 0 or 1", async () => {
    const clean = await jixiao(["check", small]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain("共 0 个错误");
    expect(clean.stderr).toBe("");
    const seed = await jixiao(["check", "--json", SEED_000]);
    expect(seed.code).toBe(1);
    expect(JSON.parse(seed.stdout).files[0].findings.length).toBeGreaterThan(0);
  });

  it("tells an unreadable file once, on standard error, in Chinese, and exits 2", async () => {
    const missing = path.join(dir, "没有.xlsx");
    const ran = await jixiao(["check", small, missing]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(`${missing}：文件不存在\n`);
    expect(ran.stdout).not.toContain("没有.xlsx");
  });

  it("--docx says what it corrected in the text, what to check, and what was written", async () => {
    const out = path.join(dir, "报告.docx");
    const ran = await jixiao(["report", SEED_000, "--docx", out]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe("");
    const lines = ran.stderr.replace(/\n$/, "").split("\n");
    expect(lines[0]).toBe(SEED_000_CORRECTION);
    expect(lines.slice(1, -1).every((l) => l.startsWith("请核对 第"))).toBe(true);
    expect(lines.at(-1)).toBe(`已写入 Word 文档：${out}`);
    expect((await readdir(dir)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("interrupted", () => {
  it("Ctrl-C at any moment leaves the old file or the whole new one, and no temporary file", async () => {
    const { spawn } = await import("node:child_process");
    const { unzipSync } = await import("fflate");
    const folder = path.join(dir, "中断");
    await mkdir(folder);
    const out = path.join(folder, "报告.docx");
    for (const delay of [20, 150, 300, 500, 700, 900, 1200]) {
      await writeFile(out, "上一版报告");
      const child = spawn(process.execPath, [path.join(ROOT, "bin/jixiao.js"), "report", SEED_000, "--docx", out], {
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      await new Promise((r) => setTimeout(r, delay));
      child.kill("SIGINT");
      const code = await exited;
      expect(await readdir(folder)).toEqual(["报告.docx"]);
      const bytes = new Uint8Array(await readFile(out));
      // Before the handler is installed the signal ends the process (code null): nothing was being written then.
      if (new TextDecoder().decode(bytes) === "上一版报告") expect([130, 0, null]).toContain(code);
      else {
        expect(Object.keys(unzipSync(bytes))).toContain("word/document.xml"); // whole
        expect(stderr).toContain("已写入 Word 文档");
      }
      expect(stderr).not.toMatch(/Error|at .*\(/);
    }
  }, 60000);
});

describe("from a fresh clone", () => {
  /** The files a clone has that the CLI needs (no dist/), with node_modules as `npm ci` leaves it. */
  async function clone(name: string, modules: "all" | "without esbuild"): Promise<string> {
    const at = path.join(dir, name);
    await mkdir(at);
    for (const part of ["bin", "src", "scripts", "package.json"])
      await cp(path.join(ROOT, part), path.join(at, part), { recursive: true });
    const real = path.join(ROOT, "node_modules");
    if (modules === "all") await symlink(real, path.join(at, "node_modules"));
    else {
      await mkdir(path.join(at, "node_modules"));
      for (const entry of await readdir(real)) {
        if (entry === "esbuild" || entry === "@esbuild" || entry === ".bin") continue;
        await symlink(path.join(real, entry), path.join(at, "node_modules", entry));
      }
    }
    return at;
  }

  it("the first run builds the CLI and checks the file; the next runs use the build; a changed source is rebuilt", async () => {
    const at = await clone("clone", "all");
    const bin = path.join(at, "bin/jixiao.js");
    const entry = path.join(at, "dist/cli/run.js");
    const first = await jixiao(["check", small], bin, at);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("共 0 个错误");
    expect(first.stderr).toBe("");
    const built = (await stat(entry)).mtimeMs;

    expect((await jixiao(["--version"], bin, at)).stdout).toBe(`jixiao ${pkg.version}\n`);
    expect((await stat(entry)).mtimeMs).toBe(built);

    const usage = path.join(at, "src/cli/usage.ts");
    await writeFile(usage, (await readFile(usage, "utf8")).replace("用法 / Usage:", "用法（已改） / Usage:"));
    const later = new Date(Date.now() + 5000);
    await utimes(usage, later, later);
    const help = await jixiao(["--help"], bin, at);
    expect(help.stdout).toContain("用法（已改）");
    expect((await stat(entry)).mtimeMs).toBeGreaterThan(built);
  }, 60000);

  it("where it cannot be built (no esbuild), one Chinese line and exit 2, no stack trace", async () => {
    const at = await clone("clone-without-esbuild", "without esbuild");
    const ran = await jixiao(["check", small], path.join(at, "bin/jixiao.js"), at);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toBe(
      "jixiao 命令行尚未构建，也无法自动构建（缺少构建工具 esbuild（开发依赖））：请在 jixiao 目录运行 npm ci，或 npm run build 后重试。\n",
    );
  }, 60000);

  it("a build that does not load (its dependencies missing) is one Chinese line, not a stack trace", async () => {
    const at = await clone("clone-without-fflate", "without esbuild");
    await buildCli({ outDir: path.join(at, "dist/cli"), root: at });
    await rm(path.join(at, "node_modules", "fflate"));
    const ran = await jixiao(["check", small], path.join(at, "bin/jixiao.js"), at);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe("jixiao 无法运行，缺少依赖的软件包：请在 jixiao 目录运行 npm ci 后重试。\n");
  }, 60000);

  it("package.json builds the CLI on npm ci (prepare) and with npm run build", async () => {
    expect(pkg.scripts.prepare).toBe("node scripts/build-cli.js --if-possible");
    expect(pkg.bin.jixiao).toBe("bin/jixiao.js");
    expect(await readFile(path.join(ROOT, "scripts/build.ts"), "utf8")).toContain(
      'buildCli({ outDir: path.join(DIST, "cli") })',
    );
  });
});
