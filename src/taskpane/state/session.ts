/**
 * The pane's view of the workbook: the last snapshot read (one round trip), its model, the profile its settings
 * ask for; the batches written from the pane, last first, for undo; and the refresh after the user's edits
 * (debounced, from the host's change events), so that no view shows a stale workbook. No React here: the views
 * read it through useSession().
 */
import { readModel } from "../../core/model/read";
import type { WorkbookSnapshot } from "../../core/model/snapshot";
import type { WorkbookModel } from "../../core/model/types";
import type { Profile } from "../../core/profile";
import { chooseProfile, type ProfileSource } from "../../core/framework";
import type { HostBatch, HostUndoResult, HostWriteResult, WorkbookHost } from "../../workbook/host";
import { HostError } from "../../workbook/host";
import { ReportDocumentSession } from "./report-document";

export interface WorkbookState {
  readonly snapshot: WorkbookSnapshot;
  readonly model: WorkbookModel;
  readonly profile: Profile;
  /** How the profile was chosen: the workbook's setting, the framework its table follows, or the default. */
  readonly profileSource: ProfileSource;
  /** Why the workbook's profile setting could not be used, or null. */
  readonly profileProblem: string | null;
  readonly customProfile: boolean;
  /** Increases with every read. */
  readonly version: number;
  /** The host's generation the workbook was read under (which workbook it is). */
  readonly generation: number;
}

export interface DoneBatch {
  /** What it was, in the pane's words: "修复 H17", "填写报告". */
  readonly label: string;
  readonly result: HostWriteResult;
}

export interface SessionState {
  readonly workbook: WorkbookState | null;
  readonly busy: "reading" | "writing" | null;
  /** The last failure, in Chinese, or null. */
  readonly error: string | null;
  /** Batches written from the pane, the last first. */
  readonly done: readonly DoneBatch[];
  /** The user changed the workbook since the last read and a refresh is due. */
  readonly stale: boolean;
}

const message = (error: unknown): string =>
  error instanceof HostError ? error.message : `出错了：${error instanceof Error ? error.message : String(error)}`;

export class PaneSession {
  private state: SessionState = { workbook: null, busy: null, error: null, done: [], stale: false };
  /** A report document (Word, PDF, text) opened beside the workbook, checked against it in the 报告 view. */
  readonly document = new ReportDocumentSession();
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private unwatch: (() => void) | null = null;
  private version = 0;
  /** The read under way, and the host's generation it started under. */
  private reading: { readonly generation: number; readonly promise: Promise<WorkbookState | null> } | null = null;

  constructor(
    readonly host: WorkbookHost,
    private readonly debounceMs = 800,
  ) {}

  get current(): SessionState {
    return this.state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionState => this.state;

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private generation(): number {
    return this.host.generation ?? 0;
  }

  /**
   * Reads the workbook (one round trip); concurrent calls share one read. Reads are keyed by the host's
   * generation: a call after another workbook took the place of the one being read starts a read of its own, and
   * a read that finishes after that is not shown (the newer workbook's read is, once it is done). The undo stack
   * belongs to a workbook, so it is emptied when another workbook is read.
   */
  refresh(): Promise<WorkbookState | null> {
    const generation = this.generation();
    if (this.reading?.generation === generation) return this.reading.promise;
    this.set({ busy: this.state.busy ?? "reading" });
    const promise = this.read(generation);
    const entry = { generation, promise };
    this.reading = entry;
    void promise.finally(() => {
      if (this.reading === entry) this.reading = null;
    });
    return promise;
  }

  /** For a read of a workbook no longer there: the workbook that took its place, read already or being read. */
  private newer(): Promise<WorkbookState | null> {
    const workbook = this.state.workbook;
    if (workbook?.generation === this.generation() && this.reading === null) return Promise.resolve(workbook);
    return this.refresh();
  }

  private async read(generation: number): Promise<WorkbookState | null> {
    const last = () => this.reading?.generation === generation;
    const idle = (): SessionState["busy"] => (this.state.busy === "reading" && last() ? null : this.state.busy);
    let workbook: WorkbookState;
    try {
      const snapshot = await this.host.read();
      if (this.generation() !== generation) return this.newer();
      const model = readModel(snapshot);
      const setting = chooseProfile(model, snapshot.settings);
      workbook = {
        snapshot,
        model,
        profile: setting.profile,
        profileSource: setting.source,
        profileProblem: setting.problem,
        customProfile: setting.custom,
        version: ++this.version,
        generation,
      };
    } catch (error) {
      if (this.generation() !== generation) return this.newer();
      this.set({ error: message(error), busy: idle() });
      return null;
    }
    const other = this.state.workbook !== null && this.state.workbook.generation !== generation;
    this.set({ workbook, error: null, stale: false, busy: idle(), ...(other ? { done: [] } : {}) });
    return workbook;
  }

  /** Writes one batch, remembers it for undo, and reads the workbook again. */
  async write(batch: HostBatch, label: string): Promise<HostWriteResult | null> {
    this.set({ busy: "writing", error: null });
    try {
      const result = await this.host.write(batch);
      const done = result.applied.length > 0 || result.createdSheets.length > 0 || result.previousSettings;
      this.set({ busy: null, done: done ? [{ label, result }, ...this.state.done] : this.state.done });
      await this.refresh();
      return result;
    } catch (error) {
      this.set({ busy: null, error: message(error) });
      return null;
    }
  }

  /**
   * Any other batch the host makes (a template inserted): recorded for undo like `write`, then the workbook read
   * again. Rejects with the host's error (the view shows it in its place).
   */
  async perform<R extends HostWriteResult>(label: string, work: (host: WorkbookHost) => Promise<R>): Promise<R> {
    this.set({ busy: "writing", error: null });
    let result: R;
    try {
      result = await work(this.host);
    } finally {
      this.set({ busy: null });
    }
    this.set({ done: [{ label, result }, ...this.state.done] });
    await this.refresh();
    return result;
  }

  /** Undoes the last batch written from the pane. */
  async undo(): Promise<HostUndoResult | null> {
    const [last, ...rest] = this.state.done;
    if (!last) return null;
    this.set({ busy: "writing", error: null });
    try {
      const result = await this.host.undo(last.result);
      this.set({ busy: null, done: rest });
      await this.refresh();
      return result;
    } catch (error) {
      this.set({ busy: null, error: message(error) });
      return null;
    }
  }

  /** Reads again a moment after the user's last edit. */
  watch(): void {
    if (this.unwatch) return;
    this.unwatch = this.host.onChanged(() => {
      this.set({ stale: true });
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.refresh();
      }, this.debounceMs);
    });
  }

  dispose(): void {
    this.unwatch?.();
    this.unwatch = null;
    if (this.timer) clearTimeout(this.timer);
    this.listeners.clear();
    this.document.dispose();
  }
}
