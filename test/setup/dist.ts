/** For the tests of dist/: the path of a built file, and a failure with the build's message if it failed. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DIST = path.join(ROOT, "dist");

/** The text of dist/<file>; throws with the build's error if dist/ could not be built. */
export function readDist(file: string): string {
  const error = inject("distBuildError");
  if (error) throw new Error(error);
  const full = path.join(DIST, file);
  if (!existsSync(full)) throw new Error(`dist/${file} 不存在，请先运行 npm run build。 / dist/${file} is missing.`);
  return readFileSync(full, "utf8");
}

/**
 * A value computed on first use and kept, or the error it threw, thrown again at every use: each test that
 * needs dist/ fails with the build's message (a failing beforeAll would only mark the tests skipped).
 */
export function once<T>(compute: () => T): () => T {
  let state: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  return () => {
    if (!state) {
      try {
        state = { ok: true, value: compute() };
      } catch (error) {
        state = { ok: false, error };
      }
    }
    if (!state.ok) throw state.error;
    return state.value;
  };
}
