/**
 * Entry of dist/functions.js: registers every JX function with Excel as soon as the script loads, so that
 * Excel can never call a function before it is registered. Built as a classic (non-module) script.
 */
import * as jx from "./functions";

type Host = { associate(id: string, fn: (...args: never[]) => unknown): void };

export const FUNCTION_IDS = Object.keys(jx) as (keyof typeof jx)[];

const host = (globalThis as { CustomFunctions?: Host }).CustomFunctions;
if (host) {
  for (const id of FUNCTION_IDS) host.associate(id, jx[id] as (...args: never[]) => unknown);
}
