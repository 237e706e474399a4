/**
 * The acknowledgement ("Svara med besked", SPEC §6): a reply that thanks the sender, names
 * the municipality, says when the answer will come and who handles it, written from a template
 * in the configuration. Pure. The mark the sent reply carries, and the date it promises, are in
 * `src/core/acknowledgement` (`marker.ts`, `proposePromise.ts`).
 */

/** The placeholders an acknowledgement template may use. */
export const ACKNOWLEDGEMENT_PLACEHOLDERS = ['kommun', 'svar_senast', 'handlaggare', 'avdelning'] as const;
export type AcknowledgementPlaceholder = (typeof ACKNOWLEDGEMENT_PLACEHOLDERS)[number];

/** The placeholders every template must use: the acknowledgement always names the municipality and the date. */
export const REQUIRED_ACKNOWLEDGEMENT_PLACEHOLDERS: readonly AcknowledgementPlaceholder[] = ['kommun', 'svar_senast'];

/** The default acknowledgement, in klarspråk. */
export const DEFAULT_ACKNOWLEDGEMENT_TEMPLATE = [
  'Hej!',
  '',
  'Tack för ditt meddelande till {kommun}. Vi har tagit emot det.',
  '',
  'Du får svar senast {svar_senast}. Det är {handläggare} på {förvaltning} som handlägger ditt ärende.',
  '',
  'Med vänlig hälsning',
  '{handläggare}',
  '{kommun}',
].join('\n');

const PLACEHOLDER = /\{([^{}\s]{1,40})\}/g;

/**
 * Other spellings an admin is likely to type (round 20 of the readers: every other text says
 * förvaltning and handläggare): each means the placeholder it names.
 */
export const ACKNOWLEDGEMENT_PLACEHOLDER_ALIASES: Readonly<Record<string, AcknowledgementPlaceholder>> = {
  handläggare: 'handlaggare',
  förvaltning: 'avdelning',
  forvaltning: 'avdelning',
  förvaltningen: 'avdelning',
  avdelningen: 'avdelning',
};

/** The placeholders as the texts name them (the glossary's handläggare and förvaltning; the older spellings still work). */
const KNOWN_LIST = '{kommun}, {svar_senast}, {handläggare}, {förvaltning}';

/** The placeholder `name` stands for, or null when it is none. */
function placeholderOf(name: string): AcknowledgementPlaceholder | null {
  if ((ACKNOWLEDGEMENT_PLACEHOLDERS as readonly string[]).includes(name)) return name as AcknowledgementPlaceholder;
  return ACKNOWLEDGEMENT_PLACEHOLDER_ALIASES[name.toLowerCase()] ?? null;
}

/** What is wrong with a template, in Swedish and English; empty when it is usable. */
export function acknowledgementTemplateProblems(template: string): { sv: string; en: string }[] {
  const problems: { sv: string; en: string }[] = [];
  const used = new Set<string>();
  for (const m of template.matchAll(PLACEHOLDER)) used.add(placeholderOf(m[1] as string) ?? (m[1] as string));
  for (const name of used) {
    if (placeholderOf(name) === null) {
      problems.push({
        sv: `okänd platshållare {${name}} (kända: ${KNOWN_LIST})`,
        en: `unknown placeholder {${name}} (known: ${KNOWN_LIST})`,
      });
    }
  }
  for (const name of REQUIRED_ACKNOWLEDGEMENT_PLACEHOLDERS) {
    if (!used.has(name)) {
      problems.push({ sv: `mallen måste innehålla {${name}}`, en: `the template must contain {${name}}` });
    }
  }
  return problems;
}

/**
 * @summary Fills in an acknowledgement template.
 * @param template - text with `{kommun}`, `{svar_senast}`, `{handlaggare}` (or `{handläggare}`),
 *   `{avdelning}` (or `{förvaltning}`)
 * @returns plain text; unknown placeholders are left as written
 * @example
 * renderAcknowledgement('Svar senast {svar_senast}. {kommun}', { kommun: 'Ljungby kommun', svar_senast: 'tisdag 24 november', handlaggare: 'Anna', avdelning: 'Kontaktcenter' })
 * //=> 'Svar senast tisdag 24 november. Ljungby kommun'
 */
export function renderAcknowledgement(template: string, values: Record<AcknowledgementPlaceholder, string>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const placeholder = placeholderOf(name);
    return placeholder === null ? whole : values[placeholder];
  });
}
