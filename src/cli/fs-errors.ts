/**
 * A file-system error told in Chinese, naming the file: 不存在、没有权限、是文件夹、磁盘已满、只读 …, and for any
 * other error a generic line. Node's own text ("ENOENT: no such file or directory, open …") is never shown.
 */

import { DEFAULT_LIMITS, limitMessage } from "../workbook/limits";

/** A file the commands will not read: not a regular file, or larger than the reader's bound. */
export class FileRefusal extends Error {
  override readonly name = "FileRefusal";
  constructor(
    readonly kind: "notFile" | "tooLarge",
    readonly limit = 0,
  ) {
    super(kind);
  }
}

/** What the command was doing with the file. */
export type FileAction = "read" | "write";

const VERB: Record<FileAction, string> = { read: "读取", write: "写入" };

/** The reason for an errno code, in Chinese; null for a code without a reason of its own. */
function reasonOf(code: string | undefined, action: FileAction): string | null {
  const verb = VERB[action];
  switch (code) {
    case "ENOENT":
      return action === "read" ? "文件不存在" : "所在文件夹不存在";
    case "ENOTDIR":
      return "路径中有一段不是文件夹";
    case "EISDIR":
      return "这是一个文件夹，不是文件";
    case "EACCES":
      return `没有权限${verb}`;
    case "EPERM":
      return `没有权限${verb}，或文件正被其他程序（如 Excel）打开`;
    case "EBUSY":
    case "ETXTBSY":
      return "文件正被其他程序（如 Excel）使用，请关闭后重试";
    case "EROFS":
      return "所在磁盘是只读的，无法写入";
    case "ENOSPC":
      return "磁盘已满，未能写入";
    case "EDQUOT":
      return "磁盘配额已用完，未能写入";
    case "EFBIG":
      return "文件过大";
    case "ENAMETOOLONG":
      return "文件名或路径过长";
    case "ELOOP":
      return "符号链接（快捷方式）层层相指，找不到实际文件";
    case "EMFILE":
    case "ENFILE":
      return "同时打开的文件过多，请稍后重试";
    case "EIO":
      return `${verb}磁盘时出错（磁盘或网络位置可能有问题）`;
    case "ENXIO":
    case "ENODEV":
      return "这不是普通文件（是设备）";
    case "EINVAL":
      return "文件名或路径无效";
    case "EAGAIN":
    case "EWOULDBLOCK":
      return "文件暂时无法访问，请稍后重试";
    case "ETIMEDOUT":
    case "ECONNRESET":
    case "ECONNREFUSED":
    case "EHOSTDOWN":
    case "EHOSTUNREACH":
    case "ENETDOWN":
    case "ENETUNREACH":
    case "ESTALE":
      return "网络位置无法访问";
    case "EEXIST":
      return "同名文件已存在";
    case "EXDEV":
      return "不能跨磁盘移动文件";
    default:
      return null;
  }
}

/** The errno code of an error thrown by node:fs, if any. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Why a file could not be read or written, without the file's name: "文件不存在", "磁盘已满，未能写入". */
export function fsReason(error: unknown, action: FileAction): string {
  if (error instanceof FileRefusal)
    return error.kind === "notFile"
      ? "这不是普通文件（是设备、管道或套接字），未读取"
      : limitMessage("fileBytes", { ...DEFAULT_LIMITS, fileBytes: error.limit });
  return reasonOf(errnoOf(error), action) ?? `无法${VERB[action]}文件`;
}
