import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { Named } from '../core/vocabulary';

/**
 * Swedish first, English second: every text a page shows exists in both, and the page follows
 * the host's display language (Outlook's `displayLanguage`, Teams' `locale`). Anything that is
 * not English is shown in Swedish.
 */
export type Lang = 'sv' | 'en';

/** The language for a host's display language tag (`en-US` → en; `sv-SE`, `fi-FI`, … → sv). */
export function languageOf(displayLanguage: string | null | undefined): Lang {
  return /^en(?:[-_]|$)/i.test(displayLanguage?.trim() ?? '') ? 'en' : 'sv';
}

const LangContext = createContext<Lang>('sv');

export function LanguageProvider({ lang, children }: { lang: Lang; children: ReactNode }): ReactNode {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** Picks the text of the current language from a `{sv, en}` pair. */
export function useText(): (named: Named) => string {
  const lang = useLang();
  return useCallback((named: Named) => named[lang], [lang]);
}
