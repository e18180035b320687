/**
 * Unusual and hostile workbooks (test/helpers/hostile-files.ts builds them): each is read within the reader's
 * bounds, or refused with its one Chinese line, and a valid one reads as what it holds. The command line over a
 * batch of them is in test/cli-hostile.test.ts.
 */
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../src/core/checks/catalogue";
import { runChecks } from "../src/core/checks/run";
import { readModel } from "../src/core/model/read";
import { cellCount, snapshotCellAt, type WorkbookSnapshot } from "../src/core/model/snapshot";
import { DEFAULT_PROFILE } from "../src/core/profile";
import { DEFAULT_LIMITS } from "../src/workbook/limits";
import { readXlsx, XlsxReadError } from "../src/workbook/xlsx";
import { hostileCases, zipBomb } from "./helpers/hostile-files";

const cases = hostileCases();

async function outcome(bytes: Uint8Array): Promise<WorkbookSnapshot | XlsxReadError> {
  try {
    return await readXlsx(bytes);
  } catch (error) {
    if (error instanceof XlsxReadError) return error;
    throw error;
  }
}

describe("hostile and unusual workbooks", () => {
  for (const c of cases) {
    it(
      `${c.what}: ${c.expect.kind === "read" ? "read and checked" : "refused in one Chinese line"}`,
      { timeout: 60_000 },
      async () => {
        const result = await outcome(c.bytes);
        if (c.expect.kind === "refused") {
          expect(result).toBeInstanceOf(XlsxReadError);
          expect((result as XlsxReadError).message).toMatch(c.expect.message);
          expect((result as XlsxReadError).message).not.toMatch(/[A-Za-z]{6,}/); // no English errno or stack
          return;
        }
        expect(result).not.toBeInstanceOf(XlsxReadError);
        const snapshot = result as WorkbookSnapshot;
        const findings = runChecks(readModel(snapshot), DEFAULT_PROFILE, CATALOGUE);
        // Sample 000's own mistakes are still found in every variant of it.
        expect(findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(
          expect.arrayContaining(["weights-total", "report-figures"]),
        );
      },
    );
  }

  it("keeps a far cell as one cell: bounds to XFD1048576, two cells held", async () => {
    const c = cases.find((x) => x.file.includes("XFD1048576"))!;
    const sheet = ((await readXlsx(c.bytes)) as WorkbookSnapshot).sheets.find((s) => s.name === "附注")!;
    expect([sheet.top, sheet.left, sheet.bottom, sheet.right]).toEqual([1, 1, 1048576, 16384]);
    expect(cellCount(sheet)).toBe(2);
    expect(snapshotCellAt(sheet, 1048576, 16384)?.value).toBe("x");
  });

  it("keeps a merged area over a whole sheet as one area", async () => {
    const c = cases.find((x) => x.file === "整表合并.xlsx")!;
    const sheet = ((await readXlsx(c.bytes)) as WorkbookSnapshot).sheets.find((s) => s.name === "附注")!;
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1048576, right: 16384 }]);
    expect(cellCount(sheet)).toBe(1);
  });

  it("finds a worksheet through the relationships, whatever its part is called", async () => {
    const c = cases.find((x) => x.file === "工作表部件改名.xlsx")!;
    const snapshot = (await readXlsx(c.bytes)) as WorkbookSnapshot;
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      "绩效自评表",
      "预算执行情况",
      "资产负债表",
      "单位基本情况",
      "自评报告",
    ]);
    expect(cellCount(snapshot.sheets[0]!)).toBeGreaterThan(50);
  });

  it("stops a bomb early: a small budget of inflated bytes is reached, not gigabytes", async () => {
    const bomb = zipBomb(40, "small");
    const before = process.memoryUsage().rss;
    const error = (await outcome(bomb)) as XlsxReadError;
    expect(error.code).toBe("limit");
    // The ratio bound trips after ratioFrom (2 MB) inflated: far below the bomb's 2.6 GB.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect(DEFAULT_LIMITS.ratioFrom).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it("refuses a file past each bound with the bound's own message", async () => {
    const sample = cases.find((x) => x.file === "工作表部件改名.xlsx")!.bytes;
    const tight = (change: Partial<typeof DEFAULT_LIMITS>) => ({ limits: { ...DEFAULT_LIMITS, ...change } });
    const messageOf = async (limits: ReturnType<typeof tight>) => {
      try {
        await readXlsx(sample, limits);
        return "read";
      } catch (error) {
        return (error as XlsxReadError).message;
      }
    };
    expect(await messageOf(tight({ fileBytes: 1000 }))).toBe("文件超过 0 MB 的上限，未读取");
    expect(await messageOf(tight({ partBytes: 4000 }))).toMatch(/^文件中的一个部件（.+）解压后超过 0 MB 的上限/);
    expect(await messageOf(tight({ totalBytes: 20000 }))).toMatch(/^文件解压后的内容超过 0 MB 的上限/);
    expect(await messageOf(tight({ ratio: 2, ratioFrom: 100 }))).toMatch(/压缩比超过 2 倍的上限/);
    expect(await messageOf(tight({ cells: 100 }))).toMatch(/^工作簿中有内容的单元格超过 100 个的上限/);
    expect(await messageOf(tight({ textLength: 10 }))).toMatch(/中的文字超过 10 个字符/);
    expect(await messageOf(tight({ sheets: 2 }))).toBe("工作簿的工作表超过 2 张的上限，未检查");
  });
});
