import type { SvarstidConfig } from '../config/schema';
import type { DeadlineRule, Duration } from '../config/policySchema';
import { DEFAULT_RULE_ID } from '../deadline/computeDeadline';
import { effectiveRules } from '../triage/compileRules';
import { departmentNames } from '../triage/explain';
import { MODEL_RULE_ID } from '../triage';
import { MANUAL_RULE_IDS } from '../manualLabel';
import { CHANNEL_NAMES, KIND_NAMES, type Named } from '../vocabulary';

/**
 * The rules a record names (SPEC §6: `rules` holds rule ids), as people read them: routing rules
 * by their admin-given name, deadline rules by what they promise. Pure.
 */

function plural(n: number, one: Named, many: Named): Named {
  return n === 1 ? { sv: `1 ${one.sv}`, en: `1 ${one.en}` } : { sv: `${n} ${many.sv}`, en: `${n} ${many.en}` };
}

/**
 * @summary A deadline amount in words.
 * @example describeDuration({ unit: 'workingDays', amount: 2 }) //=> { sv: '2 arbetsdagar', en: '2 working days' }
 */
export function describeDuration(d: Duration): Named {
  let text: Named;
  switch (d.unit) {
    case 'workingDays':
      text = plural(d.amount, { sv: 'arbetsdag', en: 'working day' }, { sv: 'arbetsdagar', en: 'working days' });
      break;
    case 'businessHours':
      text = plural(d.amount, { sv: 'timme i öppettid', en: 'hour of opening time' }, { sv: 'timmar i öppettid', en: 'hours of opening time' });
      break;
    case 'endOfWorkingDay':
      text =
        d.amount === 0
          ? { sv: 'samma arbetsdag före stängning', en: 'the same working day by closing time' }
          : { sv: `före stängning ${d.amount === 1 ? 'nästa arbetsdag' : `om ${d.amount} arbetsdagar`}`, en: `by closing time ${d.amount === 1 ? 'the next working day' : `in ${d.amount} working days`}` };
      break;
    case 'calendarHours':
      text = plural(d.amount, { sv: 'timme', en: 'hour' }, { sv: 'timmar', en: 'hours' });
      break;
    case 'calendarDays':
      text = plural(d.amount, { sv: 'dag', en: 'day' }, { sv: 'dagar', en: 'days' });
      break;
  }
  if (d.extend) {
    return { sv: `${text.sv} (på en stängd dag: nästa arbetsdag före stängning)`, en: `${text.en} (on a closed day: the next working day by closing time)` };
  }
  return text;
}

function deadlineRuleText(rule: Pick<DeadlineRule, 'channel' | 'kind' | 'due' | 'target' | 'override' | 'local'>): Named {
  const channels = [rule.channel ?? []].flat().map((c) => CHANNEL_NAMES[c]);
  const kinds = [rule.kind ?? []].flat().map((k) => KIND_NAMES[k]);
  const what = [...channels, ...kinds];
  const label: Named = { sv: what.map((w) => w.sv).join(', '), en: what.map((w) => w.en).join(', ') };
  const parts: Named[] = [];
  if (rule.due) {
    const d = describeDuration(rule.due);
    // a report of concern is handed on, not answered (round 23 of the readers)
    const handOn = rule.kind !== undefined && [rule.kind].flat().every((k) => k === 'orosanmalan');
    parts.push(handOn ? { sv: `lämna vidare inom ${d.sv}`, en: `hand on within ${d.en}` } : { sv: `svar inom ${d.sv}`, en: `answer within ${d.en}` });
  }
  if (rule.target) {
    const d = describeDuration(rule.target);
    parts.push({ sv: `mål ${d.sv}`, en: `target ${d.en}` });
  }
  const extra: Named = {
    sv: `${rule.override ? ' (går före alla andra regler)' : ''}${rule.local ? ' (lokalt val)' : ''}`,
    en: `${rule.override ? ' (overrides every other rule)' : ''}${rule.local ? ' (a local choice)' : ''}`,
  };
  return {
    sv: `Svarstidsregel för ${label.sv}: ${parts.map((p) => p.sv).join(', ')}${extra.sv}`,
    en: `Deadline rule for ${label.en}: ${parts.map((p) => p.en).join(', ')}${extra.en}`,
  };
}

/**
 * @summary One rule id of a record, as a person reads it.
 * @example describeRule('kanal:epost', presetConfig('ljungby')).sv //=> 'Svarstidsregel för E-post: svar inom 2 arbetsdagar'
 */
export function describeRule(id: string, config: SvarstidConfig): Named {
  if (id === MANUAL_RULE_IDS.department) return { sv: 'Förvaltningen ändrades för hand', en: 'The department was changed by hand' };
  if (id === MANUAL_RULE_IDS.kind) return { sv: 'Ärendetypen ändrades för hand', en: 'The kind was changed by hand' };
  if (id === MODEL_RULE_ID) return { sv: 'Textmodellen bedömde ärendetypen', en: 'The text model judged the kind' };
  if (id === DEFAULT_RULE_ID) {
    const d = describeDuration(config.policy.default.due);
    return { sv: `Svarstid när ingen regel passar: ${d.sv}`, en: `Deadline when no rule fits: ${d.en}` };
  }
  const deadline = config.policy.rules.find((r) => r.id === id);
  if (deadline) return deadlineRuleText(deadline);
  const routing = effectiveRules(config).find((r) => r.id === id);
  if (routing) {
    const then: Named[] = [];
    if (routing.then.kind) then.push(KIND_NAMES[routing.then.kind]);
    if (routing.then.department) then.push(departmentNames(config, routing.then.department));
    const tail = then.length > 0 ? { sv: ` → ${then.map((t) => t.sv).join(', ')}`, en: ` → ${then.map((t) => t.en).join(', ')}` } : { sv: '', en: '' };
    return { sv: `Regel '${routing.name}'${tail.sv}`, en: `Rule '${routing.name}'${tail.en}` };
  }
  return { sv: `Regel ${id} (finns inte längre i konfigurationen)`, en: `Rule ${id} (no longer in the configuration)` };
}

/**
 * @summary The sentences of a core explanation ("Kanal E-post: …. Typ Felanmälan: …."), one per
 * reason. Splits at a full stop followed by a capital letter outside quotes; Swedish and English
 * are paired by position (when they do not pair up, the whole text is one reason).
 */
export function explanationSentences(explanation: Named): Named[] {
  const split = (text: string): string[] => {
    const out: string[] = [];
    let start = 0;
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === "'") {
        // A quote opens after a space or bracket and closes before a non-letter; an apostrophe
        // inside a word (the e-service's) does neither.
        const before = text[i - 1] ?? ' ';
        const after = text[i + 1] ?? ' ';
        if (!quoted && /[\s(]/.test(before)) quoted = true;
        else if (quoted && !/\p{L}/u.test(after)) quoted = false;
      }
      if (!quoted && c === '.' && text[i + 1] === ' ' && /\p{Lu}/u.test(text[i + 2] ?? '')) {
        out.push(text.slice(start, i + 1).trim());
        start = i + 2;
      }
    }
    const last = text.slice(start).trim();
    if (last) out.push(last);
    return out;
  };
  const sv = split(explanation.sv);
  const en = split(explanation.en);
  if (sv.length !== en.length) return [explanation];
  return sv.map((s, i) => ({ sv: s, en: en[i] as string }));
}
