/** Types of scripts/build-cli.js (plain JavaScript, so that bin/jixiao.js can run it without tsx). */
export declare const ROOT: string;
export declare const CLI_ENTRY: string;
export declare const CLI_OUT: string;
export declare function buildCli(options?: {
  readonly outDir?: string;
  readonly root?: string;
}): Promise<{ readonly files: string[]; readonly inputs: string[] }>;
