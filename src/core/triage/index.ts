import type { SvarstidConfig } from '../config/schema';
import type { MailMessage } from '../message';
import { CHANNEL_NAMES } from '../vocabulary';
import { compiledRulesFor, type CompiledRules } from './compileRules';
import { decideDepartment, decideDepartmentWithModel, decideKind, decideKindWithModel, matchingRules, type DepartmentDecision, type KindDecision } from './decide';
import { defaultDepartmentModel, type DepartmentModel } from './departmentModel';
import { defaultKindModel } from './defaultKindModel';
import type { KindModel } from './kindModel';
import { ANONYMOUS_EXPLANATION, MEETING_RESPONSE_MATTER_EXPLANATION, explainDepartment, explainKind, joinExplanations, ownRulesSetAside } from './explain';
import { channelEvidence, explainChannel, isAnonymous } from './channel';
import { scanKeywords, type KeywordScan, type MessageFacts } from './matchRules';
import { inDomains, messageSignals } from './signals';
import { explainConcern, readConcern, type Concern } from './concern';
import { modelConcern, modelConcernStands } from './concernModel';
import { readConcernInOtherScripts, swedishTermOnly } from './concernOtherScripts';
import { scriptModelConcern } from './concernScriptModel';
import { writtenInOtherScript } from '../text/script';
import { WEAK_MODEL, uncertaintyOf } from './uncertainty';
import { LOCAL_DEPARTMENT_RULE_ID, LOCAL_KIND_RULE_ID, explainLocalDepartment, explainLocalKind, localModelOf, type LocalModel, type LocalScores } from './localModel';
import type { Explanation, Priority, TriageResult } from './types';
import { ZONE_INDEX, messageZones } from './zones';
import { inviteeNote, meetingResponseTitle, noteAsksOfOwnMatter, noteTellsOfLastingMatter } from './meetingResponse';

export { detectChannel, isAnonymous, channelEvidence, type ChannelEvidence } from './channel';
export { effectiveRules, compileRules } from './compileRules';
export { DEFAULT_ROUTING_RULES } from './defaultRules';
export { isLookalikeDomain } from './signals';
export { KindModel, TextModel, type KindModelData, type KindScores, type TextScores } from './kindModel';
export { DepartmentModel, defaultDepartmentModel, type DepartmentModelData } from './departmentModel';
export { visitKindFeatures, type KindFeatureOptions } from './kindFeatures';
export { LocalModel, localModelOf, LOCAL_DEPARTMENT_RULE_ID, LOCAL_KIND_RULE_ID, type LocalDecision } from './localModel';
export type { Explanation, Priority, TriageResult } from './types';

const NOT_BLANK = /\S/;

/**
 * Decides channel, kind, department and anonymity of one Graph message, with an explanation a
 * contact-center officer understands (Swedish and English). Pure, bounded work, never throws
 * on odd content (the message must have passed `parseMailMessage`).
 * @example triageMessage(message, presetConfig('ljungby')).department //=> 'teknik'
 */
export function triageMessage(message: MailMessage, config: SvarstidConfig): TriageResult {
  return triageWithModel(message, config, config.triage.kindModel ? defaultKindModel() : null);
}

/** Rule id reported when the kind model decided the kind. */
export const MODEL_RULE_ID = 'typ.modell';
/** Rule id reported when the department model decided the department. */
export const DEPARTMENT_MODEL_RULE_ID = 'avd.modell';

/**
 * {@link triageMessage} with a given kind model (null = rules only) and local model (default: the
 * configuration's). For training and cross-validation of the models; applications call `triageMessage`.
 */
export function triageWithModel(
  message: MailMessage,
  config: SvarstidConfig,
  model: KindModel | null,
  local: LocalModel | null = localModelOf(config),
  departmentModel: DepartmentModel | null = config.triage.departmentModel ? defaultDepartmentModel() : null,
): TriageResult {
  return triageAndKindDecision(message, config, model, local, departmentModel).result;
}

