/**
 * The process around the command line (the entry of the built CLI, dist/cli/run.js, which bin/jixiao.js runs):
 * standard output and error, colour on a terminal unless NO_COLOR, the exit code; Ctrl-C or termination during a
 * write lets the write finish its system call, then removes the unfinished temporary file (the target stays as it
 * was; a second Ctrl-C does not wait); anything unforeseen is one Chinese line, never a stack trace.
 */
import { interruptWrites, removeUnfinishedWrites, writing } from "./files";
import { main } from "./main";

/** Standard output closed early (`jixiao check … | head`): stop quietly. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
}

/** The exit code of the signal that interrupted a write, once one has. */
let interruptedWith: number | null = null;

export async function run(argv: readonly string[]): Promise<number> {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    const exitCode = signal === "SIGINT" ? 130 : 143;
    process.on(signal, () => {
      if (interruptedWith === null && writing()) {
        // The write under way stops at its next step and removes its temporary file; report() then says so.
        interruptedWith = exitCode;
        interruptWrites();
        return;
      }
      // Nothing is being written, or a second Ctrl-C that will not wait.
      const removed = removeUnfinishedWrites();
      process.stderr.write(removed > 0 ? "已中断：未写完的文件已删除，原有文件未改动。\n" : "已中断。\n");
      process.exit(exitCode);
    });
  }
  quietOnClosedPipe(process.stdout);
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  try {
    const code = await main(argv, {
      out: (text) => void process.stdout.write(`${text}\n`),
      err: (text) => void process.stderr.write(`${text}\n`),
      color,
    });
    return interruptedWith ?? code;
  } catch (error) {
    const removed = removeUnfinishedWrites() > 0 ? "未写完的文件已删除。" : "";
    const missing = (error as { code?: unknown } | null)?.code === "ERR_MODULE_NOT_FOUND";
    process.stderr.write(
      missing
        ? `jixiao 无法运行，缺少依赖的软件包：请在 jixiao 目录运行 npm ci 后重试。${removed}\n`
        : `jixiao 内部出错。${removed}请把所用的文件和命令发给开发者。\n`,
    );
    return 2;
  }
}
