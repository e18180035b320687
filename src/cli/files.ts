/**
 * Files for the commands: what a path names (through links, and ignoring letter case where the file system
 * does), whether two paths name one file, and writing a file so that a failure at any point leaves no
 * half-written file and the old one as it was.
 *
 * Everything goes through a `FileSystem` (node:fs by default), the seam the tests use to simulate what this
 * machine cannot show: a case-insensitive file system, a full disk, a write cut short.
 */
import { randomBytes } from "node:crypto";
import * as fsp from "node:fs/promises";
import { constants as fsConstants, unlinkSync } from "node:fs";
import path from "node:path";
import { FileRefusal, fsReason } from "./fs-errors";

/** What the commands need to know of a file: identity (dev, ino, exact as bigint) and kind. */
export interface FileInfo {
  readonly dev: bigint;
  readonly ino: bigint;
  readonly mode: bigint;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface FileSystem {
  /** The bytes of a regular file of at most `maxBytes`, its kind and size checked before a byte is read (a
   *  folder, a device, a pipe or a file past the bound is refused: FileRefusal). */
  readFile(file: string, maxBytes?: number): Promise<Uint8Array>;
  /** Follows symbolic links. */
  stat(file: string): Promise<FileInfo>;
  /** Does not follow a symbolic link. */
  lstat(file: string): Promise<FileInfo>;
  realpath(file: string): Promise<string>;
  /** The names in a folder (not its subfolders' names' contents). */
  readdir?(dir: string): Promise<string[]>;
  /** Creates `file`, which must not exist, with `bytes`, flushed to the disk, and closes it; `mode` when given. */
  writeNew(file: string, bytes: Uint8Array, mode?: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** For the interrupt handler, which cannot wait. */
  unlinkSync(file: string): void;
  /** Whether names in `dir` (a real path) are compared ignoring letter case (Windows, macOS by default). */
  ignoresCase(dir: string): Promise<boolean>;
}

function swapCase(text: string): string {
  let out = "";
  for (const ch of text) {
    const upper = ch.toUpperCase();
    out += upper === ch ? ch.toLowerCase() : upper;
  }
  return out;
}

/** node:fs. Case is probed by looking the folder up under its own name with the letters' case swapped: on a
 *  file system that ignores case it is the same folder. A name without letters says nothing: then the
 *  platform's default (Windows and macOS ignore case). */
export const NODE_FS: FileSystem = {
  async readFile(file, maxBytes = Number.MAX_SAFE_INTEGER) {
    // Opened without blocking, so that a named pipe cannot hold the command; its kind is then read from the
    // open file itself, not from the name (which may change in between).
    const handle = await fsp.open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    try {
      const info = await handle.stat();
      if (info.isDirectory()) throw Object.assign(new Error("a folder"), { code: "EISDIR" });
      if (!info.isFile()) throw new FileRefusal("notFile");
      if (info.size > maxBytes) throw new FileRefusal("tooLarge", maxBytes);
      // Read at most one byte past the bound: a file that grows after the stat is caught too.
      const buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) {
          if (length > maxBytes) throw new FileRefusal("tooLarge", maxBytes);
          break;
        }
      }
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  },
  stat: (file) => fsp.stat(file, { bigint: true }),
  lstat: (file) => fsp.lstat(file, { bigint: true }),
  realpath: (file) => fsp.realpath(file),
  readdir: (dir) => fsp.readdir(dir),
  async writeNew(file, bytes, mode) {
    const handle = await fsp.open(file, "wx", 0o666);
    try {
      if (mode !== undefined) await handle.chmod(mode);
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (file) => fsp.unlink(file),
  unlinkSync: (file) => unlinkSync(file),
  async ignoresCase(dir) {
    const base = path.basename(dir);
    const swapped = swapCase(base);
    if (base === "" || swapped === base) return process.platform === "win32" || process.platform === "darwin";
    try {
      const [a, b] = await Promise.all([
        fsp.stat(dir, { bigint: true }),
        fsp.stat(path.join(path.dirname(dir), swapped), { bigint: true }),
      ]);
      return a.dev === b.dev && a.ino === b.ino;
    } catch {
      return false;
    }
  },
};

/** A file the command was asked to write, as it will be written. */
export interface OutputPlace {
  /** As given on the command line. */
  readonly given: string;
  /** The file written: the real path, through any symbolic link (the link stays a link). */
  readonly target: string;
  /** The file there now, if any (followed through links). */
  readonly existing: FileInfo | null;
  /** Whether the folder compares names ignoring case. */
  readonly ignoresCase: boolean;
}

/** A file the command reads, as far as it exists. */
export interface InputPlace {
  readonly given: string;
  readonly real: string | null;
  readonly info: FileInfo | null;
  readonly ignoresCase: boolean;
}

/** Why an output cannot be written there, in Chinese, without the file's name. */
export class PlaceError extends Error {
  override readonly name = "PlaceError";
}

/** What a file to be read is (null parts where it does not exist: reading it will say so). */
export async function inputPlace(file: string, fs: FileSystem): Promise<InputPlace> {
  try {
    const real = await fs.realpath(file);
    const info = await fs.stat(real);
    return { given: file, real, info, ignoresCase: await fs.ignoresCase(path.dirname(real)) };
  } catch {
    return { given: file, real: null, info: null, ignoresCase: false };
  }
}

/**
 * Where an output goes, or a PlaceError saying why it cannot: its folder is missing or not a folder, it is a
 * folder, a device or anything but a plain file, a symbolic link to nowhere, or a file marked read-only.
 */
export async function outputPlace(file: string, fs: FileSystem): Promise<OutputPlace> {
  let link: FileInfo | null = null;
  try {
    link = await fs.lstat(file);
  } catch (e) {
    if ((e as { code?: string }).code !== "ENOENT") throw new PlaceError(fsReason(e, "write"));
  }
  if (link === null) {
    const folder = path.dirname(path.resolve(file));
    let dir: FileInfo;
    try {
      dir = await fs.stat(folder);
    } catch (e) {
      const code = (e as { code?: string }).code;
      throw new PlaceError(code === "ENOENT" ? "所在文件夹不存在" : fsReason(e, "write"));
    }
    if (!dir.isDirectory()) throw new PlaceError("路径中有一段不是文件夹");
    const realFolder = await fs.realpath(folder).catch((e: unknown) => {
      throw new PlaceError(fsReason(e, "write"));
    });
    const target = path.join(realFolder, path.basename(file));
    return { given: file, target, existing: null, ignoresCase: await fs.ignoresCase(realFolder) };
  }
  let info: FileInfo;
  try {
    info = await fs.stat(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (link.isSymbolicLink() && (code === "ENOENT" || code === "ENOTDIR")) {
      throw new PlaceError("这是指向不存在位置的符号链接（快捷方式），请直接写出实际文件名");
    }
    throw new PlaceError(fsReason(e, "write"));
  }
  if (info.isDirectory()) throw new PlaceError("这是一个文件夹，不是文件：请写出文件名");
  if (!info.isFile()) throw new PlaceError("这不是普通文件（是设备、管道等），不能写入");
  // Replacing the file by a rename would pass over its read-only mark (the folder allows it): refused, as a
  // write into it would be.
  if ((info.mode & 0o222n) === 0n) throw new PlaceError("这个文件是只读的，未写入：请先取消只读，或另取文件名");
  const target = await fs.realpath(file).catch((e: unknown) => {
    throw new PlaceError(fsReason(e, "write"));
  });
  return { given: file, target, existing: info, ignoresCase: await fs.ignoresCase(path.dirname(target)) };
}

/** A path compared as the file system compares it. */
function nameKey(real: string, ignoresCase: boolean): string {
  return ignoresCase ? real.normalize("NFC").toLowerCase() : real;
}

type Place = { readonly path: string | null; readonly info: FileInfo | null; readonly ignoresCase: boolean };

const placeOfInput = (p: InputPlace): Place => ({ path: p.real, info: p.info, ignoresCase: p.ignoresCase });
const placeOfOutput = (p: OutputPlace): Place => ({ path: p.target, info: p.existing, ignoresCase: p.ignoresCase });

function samePlace(a: Place, b: Place): boolean {
  // One file under two names (a hard link, a symbolic link, another letter case on a file system ignoring it).
  // Some file systems (network shares, FAT on Windows) give no inode number: 0 then says nothing.
  if (a.info && b.info && a.info.ino !== 0n && a.info.dev === b.info.dev && a.info.ino === b.info.ino) return true;
  if (a.path === null || b.path === null) return false;
  const fold = a.ignoresCase || b.ignoresCase;
  return nameKey(a.path, fold) === nameKey(b.path, fold);
}

/** Whether writing `output` would write over the file read as `input`. */
export function sameAsInput(output: OutputPlace, input: InputPlace): boolean {
  return samePlace(placeOfOutput(output), placeOfInput(input));
}

/** Whether two outputs are one file. */
export function sameOutput(a: OutputPlace, b: OutputPlace): boolean {
  return samePlace(placeOfOutput(a), placeOfOutput(b));
}

// ---------------------------------------------------------------------------------------------------------
// Writing

/** Temporary files being written. */
const unfinished = new Map<string, FileSystem>();

/** Set when the command is asked to stop (Ctrl-C) while a write is under way: the write stops at its next step. */
let stopping = false;

/** The write was stopped by an interruption: its temporary file is removed, the target untouched. */
export class WriteInterrupted extends Error {
  override readonly name = "WriteInterrupted";
  constructor() {
    super("已中断");
  }
}

/** Whether a write is under way. */
export function writing(): boolean {
  return unfinished.size > 0;
}

/**
 * Asks the writes under way, and any write after them, to stop: each finishes the system call it is in (a signal
 * handler cannot wait for the disk, and removing a file that the disk is still creating would leave it behind),
 * then removes its temporary file and throws WriteInterrupted. For Ctrl-C and termination.
 */
export function interruptWrites(): void {
  stopping = true;
}

/** A new command: no interruption pending (the tests run several commands in one process). */
export function clearInterruption(): void {
  stopping = false;
}

/**
 * Writes `bytes` to the output: into a new temporary file in the target's own folder (so the rename stays on
 * one disk), flushed, then renamed over the target in one step. Until the rename the target is untouched; after
 * it, it is whole. A failure at any point, or an interruption (interruptWrites), removes the temporary file and
 * throws. An existing target's permissions are kept.
 */
export async function writeAtomically(place: OutputPlace, bytes: Uint8Array, fs: FileSystem): Promise<void> {
  if (stopping) throw new WriteInterrupted();
  const folder = path.dirname(place.target);
  const temp = path.join(folder, `.jixiao-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
  const mode = place.existing ? Number(place.existing.mode & 0o7777n) : undefined;
  unfinished.set(temp, fs);
  try {
    await fs.writeNew(temp, bytes, mode);
    if (stopping) throw new WriteInterrupted();
    await fs.rename(temp, place.target);
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined);
    throw stopping ? new WriteInterrupted() : e;
  } finally {
    unfinished.delete(temp);
  }
}

/** Removes at once the temporary files of writes under way, for a second Ctrl-C that cannot wait (a file the
 *  disk is still creating may then stay behind). Returns how many were removed. */
export function removeUnfinishedWrites(): number {
  let removed = 0;
  for (const [temp, fs] of unfinished) {
    try {
      fs.unlinkSync(temp);
      removed++;
    } catch {
      // Not created yet, or already gone.
    }
    unfinished.delete(temp);
  }
  return removed;
}