/** {@link triageWithModel}, with how the rules and the kind model decided the kind (before what the mailbox's corrections taught). */
function triageAndKindDecision(
  message: MailMessage,
  config: SvarstidConfig,
  model: KindModel | null,
  local: LocalModel | null,
  departmentModel: DepartmentModel | null,
): { result: TriageResult; kindDecision: KindDecision; departmentDecision: DepartmentDecision } {
  const markers = config.triage.channelMarkers;
  const channel = channelEvidence(message, markers);
  const anonymous = isAnonymous(message, channel.channel, markers);
  const compiled = compiledRulesFor(config);
  // quoted reply history is read only when a rule looks at it
  const zones = messageZones(message, channel.channel, channel.subjectPrefixLength, {
    skipQuoted: !compiled.zonesNeeded[ZONE_INDEX.quoted],
    municipalDomains: config.municipality.domains,
  });
  const hasOwnText = [ZONE_INDEX.body, ZONE_INDEX.forwarded, ZONE_INDEX.form].some((z) => NOT_BLANK.test(zones.texts[z]!));
  // what could not be read is never taken for absence
  const signals = messageSignals(message, {
      municipalDomains: config.municipality.domains,
      sharedMailbox: config.municipality.mailbox,
      hasOwnText: hasOwnText || zones.unread,
      unread: zones.unread,
      text: `${zones.texts[ZONE_INDEX.subject]}\n${zones.texts[ZONE_INDEX.body]}\n${zones.texts[ZONE_INDEX.form]}`,
      body: zones.texts[ZONE_INDEX.body]!,
      channel: channel.channel,
  });
  const facts: MessageFacts = {
    channel: channel.channel,
    kind: null,
    hasAttachments: message.hasAttachments === true,
    signals,
    zones,
  };
  // a meeting response whose invitee typed a matter (before the scan: judging the note alone scans it
  // with the same reusable scratch scan)
  if (!zones.subjectOnly && noteIsMatter(message, zones.texts[ZONE_INDEX.body]!, config, model)) signals.add('meetingResponseMatter');
  // one pass of the keyword automaton over each zone serves the rules and the concern reader
  const scan = scanKeywords(compiled, zones, channel.channel);
  let concern: Concern | null = null;
  // a text mostly in Arabic, Persian, Cyrillic … script: the rules read none of it
  const otherScript = writtenInOtherScript([zones.texts[ZONE_INDEX.subject]!, zones.texts[ZONE_INDEX.body]!]);
  if (compiled.usesConcern) {
    const read = readConcern(zones, channel.channel, scan.concern);
    // a text in Arabic, Persian or Cyrillic script is read by its own small reader (the Swedish words in it may be only a term:
    // the name of a report asked about, a gloss in brackets)
    const readHere = read.concern !== null && otherScript && swedishTermOnly(zones, read.concern) ? null : read.concern;
    concern = readHere ?? (otherScript ? readConcernInOtherScripts(zones) : null);
    // where the reader's words find no clear concern, the concern model weighs all the words (every
    // message: a concern told without any of the reader's words must not wait) …
    // (and in a text mostly in another script, the script model where the concern model is not sure: concernScriptModel.ts)
    const found =
      concern === null && config.triage.concernModel ? (modelConcern(zones, channel.channel, otherScript) ?? (otherScript ? scriptModelConcern(zones) : null)) : null;
    // … but on a message without any sign of harm or worry (out of what it was trained on), one the
    // rules clearly make another kind — a water cut, an application — is that kind, unless the model
    // is as sure as it never was of such a message in cross-validation (concernModel.ts)
    if (found !== null && modelConcernStands(found, read.signs, () => otherKindByRules(compiled, scan, facts))) concern = found;
  }
  // a message whose only text is its subject is read as its body: the words are said to be in the subject
  if (concern !== null && zones.subjectOnly && concern.zone === ZONE_INDEX.body) concern = { ...concern, zone: ZONE_INDEX.subject };
  if (concern !== null) {
    signals.add('concern');
    facts.signalEvidence = new Map([['concern', explainConcern(concern)]]);
  }

  const kindMatches = matchingRules(compiled, scan, facts, 'kind');
  // a found report of concern never becomes another kind by the municipality's own rules — only by
  // a built-in one (an automatic reply …) or an own rule that names the concern signal itself
  const setAside = concern !== null && compiled.recognisesConcern ? kindMatches.filter((m) => m.rule.yieldsToConcern) : [];
  const ruleKind = decideKind(setAside.length === 0 ? kindMatches : kindMatches.filter((m) => !m.rule.yieldsToConcern));
  const kindDecision = model ? decideKindWithModel(ruleKind, model, zones, channel.channel) : ruleKind;
  // what the mailbox's own corrections taught (localModel.ts) may replace an open decision
  let localScores: LocalScores | null = null;
  const readLocal = (): LocalScores => (localScores ??= local!.read(zones, channel.channel));
  const localKind = local ? local.decideKind(readLocal, kindDecision) : null;
  const kind = localKind?.value ?? kindDecision.value;
  facts.kind = kind;
  const departmentMatches = matchingRules(compiled, scan, facts, 'department');
  const ruleDepartment = decideDepartment(departmentMatches, kind, config, compiled);
  const departmentDecision = departmentModel
    ? decideDepartmentWithModel(ruleDepartment, kind, departmentModel, zones, channel.channel, compiled.departmentIds)
    : ruleDepartment;
  const localDepartment = local ? local.decideDepartment(readLocal, departmentDecision, compiled.departmentIds) : null;
  const department = localDepartment?.value ?? departmentDecision.value;

  const rules: string[] = [];
  const addRule = (id: string): void => {
    if (!rules.includes(id)) rules.push(id);
  };
  if (localKind) addRule(LOCAL_KIND_RULE_ID);
  else if (kindDecision.how === 'decisive' || kindDecision.how === 'evidence') addRule(kindDecision.match.rule.rule.id);
  else if (kindDecision.how === 'model') addRule(MODEL_RULE_ID);
  if (localDepartment) addRule(LOCAL_DEPARTMENT_RULE_ID);
  else if (departmentDecision.how === 'decisive' || departmentDecision.how === 'evidence') addRule(departmentDecision.match.rule.rule.id);
  else if (departmentDecision.how === 'model') addRule(DEPARTMENT_MODEL_RULE_ID);

  const categories: string[] = [];
  let priority: Priority | null = null;
  for (const m of departmentMatches) {
    const then = m.rule.rule.then;
    const relevant =
      m.rule.decisive ||
      ((then.department === undefined || then.department === department) && (then.kind === undefined || then.kind === kind));
    if (!relevant) continue;
    if (then.categories) {
      for (const c of then.categories) if (!categories.includes(c)) categories.push(c);
      addRule(m.rule.rule.id);
    }
    if (then.priority && priority === null && m.rule.decisive) {
      priority = then.priority;
      addRule(m.rule.rule.id);
    }
  }

  const parts: Explanation[] = [
    explainChannel(channel, CHANNEL_NAMES[channel.channel]),
    localKind ? explainLocalKind(localKind) : explainKind(kindDecision),
    localDepartment ? explainLocalDepartment(localDepartment, config) : explainDepartment(departmentDecision, config),
  ];
  if (anonymous) parts.push(ANONYMOUS_EXPLANATION);
  if (kind !== 'ej_arende' && signals.has('meetingResponseMatter')) parts.push(MEETING_RESPONSE_MATTER_EXPLANATION);
  if (kind === 'orosanmalan' && setAside.length > 0) parts.push(ownRulesSetAside(setAside.map((m) => m.rule.rule)));
  const uncertainty = uncertaintyOf({ kind: localKind ?? kindDecision, department: localDepartment ?? departmentDecision, zones, concern, words: scan.words, otherScript });
  if (uncertainty !== null) parts.push(uncertainty.sentence);
  const result: TriageResult = {
    channel: channel.channel,
    kind,
    department,
    anonymous,
    categories,
    priority: priority ?? (kind === 'orosanmalan' ? 'high' : 'normal'),
    rules,
    uncertain: uncertainty !== null,
    uncertainty: uncertainty === null ? null : { sv: uncertainty.sv, en: uncertainty.en },
    ...(otherScript && !zones.unread ? { otherScript: true } : {}),
    explanation: joinExplanations(parts),
  };
  return { result, kindDecision, departmentDecision };
}
export { RuleProbe, probeText, ruleSetReads, type ProbeText } from './ruleProbe';

