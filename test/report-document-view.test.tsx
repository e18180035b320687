// @vitest-environment jsdom
/**
 * The 报告 view's “检查 Word/PDF 报告…” over the fake Excel: seed 000's report (南昌市公安局红谷滩分局, 2022) as a
 * Word document and as a text file, read in the page, checked beside sample 000's tables (as `jixiao check
 * --report` pairs them) or by itself where the workbook has none; its real mistakes listed by paragraph with the
 * sentence quoted — 资产负债率 written 22.25% where 388.73 ÷ 17,467.49 = 2.23% — and never a fix button. A broken
 * .docx, a file that is no report, an encrypted PDF and a file past the bound are each one Chinese line, the
 * document before them kept, no spinner left.
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ReportView } from "../src/taskpane/report/ReportView";
import { body, docxOf, encryptedPdf, p } from "./helpers/document-fixtures";
import { renderPane } from "./helpers/pane";
import { sheet, workbook } from "./helpers/workbook";

const PATIENT = { timeout: 15_000 };
/** By path, not by URL: under jsdom the URL class is the page's. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEED_000 = readFileSync(path.join(ROOT, "..", "shared", "seeds", "000_9460760e9631459a.txt"));
/** The seed as a unit's Word document: one paragraph a non-empty line of its text. */
const seedDocx = (): Uint8Array =>
  docxOf(
    body(
      ...SEED_000.toString("utf8")
        .split(/\r?\n/)
        .filter((l) => l.trim() !== "")
        .map((l) => p(l)),
    ),
  );

const file = (bytes: Uint8Array, name: string): File => new File([bytes.slice()], name);

/** The document's section of the view. */
const section = () => screen.getByRole("region", { name: "核对报告文档" });

/** The picker offers .docx, .pdf, .txt and .md; a person can still choose “all files”, as this user does. */
const anyFile = userEvent.setup({ applyAccept: false });

async function choose(f: File): Promise<void> {
  await anyFile.upload(screen.getByLabelText("检查 Word/PDF 报告…"), f);
}

/** Waits until no file is being read. */
async function settled(): Promise<void> {
  await waitFor(() => expect(section().getAttribute("aria-busy")).toBe("false"), PATIENT);
  expect(within(section()).queryByText(/正在读取/)).toBeNull();
}

/** Each finding listed: its severity group's heading, its place and its quote. */
function listed(): { severity: string; place: string; message: string; quote: string }[] {
  const out: { severity: string; place: string; message: string; quote: string }[] = [];
  for (const heading of within(section()).queryAllByRole("heading", { level: 3 })) {
    const severity = heading.textContent!.replace(/（\d+）$/, "");
    const panel = heading.closest("[class*='fui-AccordionItem']")!;
    for (const item of within(panel as HTMLElement).getAllByRole("listitem")) {
      const dl = item.querySelector("dl")!;
      const terms = [...dl.querySelectorAll("dt")].map((d) => d.textContent);
      const place = dl.querySelectorAll("dd")[terms.indexOf("位置")]?.textContent ?? "";
      out.push({
        severity,
        place,
        message: item.querySelector("span")!.textContent!,
        quote: item.querySelector("blockquote")?.textContent ?? "",
      });
    }
  }
  return out;
}

