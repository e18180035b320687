/** The light and dark themes of the pages, and how one is chosen. Pure: index.tsx and help.tsx ask Office and
 *  the browser. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark";

/** Fluent's Latin font stack first, then the Chinese system fonts of Windows, macOS and Linux. */
const CJK_FONTS = `"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC"`;

function withChineseFonts(theme: Theme): Theme {
  const latin = theme.fontFamilyBase.replace(/,\s*sans-serif\s*$/, "");
  return { ...theme, fontFamilyBase: `${latin}, ${CJK_FONTS}, sans-serif` };
}

export const THEMES: Readonly<Record<ThemeName, Theme>> = {
  light: withChineseFonts(webLightTheme),
  dark: withChineseFonts(webDarkTheme),
};

/** Dark when the colour's relative luminance is below one half ("#RRGGBB" or "#RGB"); null if unreadable. */
export function isDarkColor(color: string | undefined | null): boolean | null {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? "")?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((d) => d + d).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Office's body background colour decides; without it (outside Office), the browser's colour scheme. */
export function chooseTheme(officeBackground: string | undefined | null, prefersDark: boolean): ThemeName {
  const dark = isDarkColor(officeBackground);
  return (dark ?? prefersDark) ? "dark" : "light";
}