/**
 * Whether the kind rules alone (without the concern signal) clearly make the message a kind other
 * than a question: a decisive rule, or evidence for a fault, a complaint, an application …
 * Weighted evidence of inget ärende is no such reason: it would take the deadline away on the very
 * text the model reads as a concern ("Jag är bortrest och läser inte mejl … min mamma svarar inte"),
 * and inget ärende needs evidence that outweighs a concern, not one that silences it (machine mail
 * by its decisive marks — an automatic reply's subject, a bounce — still does).
 */
function otherKindByRules(compiled: CompiledRules, scan: KeywordScan, facts: MessageFacts): boolean {
  const byRules = decideKind(matchingRules(compiled, scan, facts, 'kind'));
  return (
    byRules.how === 'decisive' ||
    (byRules.how === 'evidence' && byRules.value !== 'fraga' && byRules.value !== 'orosanmalan' && byRules.value !== 'ej_arende')
  );
}

/** The kinds a note in a meeting response may be judged to be for the response to be a contact: a matter someone must act on. */
const MATTER_KINDS: ReadonlySet<TriageResult['kind']> = new Set(['felanmalan', 'klagomal', 'skadeansprak', 'orosanmalan']);
/** The department rule that only follows from a fault report's kind: it names no public thing. */
const ANY_FAULT_RULE = 'avd.tek.fel';

