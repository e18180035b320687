/**
 * 资产负债表 (会政财01表) in its two-sided layout: 资产部类 | 年末数 | 年初数 | 负债和净资产部类 | 年末数 | 年初数
 * (extra columns such as 行次 ignored). The left and right halves of a row are separate items; each item keeps its
 * label as written and the canonical key of the totals the checks know. A sheet with only the 资产 label column
 * is read top to bottom, the side turning to 负债和净资产 at the first label that names 负债 or 净资产.
 * Labels without a key and without any figure (section headings "流动资产：", signatures) are left out.
 * A header row mapped by hand (column-map.ts) gives its label and figure columns directly.
 */
import { figureCell, textCell, type SheetView } from "./cells";
import type { ReadTable } from "./funds";
import type { HeaderCell } from "./headers";
import { amountUnit, headerSpanOf, walkRows, type HeaderRow, type SheetScan } from "./locate";
import { labelKey } from "./text";
import type { BalanceItem, BalanceKey, BalanceSheet, BalanceSide } from "./types";

const KEYS = new Map<string, BalanceKey>([
  ["流动资产合计", "currentAssets"],
  ["非流动资产合计", "nonCurrentAssets"],
  ["资产总计", "totalAssets"],
  ["资产合计", "totalAssets"],
  ["流动负债合计", "currentLiabilities"],
  ["非流动负债合计", "nonCurrentLiabilities"],
  ["负债合计", "totalLiabilities"],
  ["负债总计", "totalLiabilities"],
  ["累计盈余", "accumulatedSurplus"],
  ["净资产合计", "netAssets"],
  ["净资产总计", "netAssets"],
  ...["负债和净资产总计", "负债及净资产总计", "负债与净资产总计", "负债和净资产合计", "负债及净资产合计"].map(
    (w) => [w, "totalLiabilitiesAndNetAssets"] as const,
  ),
]);

/** The canonical key of a balance-sheet label ("其中：累计盈余", "一、资产总计" included), or null. */
export function balanceKeyOf(label: string): BalanceKey | null {
  return KEYS.get(labelKey(label)) ?? null;
}

const LIABILITY_WORDS = /负债|净资产/;

interface Half {
  readonly side: BalanceSide | null; // null: single-sided, decided row by row
  readonly label: number;
  readonly end: number | undefined;
  readonly begin: number | undefined;
}

function firstAfter(cells: readonly HeaderCell[], key: "end" | "begin", from: number, to: number): number | undefined {
  let best: number | undefined;
  for (const h of cells) {
    if (h.match.key !== key || h.col <= from || h.col >= to) continue;
    if (best === undefined || h.col < best) best = h.col;
  }
  return best;
}

function leftmost(cells: readonly HeaderCell[], key: "assets" | "liabilities", after = 0): HeaderCell | undefined {
  let best: HeaderCell | undefined;
  for (const h of cells) {
    if (h.match.key !== key || h.col <= after) continue;
    if (!best || h.match.rank < best.match.rank || (h.match.rank === best.match.rank && h.col < best.col)) best = h;
  }
  return best;
}

function item(view: SheetView, row: number, half: Half, side: BalanceSide): BalanceItem | null {
  const label = textCell(view, row, half.label);
  if (label.text === "") return null;
  const key = balanceKeyOf(label.text);
  const end = half.end === undefined ? null : figureCell(view, row, half.end);
  const begin = half.begin === undefined ? null : figureCell(view, row, half.begin);
  const figures = (end && end.figure.kind !== "blank") || (begin && begin.figure.kind !== "blank");
  return key !== null || figures ? { side, label, key, end, begin } : null;
}

/** The halves of the header row: from the columns mapped by hand, or from the header words. */
function halvesOf(header: HeaderRow): Half[] {
  const m = header.mapped;
  if (m) {
    const halves: Half[] = [
      { side: m.liabilities !== undefined ? "assets" : null, label: m.assets!, end: m.end, begin: m.begin },
    ];
    if (m.liabilities !== undefined)
      halves.push({
        side: "liabilitiesAndNetAssets",
        label: m.liabilities,
        end: m.liabilitiesEnd,
        begin: m.liabilitiesBegin,
      });
    return halves;
  }
  const assets = leftmost(header.cells, "assets")!;
  const liabilities = leftmost(header.cells, "liabilities", assets.col);
  const split = liabilities?.col ?? Infinity;
  const halves: Half[] = [
    {
      side: liabilities ? "assets" : null,
      label: assets.col,
      end: firstAfter(header.cells, "end", assets.col, split),
      begin: firstAfter(header.cells, "begin", assets.col, split),
    },
  ];
  if (liabilities) {
    halves.push({
      side: "liabilitiesAndNetAssets",
      label: liabilities.col,
      end: firstAfter(header.cells, "end", liabilities.col, Infinity),
      begin: firstAfter(header.cells, "begin", liabilities.col, Infinity),
    });
  }
  return halves;
}

export function readBalance(scan: SheetScan, header: HeaderRow): ReadTable<BalanceSheet> {
  const view = scan.view;
  const halves = halvesOf(header);
  const span = headerSpanOf(view, header);
  const left = Math.min(span.left, ...halves.map((h) => h.label));
  const right = Math.max(span.right, ...header.cells.map((h) => h.col));
  const bySide: Record<BalanceSide, BalanceItem[]> = { assets: [], liabilitiesAndNetAssets: [] };
  let turned = false;
  const end = walkRows(scan, header.bottom ?? header.row, left, right, (r) => {
    for (const half of halves) {
      let side = half.side;
      if (side === null) {
        if (!turned) {
          const v = view.value(r, half.label);
          if (typeof v === "string" && LIABILITY_WORDS.test(v)) turned = true;
        }
        side = turned ? "liabilitiesAndNetAssets" : "assets";
      }
      const found = item(view, r, half, side);
      if (found) bySide[side].push(found);
    }
    return "next";
  });
  return {
    table: {
      sheet: view.name,
      headerRow: header.row,
      unit: amountUnit(
        scan,
        header,
        header.cells.filter((h) => h.match.key === "end" || h.match.key === "begin"),
      ),
      items: [...bySide.assets, ...bySide.liabilitiesAndNetAssets],
    },
    end,
  };
}
