/**
 * The merged areas of a sheet, indexed for the reader's questions: which area covers a cell, which areas cross a
 * row. A sheet may hold thousands of areas, and one may cover the whole sheet, so nothing here walks the cells of
 * an area: a spatial index (flatbush, a packed R-tree made for exactly this) answers each question in about
 * log(areas) steps. Single cells "merged" with themselves are no areas.
 */
import Flatbush from "flatbush";
import type { Area } from "./snapshot";

/** Below this many areas a plain scan is quicker than the tree. */
const SCAN_BELOW = 16;

export class MergeIndex {
  private readonly areas: readonly Area[];
  private readonly tree: Flatbush | null;

  constructor(merges: readonly Area[]) {
    this.areas = merges.filter((a) => a.bottom > a.top || a.right > a.left);
    if (this.areas.length < SCAN_BELOW) {
      this.tree = null;
      return;
    }
    const tree = new Flatbush(this.areas.length);
    for (const a of this.areas) tree.add(a.left, a.top, a.right, a.bottom);
    tree.finish();
    this.tree = tree;
  }

  get size(): number {
    return this.areas.length;
  }

  /** The area that covers a cell (merged areas do not overlap), or null. */
  at(row: number, col: number): Area | null {
    if (this.areas.length === 0) return null;
    if (!this.tree) {
      for (const a of this.areas) if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) return a;
      return null;
    }
    const found = this.tree.search(col, row, col, row);
    return found.length > 0 ? this.areas[found[0]!]! : null;
  }

  /** The areas that cross a row between two columns (inclusive), left to right. */
  inRow(row: number, left: number, right: number): Area[] {
    if (this.areas.length === 0) return [];
    const hit = (a: Area) => row >= a.top && row <= a.bottom && a.right >= left && a.left <= right;
    const out = this.tree ? this.tree.search(left, row, right, row).map((i) => this.areas[i]!) : this.areas.filter(hit);
    return out.sort((a, b) => a.left - b.left);
  }
}
