import type { ThemeName } from '../SvarstidRoot';

/** Teams' theme names (`app.Context.app.theme`, the theme-change handler's argument). */
export type TeamsThemeString = 'default' | 'dark' | 'contrast' | string;

/**
 * @summary The Fluent theme for a Teams theme: `dark` → teamsDarkTheme, `contrast` →
 * teamsHighContrastTheme, anything else → teamsLightTheme (as Microsoft's Teams tab templates map it).
 * @example teamsTheme('contrast') //=> 'teamsHighContrast'
 */
export function teamsTheme(theme: TeamsThemeString | null | undefined): ThemeName {
  if (theme === 'dark') return 'teamsDark';
  if (theme === 'contrast') return 'teamsHighContrast';
  return 'teamsLight';
}

/**
 * The theme outside Teams (a plain browser): `?theme=default|dark|contrast` when the link says
 * so, else the system's forced colours (high contrast) or dark preference.
 */
export function standaloneTheme(search: string, media: (query: string) => boolean): ThemeName {
  const asked = new URLSearchParams(search).get('theme');
  if (asked === 'default' || asked === 'dark' || asked === 'contrast') return teamsTheme(asked);
  if (media('(forced-colors: active)')) return 'teamsHighContrast';
  return media('(prefers-color-scheme: dark)') ? 'teamsDark' : 'teamsLight';
}
