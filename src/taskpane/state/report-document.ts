/**
 * The report document open beside the workbook: a Word, PDF or text report the user chose in the 报告 view or
 * dropped on the preview, read in the page (never uploaded) and kept until it is cleared or another one opens. A
 * file that does not read leaves the one before as it was and says why, in the reader's one Chinese line. Reads
 * race like the preview's opens: only the last file asked for lands. No React here: the views read it through
 * useReportDocument(). The reader (and pdf.js, for a PDF) is loaded at the first file.
 */
import type { DocumentRead } from "../../workbook/document/types";

/** A file the user gave (a File in the page). */
export interface ReportFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ReportDocumentState {
  /** The document read last, with its file's name; null before the first or after 清除. */
  readonly document: { readonly fileName: string; readonly read: DocumentRead } | null;
  /** The file being read, or null. */
  readonly reading: string | null;
  /** Why the last file asked for could not be read (one Chinese line), or null. */
  readonly error: string | null;
  /** Counts the files asked for, so that the pane can show its 报告 view when one is opened from outside it. */
  readonly asked: number;
}

export class ReportDocumentSession {
  private state: ReportDocumentState = { document: null, reading: null, error: null, asked: 0 };
  private readonly listeners = new Set<() => void>();
  /** The last file asked for (a read that finishes after a later one was asked, or after 清除, is dropped). */
  private ticket = 0;

  get current(): ReportDocumentState {
    return this.state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ReportDocumentState => this.state;

  private set(patch: Partial<ReportDocumentState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** Reads a file as the report document. Never rejects: a failure is the state's `error`. */
  async open(file: ReportFile): Promise<void> {
    const ticket = ++this.ticket;
    this.set({ reading: file.name, error: null, asked: this.state.asked + 1 });
    const failed = (error: string) => {
      if (ticket === this.ticket) this.set({ reading: null, error });
    };
    let reader: typeof import("../../workbook/document/page");
    try {
      reader = await import("../../workbook/document/page");
    } catch {
      return failed(`“${file.name}”未能读取：读取报告的组件没有加载成功，请刷新页面后再试。`);
    }
    let read: DocumentRead;
    try {
      read = await reader.readPageFile(file);
    } catch (error) {
      // The reader rejects only with a DocumentReadError, whose message is the command line's line for the file.
      return failed(
        error instanceof reader.DocumentReadError
          ? error.message
          : `“${file.name}”：读取报告时程序出错，请把文件发给开发者`,
      );
    }
    if (ticket === this.ticket) this.set({ document: { fileName: file.name, read }, reading: null, error: null });
  }

  /** Drops the document (and a file being read). */
  clear(): void {
    this.ticket++;
    this.set({ document: null, reading: null, error: null });
  }

  dispose(): void {
    this.listeners.clear();
  }
}
