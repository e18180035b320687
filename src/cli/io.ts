/** Where a command writes, and what it reads and writes files with. */
import type { FileSystem } from "./files";

export interface Io {
  /** Standard output: the result (findings, the report, JSON). */
  readonly out: (text: string) => void;
  /** Standard error: every message (what could not be read or written, what was written, usage). */
  readonly err: (text: string) => void;
  /** Whether colours may be used on standard output. */
  readonly color: boolean;
  /** The file system; node:fs when not given (tests give another to simulate what this machine cannot). */
  readonly fs?: FileSystem;
}
