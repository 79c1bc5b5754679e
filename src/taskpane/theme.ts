/**
 * Light or dark, as the agent's Office (or, in the browser preview, their system) is set.
 * `Office.context.officeTheme` is a common API with no requirement set, available in Excel on
 * the web, Windows, Mac and iPad; its `isDarkTheme` is recent, so older hosts are read from
 * the body colour instead. Office has no theme-change event for Excel (OfficeThemeChanged is
 * Outlook's): the theme is read when the pane opens.
 */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';

export type ColorScheme = 'light' | 'dark';

/** The part of Office.OfficeTheme read here (every field may be missing on an old host). */
export interface OfficeThemeLike {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

export const THEMES: Readonly<Record<ColorScheme, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
};

/** Relative luminance of "#RRGGBB" (0 black, 1 white); null when it is not such a colour. */
function luminance(color: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function schemeOfOffice(theme: OfficeThemeLike | null | undefined): ColorScheme {
  if (!theme) return 'light';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const light = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  return light !== null && light < 0.4 ? 'dark' : 'light';
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function darkQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(DARK_QUERY)
    : null;
}

function subscribe(onChange: () => void): () => void {
  const query = darkQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

function systemScheme(): ColorScheme {
  return darkQuery()?.matches ? 'dark' : 'light';
}

/** The system's scheme (`prefers-color-scheme`), followed as it changes. */
export function useSystemScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, systemScheme, () => 'light');
}

/** The Fluent theme for the system's scheme, for pages outside Office (the preview). */
export function useSystemTheme(): Theme {
  return THEMES[useSystemScheme()];
}
