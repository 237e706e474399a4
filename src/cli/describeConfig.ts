import { routingRuleSchema, type DeadlineRule, type Duration, type SvarstidConfig } from '../core/config';
import { durationText, type Lang } from '../core/humanTime';
import { DEFAULT_ROUTING_RULES } from '../core/triage/defaultRules';
import { CHANNEL_NAMES, KIND_NAMES } from '../core/vocabulary';

/** How one routing rule stands in a configuration. */
export type RuleStatus = 'own' | 'changed' | 'builtin' | 'off';

export interface EffectiveRule {
  id: string;
  name: string;
  status: RuleStatus;
  /** False for a built-in rule that applies although the file does not list it. */
  inFile: boolean;
}

function sameRule(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Every routing rule as triage will see it: the configured rules (own, a built-in one as shipped,
 * or a built-in one changed under the same id), then the built-in rules the configuration does
 * not list, and what is switched off (`enabled: false`, `disabledBuiltinRules`,
 * `builtinClassifier: false`).
 */
export function effectiveRuleList(config: SvarstidConfig): EffectiveRule[] {
  // built-in rules as validation writes them (defaults filled in), to compare with the file's
  const builtins = new Map(DEFAULT_ROUTING_RULES.map((r) => [r.id, routingRuleSchema.parse(r)]));
  const off = new Set(config.triage.disabledBuiltinRules);
  const own: EffectiveRule[] = config.triage.rules.map((r) => {
    const builtin = builtins.get(r.id);
    const status: RuleStatus =
      !r.enabled || off.has(r.id) ? 'off' : builtin === undefined ? 'own' : sameRule(builtin, r) ? 'builtin' : 'changed';
    return { id: r.id, name: r.name, status, inFile: true };
  });
  const ownIds = new Set(config.triage.rules.map((r) => r.id));
  const added: EffectiveRule[] = DEFAULT_ROUTING_RULES.filter((r) => !ownIds.has(r.id)).map((r) => ({
    id: r.id,
    name: r.name,
    status: !config.triage.builtinClassifier || off.has(r.id) || !r.enabled ? 'off' : 'builtin',
    inFile: false,
  }));
  return [...own, ...added];
}

const STATUS_WORDS: Record<RuleStatus, Record<Lang, string>> = {
  own: { sv: 'egen', en: 'own' },
  changed: { sv: 'ändrad', en: 'changed' },
  builtin: { sv: 'inbyggd', en: 'built-in' },
  off: { sv: 'avstängd', en: 'off' },
};

const ACTION_WORDS: Record<string, Record<Lang, string>> = {
  category: { sv: 'kategori', en: 'category' },
  move: { sv: 'flyttas', en: 'moved' },
  forward: { sv: 'vidarebefordras', en: 'forwarded' },
};

function lowerName(name: string): string {
  return name === name.toUpperCase() ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** `e-post och SMS`, `ärendetyp klagomål`. */
function ruleScope(rule: DeadlineRule, lang: Lang): string {
  const and = lang === 'sv' ? ' och ' : ' and ';
  const parts: string[] = [];
  if (rule.channel) parts.push(rule.channel.map((c) => lowerName(CHANNEL_NAMES[c][lang])).join(and));
  if (rule.kind) parts.push(`${lang === 'sv' ? 'ärendetyp' : 'kind'} ${rule.kind.map((k) => lowerName(KIND_NAMES[k][lang])).join(and)}`);
  return parts.join(lang === 'sv' ? ', ' : ', ');
}

function timeText(d: Duration, which: 'due' | 'target', lang: Lang): string {
  const standalone = d.unit === 'endOfWorkingDay';
  const head = which === 'due' ? (lang === 'sv' ? 'svar' : 'answer') : lang === 'sv' ? 'mål' : 'target';
  const within = standalone ? '' : lang === 'sv' ? ' inom' : ' within';
  const extend = d.extend ? '†' : '';
  return `${head}${within} ${durationText(d, lang)}${extend}`;
}

function deadlineLine(id: string, scope: string, rule: { due?: Duration | undefined; target?: Duration | undefined; local?: boolean | undefined; override?: boolean | undefined }, lang: Lang): string {
  const times = [rule.target && timeText(rule.target, 'target', lang), rule.due && timeText(rule.due, 'due', lang)].filter(Boolean).join('; ');
  const notes = [
    rule.override ? (lang === 'sv' ? 'går före alla andra regler, även för anonyma' : 'overrides every other rule, anonymous contacts included') : '',
    rule.local ? (lang === 'sv' ? 'lokalt val' : 'local choice') : '',
  ].filter(Boolean);
  return `  ${id.padEnd(18)} ${scope}: ${times}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/** The lines `check-config` prints for a valid configuration: what applies, and how to change it. */
export function describeConfig(config: SvarstidConfig, lang: Lang): string {
  const sv = lang === 'sv';
  const out: string[] = [];
  const p = config.policy;
  out.push('', `Svarstider / Deadlines (${p.id}@${p.version}; den tidigaste regeln som passar gäller / the earliest matching rule applies):`);
  for (const r of p.rules) out.push(deadlineLine(r.id, ruleScope(r, lang), r, lang));
  out.push(deadlineLine(sv ? '(standard)' : '(default)', sv ? 'när ingen regel passar' : 'when no rule matches', p.default, lang));
  if ([...p.rules, p.default].some((r) => r.due?.extend || r.target?.extend)) {
    out.push(sv ? '  † hamnar tiden på en stängd dag flyttas den till nästa arbetsdags stängning' : '  † a time that falls on a closed day moves to the next working day’s closing time');
  }
  out.push(sv ? '  Det som inte är ett ärende, och anonyma kontakter, får ingen svarstid.' : '  Messages that are not cases, and anonymous contacts, get no deadline.');

  const local = [
    ...(config.municipality.local ?? []).map((f) => `municipality.${f}`),
    ...(config.calendar.local ?? []).map((f) => `calendar.${f}`),
    ...(config.senderCheck.local ?? []).map((f) => `senderCheck.${f}`),
    ...p.rules.filter((r) => r.local).map((r) => `policy.rules[${r.id}]`),
    ...(p.default.local ? ['policy.default'] : []),
  ];
  if (local.length > 0) {
    out.push('', `Lokala val (står inte i kommunens dokument) / Local choices (not in the municipality's documents):`, `  ${local.join(', ')}`);
  }

  const fallback = config.departments.find((d) => d.id === config.fallbackDepartment);
  out.push('', `Förvaltningar / Departments (${config.departments.length}):`);
  for (const d of config.departments) {
    const actions = d.routing.actions.map((a) => ACTION_WORDS[a]?.[lang] ?? a).join(', ');
    out.push(`  ${d.id.padEnd(18)} ${sv ? d.name : (d.nameEn ?? d.name)} (${d.category}; ${actions})`);
  }
  out.push(
    sv
      ? `  Det som ingen regel pekar ut går till ${fallback?.name ?? config.fallbackDepartment}.`
      : `  What no rule points elsewhere goes to ${fallback?.nameEn ?? fallback?.name ?? config.fallbackDepartment}.`,
  );

  const rules = effectiveRuleList(config);
  const count = (s: RuleStatus) => rules.filter((r) => r.status === s).length;
  out.push(
    '',
    `Sorteringsregler som gäller / Routing rules in effect: ${rules.length - count('off')} ` +
      `(${count('own')} egna / own, ${count('changed')} ändrade / changed, ${count('builtin')} inbyggda / built-in; ${count('off')} avstängda / off):`,
  );
  const notInFile = sv ? ' (står inte i filen)' : ' (not in the file)';
  const fileHasBuiltins = rules.some((r) => r.inFile && (r.status === 'builtin' || r.status === 'changed'));
  for (const r of rules) {
    const mark = fileHasBuiltins && !r.inFile && r.status === 'builtin' ? notInFile : '';
    out.push(`  ${STATUS_WORDS[r.status][lang].padEnd(9)} ${r.id.padEnd(28)} ${r.name}${mark}`);
  }
  const addedBack = rules.filter((r) => !r.inFile && r.status === 'builtin');
  out.push('');
  if (fileHasBuiltins && addedBack.length > 0) {
    const ids = addedBack.map((r) => r.id).join(', ');
    out.push(
      sv
        ? `Obs: dessa inbyggda regler står inte i filen men gäller ändå: ${ids}.`
        : `Note: these built-in rules are not in the file but apply all the same: ${ids}.`,
    );
  }
  out.push(
    sv
      ? 'Inbyggda regler gäller även om de tas bort ur filen. Stäng av en med dess id i triage.disabledBuiltinRules, ' +
          'till exempel "disabledBuiltinRules": ["ej.autosvar"], eller alla med "builtinClassifier": false. ' +
          'En egen regel med samma id som en inbyggd ersätter den.'
      : 'Built-in rules apply even when deleted from the file. Switch one off by listing its id in triage.disabledBuiltinRules, ' +
          'e.g. "disabledBuiltinRules": ["ej.autosvar"], or all of them with "builtinClassifier": false. ' +
          'An own rule with the id of a built-in one replaces it.',
  );
  return `${out.join('\n')}\n`;
}
