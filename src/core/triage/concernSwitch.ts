/**
 * Whether a configuration (or an admin view's draft of one) still recognises reports of concern:
 * the concern reader and the concern model decide only through a rule that names the `concern`
 * signal and gives `orosanmalan` (the built-in `oro.konkret`). Switching the built-in rules off, or
 * that rule, silently stops it — round 22 of the readers: the one outcome the product must never
 * allow without saying so. Pure.
 */
import { rulesInEffect } from './compileRules';

/** The parts of a rule this looks at (a stored rule or a draft's). */
interface RuleLike {
  id?: string;
  enabled?: boolean;
  when?: { all?: readonly unknown[]; any?: readonly unknown[] };
  then?: { kind?: string };
}

/** The triage settings this looks at. */
export interface ConcernSwitchInput {
  builtinClassifier?: boolean;
  disabledBuiltinRules?: readonly string[];
  rules?: readonly RuleLike[];
}

function namesConcern(c: unknown): boolean {
  if (typeof c !== 'object' || c === null) return false;
  const o = c as { field?: unknown; in?: unknown };
  return o.field === 'signal' && Array.isArray(o.in) && o.in.includes('concern');
}

function recognises(rule: RuleLike): boolean {
  return rule.enabled !== false && rule.then?.kind === 'orosanmalan' && [...(rule.when?.all ?? []), ...(rule.when?.any ?? [])].some(namesConcern);
}

/**
 * @summary True when the rules in effect include one that turns a found concern into an orosanmälan.
 * @example concernRecognised({ builtinClassifier: false, rules: [] }) //=> false
 */
export function concernRecognised(triage: ConcernSwitchInput): boolean {
  return rulesInEffect(triage).some(recognises);
}

/** What the admin view and check-config say when reports of concern are no longer recognised. */
export const CONCERN_OFF_WARNING = {
  sv: 'Med de här inställningarna känner Svarstid inte längre igen orosanmälningar (oro för ett barn eller en utsatt vuxen): de får kanalens vanliga svarstid och ingen uppmaning att lämna dem vidare direkt (de som redan är märkta som orosanmälan behåller sin märkning; det gäller nya meddelanden). Slå på de inbyggda reglerna igen och ta bort oro.konkret ur de avstängda reglerna, eller skriv en egen regel som ger orosanmälan.',
  en: 'With these settings Svarstid no longer recognises reports of concern (concern for a child or a vulnerable adult): they get the channel\'s ordinary deadline and no prompt to hand them on at once (those already labelled as reports of concern keep their labels; this applies to new messages). Switch the built-in rules back on and remove oro.konkret from the switched-off rules, or write a rule of your own that gives a report of concern.',
} as const;
