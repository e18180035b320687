/** The --profile option of the commands: a built-in profile id, or a profile JSON file. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { findProfile, parseProfile, type Profile } from "../core/profile";

/** The profile named (default: national), or the Chinese reason it cannot be had. */
export async function loadProfile(spec: string | null): Promise<Profile | string> {
  const builtIn = findProfile(spec);
  if (builtIn.ok) return builtIn.value;
  if (spec && /\.json$/i.test(spec)) {
    let text: string;
    try {
      text = await readFile(spec, "utf8");
    } catch {
      return `读不到规则口径文件 ${spec}`;
    }
    const parsed = parseProfile(text, path.basename(spec));
    return parsed.ok ? parsed.value : parsed.message;
  }
  return builtIn.message;
}
