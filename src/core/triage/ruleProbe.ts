import type { RoutingRule, TextField } from '../config/triageSchema';
import type { SvarstidConfig } from '../config/schema';
import type { MailMessage } from '../message';
import type { Channel, Kind } from '../vocabulary';
import { channelEvidence } from './channel';
import { compileRules, compiledRulesFor, type CompiledCondition, type CompiledRule, type CompiledRules } from './compileRules';
import { matchRule, scanKeywords, type KeywordScan, type MessageFacts } from './matchRules';
import { ZONE_INDEX, messageZones, type MessageZones } from './zones';

/**
 * Whether some routing rules could match a message, for callers that compare two rule sets over
 * the same messages (the admin view's preview, `src/core/admin/preview.ts`): a message none of the
 * changed rules could match keeps the outcome it had, and only the others are triaged again.
 *
 * The answer is safe in one direction: {@link RuleProbe.mayMatch} never says no where triage would
 * find one of the rules matching. It says yes whenever any keyword of the rules (in any of their
 * conditions, `none` included) occurs anywhere in the message's text as triage reads it, whatever
 * field the condition names — so when it says no, the keyword automaton of a rule set with or
 * without these rules reports the same hits for the message (the same words, the same cut-off for
 * hostile bodies). Without a keyword, a rule's other conditions are tested as triage tests them
 * (channel, kind, attachments, subject or text starting with …); signals and word counts are taken
 * to hold.
 */

/** The text of a message as triage reads it under one configuration, kept to probe rules with. */
export interface ProbeText {
  channel: Channel;
  zones: MessageZones;
  hasAttachments: boolean;
}

/** The message's channel and zones exactly as `triageMessage` reads them under `config`. */
export function probeText(message: MailMessage, config: SvarstidConfig): ProbeText {
  const channel = channelEvidence(message, config.triage.channelMarkers);
  const compiled = compiledRulesFor(config);
  const zones = messageZones(message, channel.channel, channel.subjectPrefixLength, {
    skipQuoted: !compiled.zonesNeeded[ZONE_INDEX.quoted],
    municipalDomains: config.municipality.domains,
  });
  return { channel: channel.channel, zones, hasAttachments: message.hasAttachments === true };
}

/**
 * What of a message's reading depends on the whole rule set rather than on one rule: whether the
 * quoted history is read at all, and whether the concern reader runs. Two configurations that
 * differ here read every message differently.
 */
export function ruleSetReads(config: SvarstidConfig): { quoted: boolean; concern: boolean } {
  const compiled = compiledRulesFor(config);
  return { quoted: compiled.zonesNeeded[ZONE_INDEX.quoted] === true, concern: compiled.usesConcern };
}

/** One condition per field, together covering every zone a rule can look at. */
const EVERY_ZONE_FIELDS: readonly TextField[] = ['text', 'quoted', 'from', 'to', 'replyTo', 'senderName'];

const NO_SIGNALS: ReadonlySet<never> = new Set();
/** A scan with no keyword found: what a `startsWith` condition is tested against (it reads the zones). */
const NO_KEYWORDS: KeywordScan = {
  slots: new Float64Array(0),
  conditionStamp: new Uint32Array(0),
  conditionHits: [],
  stamp: 1,
  words: 0,
  concern: { byZone: [] },
};

export class RuleProbe {
  private readonly compiled: CompiledRules;
  /** Every keyword of the rules, on every field (null: the rules have none). */
  private readonly anyWord: CompiledRules | null;

  constructor(rules: readonly RoutingRule[]) {
    this.compiled = compileRules(rules, []);
    const words = new Set<string>();
    for (const r of this.compiled.rules) {
      for (const c of [...r.all, ...r.any, ...r.none]) if (c.type === 'keywords') for (const k of c.keywords) words.add(k);
    }
    this.anyWord =
      words.size === 0
        ? null
        : compileRules(
            EVERY_ZONE_FIELDS.map((field) => ({ id: `probe.${field}`, name: 'probe', enabled: true, when: { any: [{ field, any: [...words] }] }, then: { kind: 'fraga' } })),
            [],
          );
  }

  /** No rule to probe (all were switched off or have no valid condition). */
  get empty(): boolean {
    return this.compiled.rules.length === 0;
  }

  /**
   * False only when none of the rules can match the message, its kind being `kind` (the kind
   * triage gave it; a rule that sets the kind does not test it).
   */
  mayMatch(text: ProbeText, kind: Kind): boolean {
    if (this.compiled.rules.length === 0) return false;
    if (this.anyWord !== null) {
      const scan = scanKeywords(this.anyWord, text.zones, text.channel);
      for (let c = 0; c < this.anyWord.conditionCount; c++) if (scan.conditionStamp[c] === scan.stamp) return true;
    }
    // no keyword of any rule occurs: a rule could match only through its other conditions
    let facts: MessageFacts | null = null;
    const holds = (c: CompiledCondition, rule: CompiledRule): boolean => {
      switch (c.type) {
        case 'keywords':
          return false;
        case 'channel':
          return c.channels.has(text.channel);
        case 'kind':
          return c.kinds.has(kind);
        case 'hasAttachments':
          return c.equals === text.hasAttachments;
        case 'startsWith': {
          facts ??= { channel: text.channel, kind, hasAttachments: text.hasAttachments, signals: NO_SIGNALS, zones: text.zones };
          const alone: CompiledRule = { rule: rule.rule, decisive: rule.decisive, needsKind: false, all: [c], any: [], none: [], requires: -1, requiresOneOf: null, yieldsToConcern: rule.yieldsToConcern };
          return matchRule(alone, NO_KEYWORDS, facts) !== null;
        }
        case 'words':
        case 'signal':
          return true;
      }
    };
    return this.compiled.rules.some((r) => r.all.every((c) => holds(c, r)) && (r.any.length === 0 || r.any.some((c) => holds(c, r))));
  }
}
