/**
 * The command line over the engine:
 *   jixiao check <file.xlsx>... [--json] [--profile NAME|FILE]
 *   jixiao report <file.xlsx> [--outline 自评报告|评价报告] [--docx OUT.docx] [--fill OUT.xlsx] [--json] [--profile …]
 *   jixiao --version | --help
 * Exit 0: done, no errors; 1: the check found errors; 2: a file could not be read or written (or the command was
 * wrong).
 *
 * The commands are loaded only when asked for (the built CLI splits them into chunks), so --version and --help
 * start in the time node itself takes, and the Word export only loads for --docx.
 */
import { version } from "../../package.json";
import { clearInterruption } from "./files";
import type { Io } from "./io";
import { safeLine } from "./safe-text";
import { USAGE } from "./usage";

export type { Io } from "./io";
export { USAGE } from "./usage";

/** "jixiao 0.1.0", as --version prints it. */
export const VERSION = `jixiao ${version}`;

/** Checks one file (for the benchmark of 200 files in one command). */
export async function checkFile(...args: Parameters<typeof import("./check").checkFile>) {
  return (await import("./check")).checkFile(...args);
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  clearInterruption();
  const [command, ...rest] = argv;
  if (command === "check") return (await import("./check")).check(rest, io);
  if (command === "report") return (await import("./report")).report(rest, io);
  if (command === "--version" || command === "-V" || command === "-v" || command === "version") {
    io.out(VERSION);
    return 0;
  }
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    if (command === undefined) {
      io.err(USAGE);
      return 2;
    }
    io.out(USAGE);
    return 0;
  }
  io.err(`不认识的命令 ${safeLine(command)}\n\n${USAGE}`);
  return 2;
}