describe("the 报告 view's report document", { timeout: 60_000 }, () => {
  it("checks seed 000's Word report against the workbook's tables: its real mistakes by paragraph, no fix", async () => {
    const pane = await renderPane(<ReportView />);
    await choose(file(seedDocx(), "2022年度红谷滩分局自评报告.docx"));
    await settled();
    const s = within(section());
    expect(s.getByText("报告文件：2022年度红谷滩分局自评报告.docx（Word 文档）")).toBeTruthy();
    expect(s.getByText("共 74 段")).toBeTruthy();
    expect(s.getByText("按当前工作簿的表格核对")).toBeTruthy();
    expect(s.getByText("共 1 个错误，4 个警告，2 个提示。")).toBeTruthy();
    // The workbook's own findings (weights total 95, …) are the 检查 view's.
    expect(s.getByText(/^工作簿本身另有 \d+ 个问题，见“检查”。$/)).toBeTruthy();
    const found = listed();
    // By severity, then by rule in the catalogue's order (as the 检查 view lists them): the seed's 资产负债率; its
    // “完成年度绩效指标值的90%” for 17 of 20 points, 7,194 cases screened cited for 7,129 resolved, （一） and (二)
    // mixed under 一、 and 二、; “and” and “etc” in its sentences.
    expect(found.map((f) => [f.severity, f.place])).toEqual([
      ["错误", "第13段"],
      ["警告", "第59段"],
      ["警告", "第47段"],
      ["警告", "第4段"],
      ["警告", "第44段"],
      ["提示", "第7段"],
      ["提示", "第65段"],
    ]);
    expect(found[1]!.quote).toMatch(/完成年度绩效指标值的\s*90%/);
    expect(found[2]!.message).toMatch(/7194/);
    const debt = found[0]!;
    expect(debt.message).toMatch(/^报告写资产负债率为 22\.25%，按负债合计 388\.73 万元 ÷ 资产总计 17,467\.49 /);
    expect(debt.quote).toBe("“资产负债率为 22.25%, 资产运行情况较好。”");
    const card = s.getByText(debt.message).closest("li")!;
    expect(within(card).getByText("2.23%")).toBeTruthy(); // 应为
    expect(within(card).getByText("22.25%")).toBeTruthy(); // 现为
    // A document is never written: nothing to press in its findings.
    for (const item of s.getAllByRole("listitem")) expect(within(item).queryAllByRole("button")).toEqual([]);
    expect(s.queryByRole("button", { name: /修复/ })).toBeNull();
    // Checking the document wrote nothing.
    expect(pane.session.current.done).toEqual([]);
  });

  it("checks seed 000's text report by itself where the workbook has no tables, and says so", async () => {
    const pane = await renderPane(<ReportView />, {
      snapshot: workbook([sheet("Sheet1", [["备注"], ["这张表还没有填写。"]])]),
    });
    await choose(file(SEED_000, "红谷滩分局2022自评报告.txt"));
    await settled();
    const s = within(section());
    expect(s.getByText("报告文件：红谷滩分局2022自评报告.txt（文本）")).toBeTruthy();
    expect(s.getByText("未与工作簿核对：只核对报告本身")).toBeTruthy();
    expect(s.queryByText(/按.*工作簿.*的表格核对/)).toBeNull();
    const errors = listed().filter((f) => f.severity === "错误");
    expect(errors).toEqual([
      {
        severity: "错误",
        place: "第13段",
        message: expect.stringMatching(/资产负债率为 22\.25%.*应为 2\.23%/),
        quote: "“资产负债率为 22.25%, 资产运行情况较好。”",
      },
    ]);
    expect(s.queryByRole("button", { name: /修复/ })).toBeNull();
    // 清除 drops the document.
    await pane.user.click(s.getByRole("button", { name: "清除" }));
    expect(within(section()).queryByText(/报告文件/)).toBeNull();
    expect(within(section()).queryByRole("button", { name: "清除" })).toBeNull();
  });

  it("tells a broken .docx, a file that is no report, an encrypted PDF and a file too large in one line each", async () => {
    await renderPane(<ReportView />);
    await choose(file(SEED_000, "自评报告.txt"));
    await settled();
    const kept = "报告文件：自评报告.txt（文本）";
    expect(within(section()).getByText(kept)).toBeTruthy();

    const docx = seedDocx();
    const cases: [File, RegExp][] = [
      [file(docx.slice(0, Math.floor(docx.length / 2)), "损坏.docx"), /^“损坏\.docx”已损坏，无法读取/],
      [
        file(readFileSync(path.join(ROOT, "samples", "000-honggutan-2022.xlsx")), "自评表.xlsx"),
        /^“自评表\.xlsx”是 Excel 工作簿，不是报告文档/,
      ],
      [file(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "截图.png"), /^“截图\.png”是图片/],
      [file(encryptedPdf(), "加密.pdf"), /^“加密\.pdf”是加密的 PDF，需要密码才能打开/],
    ];
    const big = file(Uint8Array.from([0x25, 0x50, 0x44, 0x46]), "很大.pdf");
    Object.defineProperty(big, "size", { value: 200 * 1024 * 1024 });
    cases.push([big, /^“很大\.pdf”：文件超过 100 MB 的上限，未读取。$/]);

    for (const [f, message] of cases) {
      await choose(f);
      await settled();
      const alert = await within(section()).findByText(message, undefined, PATIENT);
      expect(alert.textContent).not.toMatch(/Error|at .*\.ts|\n/);
      // The view stays usable: the document before it is still shown, its findings with it.
      expect(within(section()).getByText(kept)).toBeTruthy();
      expect(within(section()).getByText(/^共 1 个错误/)).toBeTruthy();
    }
    // And a good file after them reads.
    await choose(file(seedDocx(), "自评报告.docx"));
    await settled();
    expect(within(section()).getByText("报告文件：自评报告.docx（Word 文档）")).toBeTruthy();
    expect(within(section()).queryByText(/未能|已损坏|加密/)).toBeNull();
  });

  it("shows a spinner while the file is read, and stops it when the file cannot be read", async () => {
    const pane = await renderPane(<ReportView />);
    let fail: (e: Error) => void = () => {};
    const pending = {
      name: "自评报告.docx",
      size: 10,
      arrayBuffer: () => new Promise<ArrayBuffer>((_, no) => (fail = no)),
    };
    let opened: Promise<void> = Promise.resolve();
    act(() => void (opened = pane.session.document.open(pending)));
    await within(section()).findByText("正在读取“自评报告.docx”……", undefined, PATIENT);
    expect(section().getAttribute("aria-busy")).toBe("true");
    await act(async () => {
      fail(new DOMException("gone", "NotReadableError"));
      await opened;
    });
    expect(section().getAttribute("aria-busy")).toBe("false");
    expect(within(section()).queryByText(/正在读取/)).toBeNull();
    expect(
      within(section()).getByText(
        "“自评报告.docx”未能读取：浏览器无法读取这个文件（可能已被移动、删除或正在被其他程序占用）。请重新选择。",
      ),
    ).toBeTruthy();
    expect(within(section()).getByRole("button", { name: "检查 Word/PDF 报告…" })).toBeTruthy();
  });

  it("speaks English where the pane does", async () => {
    const pane = await renderPane(<ReportView />, { language: "en-US" });
    await act(() => pane.user.upload(screen.getByLabelText("Check a Word/PDF report…"), file(SEED_000, "report.txt")));
    const region = screen.getByRole("region", { name: "Check a report document" });
    await waitFor(() => expect(region.getAttribute("aria-busy")).toBe("false"), PATIENT);
    expect(within(region).getByText("Report file: report.txt (text)")).toBeTruthy();
    expect(within(region).getByText("Checked against this workbook's tables")).toBeTruthy();
    expect(within(region).getByText("paragraph 13")).toBeTruthy();
  });
});
