/**
 * Renders page 1 of a Word report as a PNG for the README: LibreOffice (headless) converts the .docx to PDF and
 * poppler's pdftoppm draws the page at 80 dpi.
 *
 *   npx tsx scripts/render-report-page.ts 报告.docx                  → docs/report-page1.png
 *   npx tsx scripts/render-report-page.ts 报告.docx 别处/page1.png
 *   npx tsx scripts/render-report-page.ts --fontconfig               → prints the fontconfig rules (see below)
 *
 * The fonts of official documents (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体) are seldom installed on Linux, and
 * LibreOffice does not read the substitutes the .docx's font table names (word-fonts.ts): it asks fontconfig,
 * which gives a sans face for any name it does not know. The rules below map them to the faces of Debian's
 * packages — the body, 楷体 and the title to a serif (Noto Serif CJK SC of fonts-noto-cjk; 楷体 to AR PL UKai of
 * fonts-arphic-ukai where it is installed), 黑体 to the sans, the title in bold (GUIDE §8: 宋体 bold in place of
 * 小标宋). The conversions here use them (a fontconfig file given to LibreOffice), and so do the tests of the
 * Word export (test/word-pdf.test.ts); `--fontconfig` prints them as a file for ~/.config/fontconfig/conf.d/, so
 * that a reader's own LibreOffice prints the report the same way (README, 导出 Word).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The Debian package of each tool. */
export const PACKAGES = {
  soffice: "libreoffice-writer-nogui",
  pdftotext: "poppler-utils",
  pdfinfo: "poppler-utils",
  pdftoppm: "poppler-utils",
  "fc-list": "fontconfig",
} as const;

export type Tool = keyof typeof PACKAGES;

/** LibreOffice may take a while the first time it sets up a profile. */
const SOFFICE_TIMEOUT_MS = 120_000;

/** Runs a tool and returns its standard output; throws with the package to install when the tool is missing. */
export function run(tool: Tool, args: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(tool, args, { encoding: "utf8", env, timeout: SOFFICE_TIMEOUT_MS, maxBuffer: 64 << 20 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Error(
      `找不到 ${tool}：请安装 Debian 软件包 ${PACKAGES[tool]}（apt-get install ${PACKAGES[tool]}）。 / ` +
        `${tool} is missing: install the Debian package ${PACKAGES[tool]}.`,
    );
  }
  if (r.error) throw new Error(`${tool} ${args.join(" ")}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${tool} ${args.join(" ")} 失败（${r.status}）：\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** Throws, naming fonts-noto-cjk, when no font covers Chinese (LibreOffice would print empty boxes). */
export function requireChineseFonts(): void {
  if (run("fc-list", [":lang=zh", "family"]).trim() === "") {
    throw new Error(
      "没有中文字体：请安装 Debian 软件包 fonts-noto-cjk（apt-get install fonts-noto-cjk）。 / " +
        "No font covers Chinese: install the Debian package fonts-noto-cjk.",
    );
  }
}

/** The report's fonts and what to print them with where they are missing, in order of preference. */
const SUBSTITUTES: readonly (readonly [font: string, families: readonly string[], bold: boolean])[] = [
  ["方正小标宋简体", ["Noto Serif CJK SC", "AR PL UMing CN", "serif"], true],
  ["仿宋_GB2312", ["Noto Serif CJK SC", "AR PL UMing CN", "serif"], false],
  ["仿宋", ["Noto Serif CJK SC", "AR PL UMing CN", "serif"], false],
  ["楷体_GB2312", ["AR PL UKai CN", "Noto Serif CJK SC", "serif"], false],
  ["楷体", ["AR PL UKai CN", "Noto Serif CJK SC", "serif"], false],
  ["宋体", ["Noto Serif CJK SC", "AR PL UMing CN", "serif"], false],
  ["黑体", ["Noto Sans CJK SC", "sans-serif"], false],
];

function rules(): string {
  return SUBSTITUTES.map(
    ([font, families, bold]) =>
      `<match target="pattern"><test name="family"><string>${font}</string></test>` +
      `<edit name="family" mode="prepend" binding="strong">${families.map((f) => `<string>${f}</string>`).join("")}</edit>` +
      (bold ? `<edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>` : "") +
      `</match>`,
  ).join("\n  ");
}

const HEAD = `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n`;

/**
 * The substitutes as a fontconfig file for ~/.config/fontconfig/conf.d/ (or /etc/fonts/conf.d/): with it,
 * LibreOffice, and any program that asks fontconfig, prints 仿宋_GB2312, 楷体_GB2312, 宋体 and 方正小标宋简体 in a
 * serif face and 黑体 in a sans face where they are not installed.
 */
export function fontconfigRules(): string {
  return (
    `${HEAD}<!-- jixiao: substitutes for the fonts of official documents (GB/T 9704) where they are not installed -->\n` +
    `<fontconfig>\n  ${rules()}\n</fontconfig>\n`
  );
}

/** The system's configuration and the substitutes, for LibreOffice here. */
function fontconfigXml(): string {
  return `${HEAD}<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  ${rules()}\n</fontconfig>\n`;
}

/**
 * Converts a .docx to PDF in `outDir` with LibreOffice, in a profile of its own (so that conversions running side by
 * side do not clash) and with the font substitutes above; returns the PDF's path.
 */
export function docxToPdf(docx: string, outDir: string): string {
  const work = mkdtempSync(path.join(tmpdir(), "jixiao-lo-"));
  try {
    const fonts = path.join(work, "fonts.conf");
    writeFileSync(fonts, fontconfigXml());
    mkdirSync(outDir, { recursive: true });
    run(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(path.join(work, "profile")).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        docx,
      ],
      { ...process.env, FONTCONFIG_FILE: fonts },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, `${path.basename(docx, path.extname(docx))}.pdf`);
  if (!readdirSync(outDir).includes(path.basename(pdf))) {
    throw new Error(`LibreOffice 没有生成 ${pdf}。 / LibreOffice wrote no ${pdf}.`);
  }
  return pdf;
}

/** Draws one page of a PDF as a PNG (`png` is the file to write, with its .png). */
export function renderPage(pdf: string, png: string, page = 1, dpi = 80): void {
  mkdirSync(path.dirname(png), { recursive: true });
  const base = png.replace(/\.png$/i, "");
  run("pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, base]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [docx, out] = process.argv.slice(2);
  if (docx === "--fontconfig") {
    process.stdout.write(fontconfigRules());
    process.exit(0);
  }
  if (!docx) {
    console.error(
      "用法 / usage: npx tsx scripts/render-report-page.ts 报告.docx [docs/report-page1.png]\n" +
        "       npx tsx scripts/render-report-page.ts --fontconfig > ~/.config/fontconfig/conf.d/60-jixiao-fonts.conf",
    );
    process.exit(2);
  }
  const root = fileURLToPath(new URL("..", import.meta.url));
  const png = path.resolve(out ?? path.join(root, "docs", "report-page1.png"));
  const work = mkdtempSync(path.join(tmpdir(), "jixiao-render-"));
  try {
    requireChineseFonts();
    renderPage(docxToPdf(path.resolve(docx), work), png);
    console.log(`已写出 / wrote ${path.relative(process.cwd(), png)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
