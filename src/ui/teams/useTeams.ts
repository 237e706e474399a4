import { useEffect, useState } from 'react';
import type { Named } from '../../core/vocabulary';
import { languageOf, type Lang } from '../i18n';
import type { ThemeName } from '../SvarstidRoot';
import { standaloneTheme, teamsTheme } from './teamsTheme';

/**
 * Our own teams-js startup (STYLE.md (a): a hook we own, as Microsoft's Teams Toolkit keeps
 * `useTeams`): `app.initialize()` → `app.getContext()` → `app.registerOnThemeChangeHandler`.
 *
 * Outside Teams the tab runs standalone: a top-level window is never inside Teams (teams-js would
 * reject at once), so the library is not even loaded there — it fetches Microsoft's list of valid
 * host origins as soon as it is imported. In a frame that is not a Teams host, `initialize` would
 * wait 60 s; after `timeoutMs` the tab runs standalone and says so (TTK's hook silently treats every
 * failure as "not in Teams": ours tells the difference).
 */

/** The parts of `@microsoft/teams-js` the hook uses (tests pass a fake). */
export interface TeamsSdk {
  app: {
    initialize(validMessageOrigins?: string[]): Promise<void>;
    getContext(): Promise<{
      app: { theme: string; locale: string };
      user?: { userPrincipalName?: string; displayName?: string; loginHint?: string };
      page?: { id?: string; frameContext?: string };
    }>;
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
    notifySuccess?(): void;
  };
}

export interface TeamsUser {
  name: string;
  address: string;
}

export interface TeamsState {
  loading: boolean;
  /** True inside a Teams (or Outlook / Microsoft 365) host. */
  inTeams: boolean;
  theme: ThemeName;
  lang: Lang;
  /** The signed-in user as the host names them; null standalone. */
  user: TeamsUser | null;
  /** `content`, `settings` (a configurable tab's config page) … ; null standalone. */
  frameContext: string | null;
  /** Why the tab runs standalone inside a frame (the host did not answer). */
  notice: Named | null;
  /** The loaded SDK (for pages.config on the config page); null standalone. */
  sdk: TeamsSdk | null;
}

export interface UseTeamsOptions {
  /** Loads teams-js (the page passes `() => import('@microsoft/teams-js')`). */
  loadSdk: () => Promise<TeamsSdk>;
  /** Default `window.self === window.top` decides. */
  standalone?: boolean;
  timeoutMs?: number;
}

function standaloneState(notice: Named | null = null): TeamsState {
  const media = (q: string): boolean => typeof matchMedia === 'function' && matchMedia(q).matches;
  const q = new URLSearchParams(location.search);
  return {
    loading: false,
    inTeams: false,
    theme: standaloneTheme(location.search, media),
    lang: languageOf(q.get('lang') ?? navigator.language),
    user: null,
    frameContext: null,
    notice,
    sdk: null,
  };
}

function isTopLevel(): boolean {
  try {
    return window.self === window.top;
  } catch {
    return false; // a cross-origin parent: framed
  }
}

export function useTeams(options: UseTeamsOptions): TeamsState {
  const standalone = options.standalone ?? isTopLevel();
  const [state, setState] = useState<TeamsState>(() => (standalone ? standaloneState() : { ...standaloneState(), loading: true }));

  useEffect(() => {
    if (standalone) {
      // Follow the system's theme while no ?theme= pins one.
      if (typeof matchMedia !== 'function' || new URLSearchParams(location.search).has('theme')) return;
      const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => matchMedia(q));
      const update = (): void => setState(standaloneState());
      queries.forEach((m) => m.addEventListener('change', update));
      return () => queries.forEach((m) => m.removeEventListener('change', update));
    }
    let alive = true;
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), options.timeoutMs ?? 10_000));
    (async () => {
      const sdk = await options.loadSdk();
      await Promise.race([sdk.app.initialize(), timeout]);
      const context = await sdk.app.getContext();
      if (!alive) return;
      const upn = context.user?.userPrincipalName ?? context.user?.loginHint ?? '';
      setState({
        loading: false,
        inTeams: true,
        theme: teamsTheme(context.app.theme),
        lang: languageOf(context.app.locale),
        user: upn ? { name: context.user?.displayName ?? upn, address: upn } : null,
        frameContext: context.page?.frameContext ?? null,
        notice: null,
        sdk,
      });
      sdk.app.registerOnThemeChangeHandler((theme) => alive && setState((s) => ({ ...s, theme: teamsTheme(theme) })));
    })().catch(() => {
      if (alive) {
        setState(
          standaloneState({
            sv: 'Teams svarade inte. Fliken fungerar ändå men följer inte Teams-temat; ladda om fliken för att försöka igen.',
            en: 'Teams did not answer. The tab works anyway but does not follow the Teams theme; reload the tab to try again.',
          }),
        );
      }
    });
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [standalone]);
  return state;
}
