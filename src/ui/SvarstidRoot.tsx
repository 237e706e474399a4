import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { LanguageProvider, type Lang } from './i18n';

/** The themes the hosts use: Outlook's light and dark, and Teams' three. */
export type ThemeName = 'light' | 'dark' | 'highContrast' | 'teamsLight' | 'teamsDark' | 'teamsHighContrast';

const THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
  teamsLight: teamsLightTheme,
  teamsDark: teamsDarkTheme,
  teamsHighContrast: teamsHighContrastTheme,
};

/**
 * The root of every Svarstid page: the Fluent theme and the language, once, at the top
 * (as Microsoft's TaskPane-React sample renders `<FluentProvider>` around the app).
 */
export function SvarstidRoot({ theme, lang, children }: { theme: ThemeName; lang: Lang; children: ReactNode }): ReactNode {
  return (
    <FluentProvider theme={THEMES[theme]} lang={lang === 'sv' ? 'sv-SE' : 'en-US'} style={{ minHeight: '100vh' }} data-theme={theme}>
      <LanguageProvider lang={lang}>{children}</LanguageProvider>
    </FluentProvider>
  );
}

/** A dark host background means the dark theme (Office gives colours, not a theme name, on older hosts). */
export function themeForBackground(color: string | null | undefined): 'light' | 'dark' {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? '');
  if (!m) return 'light';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h as string, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4 ? 'dark' : 'light';
}
