// @vitest-environment jsdom
/**
 * The 设置 view: the rule profile saved in the workbook (so the next read uses it), a unit's own profile file
 * read and saved whole, a broken file refused with its reason, and the language choice.
 */
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import national from "../src/core/profiles/national.json";
import { SettingsView } from "../src/taskpane/settings/SettingsView";
import { renderPane } from "./helpers/pane";

const settingsOf = (saved: Readonly<Record<string, unknown>>) => (saved["jixiao"] ?? {}) as Record<string, string>;

function upload(input: HTMLElement, name: string, text: string) {
  const file = new File([text], name, { type: "application/json" });
  fireEvent.change(input, { target: { files: [file] } });
}

describe("the 设置 view", () => {
  it("saves a built-in profile in the workbook, and the session then checks by it", async () => {
    const pane = await renderPane(<SettingsView />);
    expect(screen.getByText("当前：全国通用（财预〔2020〕10号）")).toBeTruthy();
    await pane.user.click(screen.getByRole("radio", { name: "地方从严口径" }));
    await pane.user.click(screen.getByRole("button", { name: "保存到工作簿" }));
    await screen.findByText("已把规则口径“地方从严口径”保存到工作簿。");
    expect(settingsOf(pane.store.saved).profile).toBe(JSON.stringify("strict-local"));
    expect(pane.session.current.workbook?.profile.id).toBe("strict-local");
    expect(pane.session.current.done[0]?.label).toBe("设置规则口径：地方从严口径");
  });

  it("reads a unit's own profile file and saves it whole", async () => {
    const pane = await renderPane(<SettingsView />);
    upload(
      screen.getByLabelText("使用口径文件（.json）…", { selector: "input" }),
      "本县口径.json",
      JSON.stringify({ ...national, id: "my-county", name: "本县口径" }),
    );
    await screen.findByText("已读入口径文件“本县口径.json”，保存后生效。");
    expect((screen.getByRole("radio", { name: "本单位口径：本县口径" }) as HTMLInputElement).checked).toBe(true);
    await pane.user.click(screen.getByRole("button", { name: "保存到工作簿" }));
    await screen.findByText("已把规则口径“本县口径”保存到工作簿。");
    expect(JSON.parse(settingsOf(pane.store.saved).profile!).id).toBe("my-county");
    expect(pane.session.current.workbook?.customProfile).toBe(true);
  });

  it("refuses a broken profile file with the field at fault", async () => {
    await renderPane(<SettingsView />);
    upload(
      screen.getByLabelText("使用口径文件（.json）…", { selector: "input" }),
      "坏口径.json",
      JSON.stringify({ ...national, reverseMethod: "linear" }),
    );
    expect(await screen.findByText(/坏口径\.json：.*reverseMethod/)).toBeTruthy();
  });

  it("lets the user choose the language, following Office by default", async () => {
    const setLanguage = vi.fn();
    const pane = await renderPane(<SettingsView />);
    pane.unmount();
    const { PaneProvider } = await import("../src/taskpane/state/pane-context");
    const { render } = await import("@testing-library/react");
    render(
      <PaneProvider
        value={{ session: pane.session, language: "zh-CN", languageChoice: null, officeLanguage: "zh-CN", setLanguage }}
      >
        <SettingsView />
      </PaneProvider>,
    );
    expect((screen.getByRole("radio", { name: "跟随 Office（当前：中文）" }) as HTMLInputElement).checked).toBe(true);
    await pane.user.click(screen.getByRole("radio", { name: "English" }));
    expect(setLanguage).toHaveBeenCalledWith("en-US");
  });
});
