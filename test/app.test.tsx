// @vitest-environment jsdom
/**
 * The pane as a whole over sample 000 in the fake Excel: the tabs, reachable with the keyboard; the undo bar
 * after a write, undoing it as a whole; the session's failures shown in Chinese; outside Excel, only the
 * function reference with a word on why; and the dark theme.
 */
import { act, render, screen, within } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { App } from "../src/taskpane/App";
import { layoutForTabster, renderPane } from "./helpers/pane";

let restoreLayout = () => {};
beforeAll(() => void (restoreLayout = layoutForTabster()));
afterAll(() => restoreLayout());

async function renderApp(initialView?: "check" | "report" | "template" | "settings" | "functions") {
  const pane = await renderPane(<></>);
  pane.unmount();
  const services = {
    session: pane.session,
    language: "zh-CN",
    languageChoice: null,
    officeLanguage: "zh-CN",
    setLanguage: () => {},
  } as const;
  const app = render(<App theme="light" services={services} {...(initialView ? { initialView } : {})} />);
  return { ...pane, app };
}

describe("the task pane", () => {
  it("opens on 检查 with the five views as tabs, the unit and the profile in its header", async () => {
    await renderApp();
    const tablist = within(screen.getByRole("tablist", { name: "功能" }));
    expect(tablist.getAllByRole("tab")).toHaveLength(5);
    for (const name of ["检查", "报告", "模板", "设置", "函数"])
      expect(tablist.getByRole("tab", { name })).toBeTruthy();
    expect(tablist.getByRole("tab", { name: "检查" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByText(/^南昌市公安局红谷滩分局\s规则口径：全国通用（财预〔2020〕10号）$/)).toBeTruthy();
  });

  it("moves between the views with the keyboard alone", async () => {
    const pane = await renderApp();
    const first = screen.getByRole("tab", { name: "检查" });
    first.focus();
    await pane.user.keyboard("{ArrowRight}{Enter}");
    expect(screen.getByRole("tab", { name: "报告" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("button", { name: "生成报告" })).toBeTruthy();
    await pane.user.keyboard("{ArrowRight}{ArrowRight}{Enter}");
    expect(screen.getByRole("main", { name: "设置" })).toBeTruthy();
    expect(await screen.findByRole("radio", { name: "地方从严口径" })).toBeTruthy();
  });

  it("offers to undo the last write from the pane, as a whole", async () => {
    const pane = await renderApp("settings");
    await pane.user.click(await screen.findByRole("radio", { name: "地方从严口径" }));
    await pane.user.click(screen.getByRole("button", { name: "保存到工作簿" }));
    await screen.findByText("上一步：设置规则口径：地方从严口径");
    expect(pane.session.current.workbook?.profile.id).toBe("strict-local");
    await pane.user.click(screen.getByRole("button", { name: "撤销" }));
    await screen.findByText("已撤销：设置规则口径：地方从严口径。");
    expect(pane.session.current.workbook?.profile.id).toBe("national");
  });

  it("says in Chinese why the workbook could not be read (an edit in progress), and keeps what it had", async () => {
    const pane = await renderApp();
    pane.fake.editMode = true;
    await act(() => pane.session.refresh());
    expect(screen.getByRole("status").textContent).toMatch(/编辑/);
    expect(screen.getByText(/南昌市公安局红谷滩分局/)).toBeTruthy();
  });

  it("outside Excel shows the function reference and why the rest is missing", () => {
    render(<App theme="dark" />);
    expect(screen.getAllByRole("tab")).toHaveLength(1);
    expect(screen.getByRole("tab", { name: "函数" })).toBeTruthy();
    expect(screen.getByText(/没有连接到 Excel 工作簿/)).toBeTruthy();
    expect(screen.getByText("JX.EXECRATE")).toBeTruthy();
  });

  it("shows why it cannot work in an old Excel", () => {
    render(
      <App
        theme="light"
        problem="这个版本的 Excel 太旧（需要 ExcelApi 1.13：Excel 2021、Microsoft 365 或网页版），绩效自评助手无法读取工作簿"
      />,
    );
    expect(screen.getByText(/这个版本的 Excel 太旧/)).toBeTruthy();
  });

  it("speaks English when the language is English", async () => {
    const pane = await renderPane(<></>);
    pane.unmount();
    render(
      <App
        theme="light"
        services={{
          session: pane.session,
          language: "en-US",
          languageChoice: "en-US",
          officeLanguage: "zh-CN",
          setLanguage: () => {},
        }}
      />,
    );
    for (const name of ["Check", "Report", "Template", "Settings", "Functions"])
      expect(screen.getByRole("tab", { name })).toBeTruthy();
  });
});
