#!/usr/bin/env node
// The jixiao command line (package.json "bin"): runs src/cli/main.ts through tsx's loader.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  color,
});
