import { assessMessage } from '../assess';
import type { SvarstidConfig } from '../config';
import { DEFAULT_RULE_ID } from '../deadline/computeDeadline';
import type { MailMessage } from '../message';
import type { SvarstidRecord } from '../record';
import type { Kind, Named } from '../vocabulary';
import { describeRule, explanationSentences } from './ruleNames';

/**
 * Why a message has its deadline and department, in words: the add-in's pane and the Teams tab's
 * drill-down show the same list. With a record, the rules it names (and, when the core still
 * decides the same, the core's sentences saying which words matched); without one, the core's
 * assessment now. Pure; kept out of the display barrel because it pulls in triage, so the pages
 * can load it as its own chunk on first use.
 */
export function reasonsFor(input: { record: SvarstidRecord | null; mail: MailMessage; config: SvarstidConfig; assessedKind: Kind }): Named[] {
  const { record, mail, config } = input;
  const isPolicyRule = (id: string): boolean => id === DEFAULT_RULE_ID || config.policy.rules.some((r) => r.id === id);
  const a = assessMessage(mail, config);
  const sentences = explanationSentences(a.triage.explanation);
  if (record === null) return [...sentences, ...a.rules.filter(isPolicyRule).map((id) => describeRule(id, config))];
  const out: Named[] = [];
  if (record.uncertain === true && record.source !== 'manual') {
    // a script Svarstid does not read: the check is urgent, it may be a report of concern (reader round 37, U4) — and where a
    // few words or the text model already read one there, it is handed on now, without waiting for someone who knows the language
    out.push(
      a.triage.otherScript !== true
        ? { sv: 'Svarstid var osäker på ärendetyp eller förvaltning: kontrollera.', en: 'Svarstid was unsure of the case type or department: please check.' }
        : record.kind === 'orosanmalan'
          ? { sv: 'Svarstid kan inte läsa det mesta av texten (en annan skrift) och läser den som en möjlig orosanmälan: lämna den vidare nu, socialtjänsten kan ta hjälp av tolk (mer nedan).', en: 'Svarstid cannot read most of the text (another script) and reads it as a possible report of concern: hand it on now, the social services can use an interpreter (more below).' }
          : { sv: 'Svarstid kan inte läsa det mesta av texten (en annan skrift): ta reda på nu vad det står, det kan vara en orosanmälan (mer nedan).', en: 'Svarstid cannot read most of the text (another script): find out now what it says, it may be a report of concern (more below).' },
    );
  }
  const same = record.source === 'auto' && a.channel === record.channel && a.kind === record.kind && a.department === record.department;
  if (same) return [...out, ...sentences, ...record.rules.filter(isPolicyRule).map((id) => describeRule(id, config))];
  return [...out, ...record.rules.map((id) => describeRule(id, config))];
}