/**
 * Whether a calendar's response to a meeting invitation carries a matter in the invitee's own note
 * (meetingResponse.ts): not the municipality's own staff; the note tells of something that has lasted
 * or names a street address; and the rules, reading the note alone (without the meeting's title,
 * agenda or the calendar's lines), find a fault, a complaint, a claim or a concern in it — a fault, or
 * a matter only the kind model reads, of something a rule places with a department ("gatlampan",
 * "soptunnan", "hemtjänsten"), not only a broken thing of the writer's ("min bil är fortfarande trasig").
 */
function noteIsMatter(message: MailMessage, body: string, config: SvarstidConfig, model: KindModel | null): boolean {
  const title = meetingResponseTitle(message.subject ?? '');
  if (title === null) return false;
  if (inDomains((message.from?.emailAddress?.address ?? '').toLowerCase(), config.municipality.domains)) return false;
  const note = inviteeNote(body, title);
  if (!NOT_BLANK.test(note)) return false;
  // (a question about a matter of the invitee's own wants an answer: "Hur anmäler jag mig till SFI?")
  if (noteAsksOfOwnMatter(note)) return true;
  if (!noteTellsOfLastingMatter(note)) return false;
  // the note as a message of its own: no subject, so it is never a meeting response itself; judged
  // by the rules and the kind model, not by what one mailbox's corrections taught
  const alone: MailMessage = { ...message, subject: '', bodyPreview: note.slice(0, 255), body: { contentType: 'text', content: note } };
  const { kindDecision, departmentDecision } = triageAndKindDecision(alone, config, model, null, null);
  if (!MATTER_KINDS.has(kindDecision.value)) return false;
  // … by a rule, or by the model when it is sure — its unsure guess on a few words ("Jag har varit förkyld
  // i två veckor": a complaint at 33 %) is no evidence that someone must act, unless it overruled a rule
  // that found a matter (a bin not emptied the model calls a complaint at 53 %)
  const sure =
    kindDecision.how === 'model'
      ? kindDecision.probability >= WEAK_MODEL || (kindDecision.overruled !== null && MATTER_KINDS.has(kindDecision.overruled.kind))
      : kindDecision.how === 'decisive' || kindDecision.how === 'evidence';
  // (a fault, or any matter only the model reads, must be of something a rule places with a department: "min bil är
  // fortfarande trasig" is not, nor "Vi har gått samma runda varje kväll hela vintern", a complaint to the model at 72 %)
  const placed =
    (kindDecision.value !== 'felanmalan' && kindDecision.how !== 'model') ||
    ((departmentDecision.how === 'decisive' || departmentDecision.how === 'evidence') && departmentDecision.match.rule.rule.id !== ANY_FAULT_RULE);
  return sure && placed;
}
