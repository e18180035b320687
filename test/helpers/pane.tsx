/**
 * Rendering a view of the task pane as Excel would run it, for component tests (vitest + Testing Library, jsdom):
 * the fake Excel holding a workbook (a sample's snapshot by default), the real office host over it, a session,
 * and the pane's providers.
 *
 *   const pane = await renderPane(<CheckView />, { sample: "000-honggutan-2022" });
 *   await pane.user.click(screen.getByRole("button", { name: "检查" }));
 *   expect(pane.fake.selection).toEqual({ sheet: "绩效自评表", address: "H17" });
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, type RenderResult } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { afterEach } from "vitest";
import type { WorkbookSnapshot } from "../../src/core/model/snapshot";
import { PaneProvider, type Language } from "../../src/taskpane/state/pane-context";
import { PaneSession } from "../../src/taskpane/state/session";
import { officeHost } from "../../src/workbook/office-host";
import {
  createFakeExcel,
  settingsFromSnapshot,
  sheetsFromSnapshot,
  type FakeExcel,
  type FakeSettings,
} from "../fakes/fake-excel";
import { sampleSnapshot } from "./sample-snapshot";

// jsdom has no ResizeObserver, which Fluent's MessageBar and overflow components observe with.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;
if (typeof window !== "undefined") window.ResizeObserver ??= globalThis.ResizeObserver;

/**
 * jsdom lays nothing out, so Fluent's focus manager (tabster) takes every element for hidden and Tab leaves the
 * page. For keyboard tests: elements get their parent as offsetParent and the page a size. Returns the undo.
 */
export function layoutForTabster(): () => void {
  const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent");
  const rect = HTMLElement.prototype.getBoundingClientRect;
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    return this === document.body ? new DOMRect(0, 0, 400, 800) : rect.call(this);
  };
  return () => {
    if (offsetParent) Object.defineProperty(HTMLElement.prototype, "offsetParent", offsetParent);
    HTMLElement.prototype.getBoundingClientRect = rect;
  };
}

// vitest runs without globals, so Testing Library cannot unmount by itself between tests.
const sessions: PaneSession[] = [];
afterEach(() => {
  cleanup();
  for (const s of sessions.splice(0)) s.dispose();
});

export interface SavedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mimeType: string;
}

export interface RenderedPane extends RenderResult {
  readonly fake: FakeExcel;
  readonly store: FakeSettings;
  readonly session: PaneSession;
  readonly saved: SavedFile[];
  readonly user: ReturnType<typeof userEvent.setup>;
}

export interface PaneOptions {
  /** A sample workbook (samples/<id>.xlsx), or a snapshot; default sample 000. */
  readonly sample?: string;
  readonly snapshot?: WorkbookSnapshot;
  readonly language?: Language;
  /** Read the workbook before rendering (default true), as the app does when it opens. */
  readonly read?: boolean;
  readonly debounceMs?: number;
}

export async function renderPane(ui: ReactElement, options: PaneOptions = {}): Promise<RenderedPane> {
  const snapshot = options.snapshot ?? (await sampleSnapshot(options.sample ?? "000-honggutan-2022"));
  const fake = createFakeExcel(sheetsFromSnapshot(snapshot));
  const store = settingsFromSnapshot(snapshot);
  const saved: SavedFile[] = [];
  const host = officeHost({
    run: (batch) => fake.run(batch),
    store,
    save: async (name, bytes, mimeType) => void saved.push({ name, bytes, mimeType }),
    ownWriteWindowMs: 0,
  });
  const session = new PaneSession(host, options.debounceMs ?? 10);
  sessions.push(session);
  if (options.read !== false) await session.refresh();
  const language = options.language ?? "zh-CN";
  const rendered = render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider
        value={{ session, language, setLanguage: () => {}, languageChoice: null, officeLanguage: language }}
      >
        {ui}
      </PaneProvider>
    </FluentProvider>,
  );
  return { ...rendered, fake, store, session, saved, user: userEvent.setup() };
}
