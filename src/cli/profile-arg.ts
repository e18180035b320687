/** The --profile option of the commands: a built-in profile id, or a profile JSON file. */
import path from "node:path";
import { findProfile, parseProfile, type Profile } from "../core/profile";
import { NODE_FS, type FileSystem } from "./files";
import { fsReason } from "./fs-errors";
import { safeLine } from "./safe-text";

/** The profile named (default: national), or the Chinese reason it cannot be had (one line). */
export async function loadProfile(spec: string | null, fs: FileSystem = NODE_FS): Promise<Profile | string> {
  const builtIn = findProfile(spec);
  if (builtIn.ok) return builtIn.value;
  if (spec && /\.json$/i.test(spec)) {
    let text: string;
    try {
      text = new TextDecoder().decode(await fs.readFile(spec, 1 << 20));
    } catch (e) {
      return `读不到规则口径文件 ${safeLine(spec)}：${fsReason(e, "read")}`;
    }
    const parsed = parseProfile(text, path.basename(spec));
    return parsed.ok ? parsed.value : safeLine(parsed.message);
  }
  return safeLine(builtIn.message);
}
