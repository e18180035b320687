/**
 * The command line over the engine:
 *   jixiao check <file.xlsx>... [--json] [--profile NAME|FILE]
 *   jixiao report <file.xlsx> [--outline 自评报告|评价报告] [--docx OUT] [--fill OUT.xlsx] [--json] [--profile …]
 * Exit 0: done, no errors; 1: the check found errors; 2: a file could not be read (or the command was wrong).
 */
import { check } from "./check";
import type { Io } from "./io";
import { report } from "./report";
import { USAGE } from "./usage";

export { checkFile } from "./check";
export type { Io } from "./io";
export { USAGE } from "./usage";

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "check") return check(rest, io);
  if (command === "report") return report(rest, io);
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  io.err(`不认识的命令 ${command}\n\n${USAGE}`);
  return 2;
}
