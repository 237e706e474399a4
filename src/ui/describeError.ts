import type { Named } from '../core/vocabulary';

/** A thrown error as a sentence for people (its own text if it carries one, never mail content). */
export function describeError(error: unknown): Named {
  if (typeof error === 'object' && error !== null && 'sv' in error && 'en' in error) {
    const n = error as { sv: unknown; en: unknown };
    if (typeof n.sv === 'string' && typeof n.en === 'string') return { sv: n.sv, en: n.en };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    sv: `Något gick fel. Försök igen om en stund; kvarstår felet, kontakta IT och ge dem den tekniska informationen (ofta på engelska): ${detail}`,
    en: `Something went wrong. Try again in a while; if it persists, contact IT and give them the technical details: ${detail}`,
  };
}
