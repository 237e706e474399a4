import { CONCERN_OFF_WARNING, concernRecognised } from '../core/triage/concernSwitch';
import { Temporal } from 'temporal-polyfill';
import { localModelStatus, routingRuleSchema, shadowedDueReach, type DueReach, type DeadlineRule, type Duration, type SvarstidConfig } from '../core/config';
import type { RoutingRule } from '../core/config/triageSchema';
import type { WeekdayKey } from '../core/config/calendarSchema';
import { durationText, type Lang } from '../core/humanTime';
import { ruleName } from '../core/triage/defaultRuleNamesEn';
import { DEFAULT_ROUTING_RULES } from '../core/triage/defaultRules';
import { rulesInEffect } from '../core/triage/compileRules';
import { englishDepartmentInSentence } from '../core/triage/explain';
import { CHANNEL_NAMES, CHANNELS, KIND_NAMES, KINDS, type Channel, type Kind } from '../core/vocabulary';
import { deadlineFor, noticeRule } from '../core/assess';
import { parseReceived } from '../core/deadline';
import { joinList, percentText } from '../core/text/joinList';
import { isPresetId, presetConfig } from '../core/config/presets';

/** How one routing rule stands in a configuration. */
export type RuleStatus = 'own' | 'changed' | 'builtin' | 'off';

export interface EffectiveRule {
  id: string;
  name: string;
  status: RuleStatus;
  /** False for a built-in rule that applies although the file does not list it. */
  inFile: boolean;
  rule: RoutingRule;
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
    return { id: r.id, name: r.name, status, inFile: true, rule: r };
  });
  const ownIds = new Set(config.triage.rules.map((r) => r.id));
  const added: EffectiveRule[] = DEFAULT_ROUTING_RULES.filter((r) => !ownIds.has(r.id)).map((r) => ({
    id: r.id,
    name: r.name,
    status: !config.triage.builtinClassifier || off.has(r.id) || !r.enabled ? 'off' : 'builtin',
    inFile: false,
    rule: r,
  }));
  return [...own, ...added];
}

type Text = Record<Lang, string>;

/** `1 avstängd`, `2 avstängda`: the status words agree with the number. */
const STATUS_WORDS: Record<RuleStatus, { one: Text; many: Text }> = {
  own: { one: { sv: 'egen', en: 'custom' }, many: { sv: 'egna', en: 'custom' } },
  changed: { one: { sv: 'ändrad', en: 'changed' }, many: { sv: 'ändrade', en: 'changed' } },
  builtin: { one: { sv: 'inbyggd', en: 'built-in' }, many: { sv: 'inbyggda', en: 'built-in' } },
  off: { one: { sv: 'avstängd', en: 'off' }, many: { sv: 'avstängda', en: 'off' } },
};

function counted(n: number, status: RuleStatus, lang: Lang): string {
  return `${n} ${(n === 1 ? STATUS_WORDS[status].one : STATUS_WORDS[status].many)[lang]}`;
}

function inSentence(name: string): string {
  return name === name.toUpperCase() ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** `telefon`, `e-post och SMS`, `ärendetyp ansökan` / `phone`, `case type application`. */
function ruleScope(rule: Pick<DeadlineRule, 'channel' | 'kind'>, lang: Lang): string {
  const or = lang === 'sv' ? ' och ' : ' and ';
  const parts: string[] = [];
  if (rule.kind) parts.push(`${lang === 'sv' ? 'ärendetyp' : 'case type'} ${rule.kind.map((k) => inSentence(KIND_NAMES[k][lang])).join(or)}`);
  if (rule.channel) parts.push(`${lang === 'sv' ? 'via' : 'by'} ${rule.channel.map((c) => inSentence(CHANNEL_NAMES[c][lang])).join(or)}`);
  if (!rule.kind && rule.channel) return rule.channel.map((c) => inSentence(CHANNEL_NAMES[c][lang])).join(or);
  return parts.join(' ');
}

/**
 * `svar inom 24 timmar†`, `mål samma arbetsdag, före stängning`, `lämnas vidare inom två timmar
 * räknat i öppettid` (a report of concern is handed on, not answered: reader round 29, U5).
 */
function timeText(d: Duration, which: 'due' | 'target' | 'handle' | 'handOn', lang: Lang): string {
  const heads: Record<typeof which, Text> = {
    due: { sv: 'svar', en: 'answer' },
    target: { sv: 'mål', en: 'target' },
    handle: { sv: 'hanteras', en: 'handled' },
    handOn: { sv: 'lämnas vidare', en: 'handed on' },
  };
  const standalone = d.unit === 'endOfWorkingDay';
  const within = standalone ? '' : lang === 'sv' ? ' inom' : ' within';
  return `${heads[which][lang]}${within} ${durationText(d, lang)}${d.extend ? '†' : ''}`;
}

/**
 * The channels on which another rule can give an earlier deadline than a confirmation rule, so
 * that a notice is not enough there (SPEC §3: the earliest due wins; §6: only a rule that gives
 * the due decides). Tried on every hour of two ordinary weeks (Monday 16 – Sunday 29 November 2026),
 * with the time each such channel's own rule gives when they all give the same (`72 timmar`).
 */
export function channelsBeforeConfirmation(rule: DeadlineRule, config: SvarstidConfig): { channels: Channel[]; same: Duration | null } {
  if (rule.satisfiedBy !== 'acknowledgement' || rule.due === undefined) return { channels: [], same: null };
  const kinds = rule.kind ?? KINDS.filter((k) => k !== 'ej_arende' && k !== 'orosanmalan');
  const channels = (rule.channel ?? CHANNELS).filter((channel) => {
    for (const kind of kinds) {
      for (let h = 0; h < 14 * 24; h++) {
        const received = new Date(Date.UTC(2026, 10, 15, 23 + h, 30)).toISOString();
        const d = deadlineFor({ channel, kind, received }, config);
        const n = noticeRule({ channel, kind, received: parseReceived(received) }, d, config);
        if (n.confirmation?.id !== rule.id && n.earlierThanConfirmation?.id === rule.id) return true;
      }
    }
    return false;
  });
  const own = channels.map((c) => config.policy.rules.find((r) => r.id !== rule.id && r.due && r.kind === undefined && r.channel?.includes(c))?.due);
  const first = own[0];
  const same = first !== undefined && own.every((d) => d !== undefined && JSON.stringify(d) === JSON.stringify(first)) ? first : null;
  return { channels, same };
}

/**
 * The times a deadline rule gives, target first: `mål samma arbetsdag, före stängning; svar inom 24 timmar†`;
 * for a confirmation rule, what a notice counts for — and, given the configuration, where another
 * rule's earlier time means a real answer is needed.
 */
export function ruleTimes(
  rule: { due?: Duration | undefined; target?: Duration | undefined; override?: boolean | undefined; kind?: readonly string[] | undefined; satisfiedBy?: 'answer' | 'acknowledgement' | undefined },
  lang: Lang,
  config?: SvarstidConfig,
): string {
  const times = [rule.target && timeText(rule.target, 'target', lang), rule.due && timeText(rule.due, !rule.override ? 'due' : rule.kind?.length === 1 && rule.kind[0] === 'orosanmalan' ? 'handOn' : 'handle', lang)].filter(Boolean).join('; ');
  // A confirmation rule: a reply that says when the answer (or decision) comes meets the time.
  if (rule.satisfiedBy !== 'acknowledgement') return times;
  const before = config && 'id' in rule ? channelsBeforeConfirmation(rule as DeadlineRule, config) : { channels: [], same: null };
  if (before.channels.length === 0) {
    return lang === 'sv'
      ? `${times} (här räcker ett besked om när svaret eller beslutet kommer för att räknas som besvarat i tid; det utlovade datumet följs sedan upp. Säger svaret i stället när något ska göras (”Vi byter lampan måndag 30 november”) är det svaret: ärendet lämnar kön och Svarstid följer inte upp att det blir gjort)`
      : `${times} (here a notice saying when the answer or decision comes is enough to count as answered in time; the promised date is then followed up. If the reply instead says when something will be done ('We will replace the lamp on Monday 30 November'), it is the answer: the case leaves the queue and Svarstid does not follow up that it is done)`;
  }
  const names = (l: Lang) => before.channels.map((c) => inSentence(CHANNEL_NAMES[c][l])).join(l === 'sv' ? ' eller ' : ' or ');
  const theirs = (l: Lang) => `${l === 'sv' ? 'kanalens' : "the channel's"} ${before.same ? durationText(before.same, l) : l === 'sv' ? 'tid' : 'time'}`;
  return lang === 'sv'
    ? `${times}. Ett besked om när svaret eller beslutet kommer räcker oftast för att räknas som besvarat i tid, och det utlovade datumet följs sedan upp. Skriver du i stället när något ska göras (”Vi byter lampan måndag 30 november”), är det svaret: ärendet lämnar kön och Svarstid följer inte upp att det blir gjort. Undantag: kommer meddelandet via ${names('sv')} och hamnar den här regelns tid på en stängd dag, kan ${theirs('sv')} sluta först, och då krävs ett riktigt svar senast då. Förklaringen till varje meddelande säger vilket som gäller.`
    : `${times}. A notice saying when the answer or the decision comes is usually enough to count as answered in time, and the promised date is then followed up. If you instead say when something will be done ('We will replace the lamp on Monday 30 November'), that is the answer: the case leaves the queue and Svarstid does not follow up that it is done. Exception: if the message came by ${names('en')} and this rule's time falls on a closed day, ${theirs('en')} can end first, and then a real answer is needed by that time. Each message's explanation says which applies.`;
}

/**
 * True when the policy's default can never apply: every channel has a rule of its own that gives
 * a due for every case type (a rule with that channel and no case type).
 */
export function defaultUnused(rules: readonly DeadlineRule[]): boolean {
  return CHANNELS.every((c) => rules.some((r) => r.due !== undefined && r.kind === undefined && r.override !== true && (r.channel === undefined || r.channel.includes(c))));
}

/**
 * Why a case-type rule seldom or never gives the due (SPEC §3: the earliest due wins), and what to
 * do if its time should apply: "never" and "rarely" as tried on the calendar (`shadowedDueReach`).
 */
export function shadowedNote(reach: DueReach, lang: Lang): string {
  if (reach === 'never') {
    return lang === 'sv'
      ? 'ger aldrig svarstiden nu: varje kanal har en regel med samma eller en kortare tid, och den tidigaste tiden gäller. Ska den här tiden gälla, begränsa kanalreglerna med "kind" så att de inte gäller den här ärendetypen'
      : 'never gives the deadline now: every channel has a rule with the same or a shorter time, and the earliest time applies. For this time to apply, limit the channel rules with "kind" so that they do not cover this case type'
  }
  return lang === 'sv'
    ? 'ger sällan svarstiden: kanalreglerna ger oftast en tidigare tid, och den tidigaste tiden gäller; bara när en kanals tid hamnar på flera stängda dagar i rad, som vid jul eller påsk, slutar den här tiden först'
    : "rarely gives the deadline: the channel rules usually give an earlier time, and the earliest time applies; only when a channel's time falls on several closed days in a row, as at Christmas or Easter, does this time end first"
}

/**
 * What a reply from the shared mailbox counts as, and how Svarstid tells (SPEC §6; the rule is
 * `recogniseReply` in `src/core/acknowledgement`): said the same way in `run --help`, `presets` and
 * `check-config`. Round 10 of the message review asked how a notice is told from an answer.
 */
export const NOTICE_OR_ANSWER: Readonly<Record<Lang, string>> = {
  sv:
    'Svarstid läser det som är nyskrivet i allt som skickas från funktionsbrevlådan och sparas under Skickat; automatiska svar som Exchange själv skickar (frånvaromeddelanden och svar från regler) sparas inte där och räknas inte. Det du skickar är ett besked, inte ett svar, om det bara bekräftar och säger när svaret eller beslutet kommer (”Du får svar senast fredag 4 december”). ' +
    'Ett datum för det som ska göras (”Vi byter lampan måndag 30 november”) gör det till ett svar, liksom allt som svarar på det som invånaren frågade eller bad om. ' +
    'Beskedets datum blir den nya tiden att svara senast (utom för en orosanmälan, som ska lämnas vidare och inte vänta på ett datum), och invånarens meddelande ligger kvar i kön tills det riktiga svaret skickas. ' +
    'Skickar du bara ett kvitto på att det har kommit fram (”Tack, vi har tagit emot ditt meddelande”), räknas det som svaret och invånarens meddelande lämnar kön; skicka det bara när inget mer behövs. Det gäller också automatiska kvitton som skickas från funktionsbrevlådan som svar i samma konversation, till exempel med Power Automates Svara på e-post, och sparas under Skickat: de tar varje ärende de skickas för ur kön (ett kvitto som skickas som ett nytt meddelande räknas inte). Låt ett sådant kvitto säga när svaret kommer (”Du får svar inom två arbetsdagar”), så blir det ett besked och svarstiden följs upp. En orosanmälan som ett kvitto har tagit ur kön är inte lämnad vidare för det: den står kvar överst i Teams-fliken, som besvarad men inte lämnad, tills någon markerar den som lämnad i Outlook-tillägget. Lovar ett kvitto dessutom att kommunen återkommer, utan datum (”vi återkommer så snart vi kan”), är det ett väntesvar, varken besked eller svar: svarstiden fortsätter att gälla.',
  en:
    'Svarstid reads what is newly written in everything sent from the shared mailbox and saved in Sent Items; automatic replies that Exchange itself sends (out-of-office replies and replies from rules) are not saved there and do not count. A reply that only acknowledges and says when the answer or decision comes (\'You will have an answer by Friday 4 December\') is a notice, not an answer. ' +
    'A date for what will be done (\'We will replace the lamp on Monday 30 November\') makes it an answer, as does anything that answers what the message asked or requested. ' +
    'The notice\'s date becomes the new answer-by time (except for a report of concern, which is to be handed on, not kept waiting for a date), and the message stays in the queue until the real answer is sent. ' +
    'A reply that only confirms receipt (\'Thank you, we have received your message\') counts as an answer and the message leaves the queue; use it only when nothing more is needed. The same holds for automatic receipts sent from the shared mailbox as a reply in the same conversation, for example with Power Automate\'s Reply to email, and saved in Sent Items: they take every case they are sent for out of the queue (a receipt sent as a new message does not count). Let such a receipt say when the answer comes (\'You will have an answer within two working days\'), and it becomes a notice whose time is followed up. A report of concern that a receipt took out of the queue is not handed on by it: it stays at the top of the Teams tab, as answered but not handed on, until someone marks it as handed on in the Outlook add-in. If a receipt also says the municipality will come back, with no date (\'we will get back to you as soon as we can\'), it is a holding reply, neither a notice nor an answer: the deadline keeps running.',
};

/** The lines every listing of deadline rules ends with: how rules combine and what an acknowledgement counts for (SPEC §3, §6). */
export function deadlineRulesNote(rules: readonly DeadlineRule[], lang: Lang): string[] {
  const ack = rules.some((r) => r.satisfiedBy === 'acknowledgement');
  return lang === 'sv'
    ? [
        'Passar flera regler ett meddelande gäller den tidigaste svarstiden av dem alla, och det tidigaste målet, utom när en regel går före alla andra (orosanmälan): då gäller bara den.',
        NOTICE_OR_ANSWER.sv,
        ack
          ? 'Säger regeln som ger meddelandet dess svarstid att ett besked räcker, räknas beskedet dessutom som besvarat i tid. Ger flera regler samma tid räknas beskedet om någon av dem säger att ett besked räcker (förklaringen anger tiden efter regeln som står först och nämner den regel som säger att ett besked räcker). Annars mäts ”besvarat i tid” mot den ursprungliga svarstiden: det riktiga svaret måste komma senast då. Ett riktigt svar är allt som gör mer än att lova när svaret kommer, till exempel att felet är åtgärdat eller vad som görs och när (”vi byter lampan måndag 30 november”).'
          : 'Ingen regel här säger att ett besked räcker, så ”besvarat i tid” mäts alltid mot den ursprungliga svarstiden: det riktiga svaret måste komma senast då.',
      ]
    : [
        'When several rules match a message, the earliest deadline of them all applies, and the earliest target, except when a rule overrides all others (report of concern): then only that one applies.',
        NOTICE_OR_ANSWER.en,
        ack
          ? 'If the rule that gives the message its deadline says a notice is enough, the notice also counts as answered in time. When several rules give the same time, the notice counts if any of them says a notice is enough (the message\'s explanation gives the time by the rule listed first and names the rule that says a notice is enough). Otherwise \'answered in time\' is measured against the original deadline: the real answer must come by then. A real answer is anything that does more than promise when the answer comes, for example that the fault is fixed, or what will be done and when (\'we will replace the lamp on Monday 30 November\').'
          : 'No rule here says a notice is enough, so \'answered in time\' is always measured against the original deadline: the real answer must come by then.',
      ];
}

function deadlineLine(
  id: string,
  scope: string,
  rule: { due?: Duration | undefined; target?: Duration | undefined; local?: boolean | undefined; override?: boolean | undefined; kind?: readonly string[] | undefined; satisfiedBy?: 'answer' | 'acknowledgement' | undefined },
  lang: Lang,
  shadowed: DueReach | undefined = undefined,
  config?: SvarstidConfig,
  unused = false,
): string {
  const notes = [
    shadowed === undefined ? '' : shadowedNote(shadowed, lang),
    // a report of concern's time is the outer limit, as `presets` says (reader round 32, N8)
    rule.override && rule.kind?.length === 1 && rule.kind[0] === 'orosanmalan' && rule.due !== undefined
      ? lang === 'sv'
        ? 'det är den yttersta gränsen: lämna den vidare genast'
        : 'that is the outer limit: hand it on at once'
      : '',
    rule.override ? (lang === 'sv' ? 'går före alla andra regler och gäller även anonyma kontakter' : 'overrides every other rule and applies to anonymous contacts too') : '',
    rule.local ? (lang === 'sv' ? 'lokalt val' : 'local choice') : '',
    unused ? (lang === 'sv' ? 'används inte så länge varje kanal har en egen regel' : 'never used while every channel has a rule of its own') : '',
  ].filter(Boolean);
  return `  ${id.padEnd(18)} ${scope}: ${ruleTimes(rule, lang, config)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

const DAYS: Record<WeekdayKey, Text> = {
  mon: { sv: 'mån', en: 'Mon' },
  tue: { sv: 'tis', en: 'Tue' },
  wed: { sv: 'ons', en: 'Wed' },
  thu: { sv: 'tors', en: 'Thu' },
  fri: { sv: 'fre', en: 'Fri' },
  sat: { sv: 'lör', en: 'Sat' },
  sun: { sv: 'sön', en: 'Sun' },
};

/** `08.00–16.00` / `08:00–16:00`; several intervals joined with `och`/`and`. */
function hoursText(intervals: readonly { from: string; to: string }[], lang: Lang): string {
  if (intervals.length === 0) return lang === 'sv' ? 'stängt' : 'closed';
  const clock = (t: string) => (lang === 'sv' ? t.replace(':', '.') : t);
  return intervals.map((i) => `${clock(i.from)}–${clock(i.to)}`).join(lang === 'sv' ? ' och ' : ' and ');
}

/** `mån–fre 08.00–16.00; lör–sön stängt`: runs of days with the same hours. */
function weekText(config: SvarstidConfig, lang: Lang): string {
  const days = Object.keys(DAYS) as WeekdayKey[];
  const runs: { first: WeekdayKey; last: WeekdayKey; hours: string }[] = [];
  for (const day of days) {
    const hours = hoursText(config.calendar.openingHours[day], lang);
    const run = runs[runs.length - 1];
    if (run && run.hours === hours) run.last = day;
    else runs.push({ first: day, last: day, hours });
  }
  return runs.map((r) => `${DAYS[r.first][lang]}${r.first === r.last ? '' : `–${DAYS[r.last][lang]}`} ${r.hours}`).join('; ');
}

/** What a local-choice field is, for the list of things to check before use. */
function localLabel(field: string, config: SvarstidConfig, lang: Lang): string {
  const m = config.municipality;
  const labels: Record<string, Text> = {
    'municipality.domains': { sv: `kommunens e-postdomäner: ${m.domains.join(', ')}`, en: `the municipality's mail domains: ${m.domains.join(', ')}` },
    'municipality.mailbox': { sv: `funktionsbrevlådans adress: ${m.mailbox ?? '(ingen)'}`, en: `the shared mailbox's address: ${m.mailbox ?? '(none)'}` },
    'municipality.nameVariants': { sv: 'andra skrivsätt för kommunens namn', en: "other ways of writing the municipality's name" },
    'calendar.openingHours': { sv: 'öppettiderna (se ovan)', en: 'the opening hours (see above)' },
    'calendar.closedDays': { sv: 'lokala stängda dagar', en: 'local closed days' },
    'calendar.exceptions': { sv: 'undantagen från öppettiderna', en: 'the exceptions to the opening hours' },
    'calendar.timeZone': { sv: 'tidszonen', en: 'the time zone' },
    'calendar.workingDayHours': { sv: 'hur många timmar en arbetsdag räknas som', en: 'how many hours a working day counts as' },
    'senderCheck.signature': { sv: 'standardsignaturen som avsändarkontrollen föreslår', en: 'the standard signature the sender check suggests' },
    'senderCheck.mode': { sv: 'om avsändarkontrollen stoppar eller bara varnar', en: 'whether the sender check blocks or only warns' },
    'senderCheck.requireAnswerTime': { sv: 'om avsändarkontrollen påminner när det du skickar inte säger när det riktiga svaret kommer', en: 'whether the sender check reminds you when what you send does not say when the real answer comes' },
    'senderCheck.lixHintAbove': { sv: 'LIX-gränsen för klarspråkstips', en: 'the LIX level for plain-language hints' },
    'policy.default': { sv: 'standardtiden när ingen regel passar', en: 'the default time when no rule matches' },
  };
  const rule = /^policy\.rules\[(.*)\]$/.exec(field);
  if (rule) {
    const r = config.policy.rules.find((x) => x.id === rule[1]);
    if (r && lang === 'sv') return `svarstiden för ${ruleScope(r, 'sv')}`;
    if (r) return r.kind ? `the deadline for ${ruleScope(r, 'en')}` : `the deadline for contacts by ${ruleScope(r, 'en')}`;
  }
  return labels[field]?.[lang] ?? field;
}

/** `→ felanmälan`, `→ Tekniska förvaltningen`, `mot ärendetypen 'felanmälan'` (counter-evidence). */
function ruleEffect(rule: RoutingRule, config: SvarstidConfig, lang: Lang): string {
  const against = rule.weight !== undefined && rule.weight < 0;
  const parts: string[] = [];
  if (rule.then.kind) {
    const kind = KIND_NAMES[rule.then.kind as Kind][lang].toLowerCase();
    parts.push(against ? (lang === 'sv' ? `ärendetypen '${kind}'` : `the case type '${kind}'`) : kind);
  }
  if (rule.then.department) {
    const d = config.departments.find((x) => x.id === rule.then.department);
    parts.push((lang === 'en' ? d?.nameEn : undefined) ?? d?.name ?? rule.then.department);
  }
  for (const c of rule.then.categories ?? []) parts.push(`${lang === 'sv' ? 'kategorin' : 'category'} ${JSON.stringify(c)}`);
  if (rule.then.priority) parts.push(`${lang === 'sv' ? 'prioritet' : 'priority'} ${rule.then.priority}`);
  // counter-evidence counts against each thing it names: "mot ärendetypen 'ansökan' och mot Kommunledningsförvaltningen"
  if (against) return `${lang === 'sv' ? 'mot' : 'against'} ${parts.join(lang === 'sv' ? ' och mot ' : ' and against ')}`;
  return `→ ${parts.join(', ')}`;
}

const ACTION_TEXT: Record<string, (d: SvarstidConfig['departments'][number], lang: Lang) => string> = {
  category: (d, lang) => (lang === 'sv' ? `Outlook-kategorin ${JSON.stringify(d.category)}` : `Outlook category ${JSON.stringify(d.category)}`),
  move: (d, lang) => (lang === 'sv' ? `flyttas till mappen ${JSON.stringify(d.routing.folder ?? '')}` : `moved to the folder ${JSON.stringify(d.routing.folder ?? '')}`),
  forward: (d, lang) => (lang === 'sv' ? `vidarebefordras till ${d.routing.forwardTo ?? ''}` : `forwarded to ${d.routing.forwardTo ?? ''}`),
};

/** The lines `check-config` prints for a valid configuration: what applies, and how to change it. */
export function describeConfig(config: SvarstidConfig, lang: Lang, file = 'kommun.json'): string {
  const sv = lang === 'sv';
  const out: string[] = [];
  const p = config.policy;

  out.push('', 'Svarstider / Deadlines:');
  out.push(
    sv
      ? `  Svarstidsreglerna ${JSON.stringify(p.id)}, version ${p.version} (står i varje meddelandes märkning, i fältet "policy"). "Svar" är tiden då svaret senast ska ha kommit (löftet); "mål" är en tidigare tid som kommunen siktar på.`
      : `  Deadline rules ${JSON.stringify(p.id)}, version ${p.version} (written into every message's label record, in the field "policy"). "Answer" is the time by which the answer must have come (the promise); "target" is an earlier time the municipality aims for.`,
    ...deadlineRulesNote(p.rules, lang).map((l) => `  ${l}`),
  );
  const shadowed = shadowedDueReach(config, Temporal.Now.plainDateISO(config.calendar.timeZone).year);
  for (const r of p.rules) out.push(deadlineLine(r.id, ruleScope(r, lang), r, lang, shadowed.get(r.id), config));
  const unused = defaultUnused(p.rules);
  out.push(deadlineLine(sv ? '(standard)' : '(default)', sv ? 'när ingen regel passar' : 'when no rule matches', p.default, lang, undefined, config, unused));
  if ([...p.rules, p.default].some((r) => r.due?.extend || r.target?.extend)) {
    out.push(sv ? '  † hamnar tiden på en stängd dag flyttas den till nästa arbetsdags stängning' : "  † a time that falls on a closed day moves to the next working day's closing time");
  }
  const override = p.rules.some((r) => r.override);
  out.push(
    sv
      ? `  Inget ärende och anonyma kontakter (e-tjänst utan svarsadress) får ingen svarstid${override ? ', utom en orosanmälan' : ''}.`
      : `  Messages that are not cases and anonymous contacts (web forms without a reply address) get no deadline${override ? ', except a report of concern' : ''}.`,
  );
  if (rulesInEffect(config.triage).some((r) => r.id === 'ans.handling')) {
    const applicationRule = p.rules.some((r) => r.kind?.includes('ansokan'));
    out.push(
      sv
        ? `  En begäran om allmänna handlingar (regeln ans.handling) är en ansökan och får ${applicationRule ? 'ansökans' : 'kanalens'} svarstid ovan, men enligt tryckfrihetsförordningen ska den behandlas skyndsamt, oftast samma dag: svarstiden är den yttersta gränsen, och ett besked om när svaret kommer ersätter inte att handlingen lämnas ut. Förklaringen till varje sådant meddelande säger det.`
        : `  A request for public records (the rule ans.handling) is an application and gets the ${applicationRule ? 'application' : "channel's"} deadline above, but under the Freedom of the Press Act it must be handled promptly, usually the same day: the deadline is the outer limit, and a notice saying when the answer comes does not replace handing the records out. Each such message\'s explanation says so.`,
    );
  }

  const handling = Object.entries(p.handlingTimes ?? {}) as [Kind, Duration][];
  if (handling.length > 0) {
    const list = handling.map(([k, d]) => `${KIND_NAMES[k][lang].toLowerCase()} ${durationText(d, lang)}`).join(', ');
    out.push(
      sv
        ? `  Handläggningstider ("handlingTimes" under "policy"): när en handläggare skickar ett besked om när svaret kommer föreslår Svarstid ett datum så långt fram från nu: ${list}. För andra ärendetyper föreslås svarstiden.`
        : `  Handling times ("handlingTimes" under "policy"): when an officer sends a notice of when the answer comes, Svarstid proposes a date this far from now: ${list}. For other case types it proposes the deadline.`,
    );
  }
  const cal = config.calendar;
  out.push('', `Öppettider / Opening hours (${cal.timeZone}):`);
  out.push(`  ${weekText(config, lang)}.${cal.local?.includes('openingHours') ? (sv ? ' Öppettiderna är ett lokalt val.' : ' The opening hours are a local choice.') : ''}`);
  const closed = cal.closedDays.length > 0 ? cal.closedDays.join(', ') : sv ? 'inga' : 'none';
  out.push(
    sv
      ? `  Stängt även: svenska helgdagar (inbyggda: de allmänna helgdagarna, midsommarafton, julafton och nyårsafton); lokala stängda dagar: ${closed}.`
      : `  Also closed: Swedish holidays (built in: the public holidays, Midsummer Eve, Christmas Eve and New Year's Eve); local closed days: ${closed}.`,
  );
  for (const e of cal.exceptions) out.push(`  ${sv ? 'Undantag' : 'Exception'} ${e.date}: ${hoursText(e.hours, lang)}${e.note ? ` (${e.note})` : ''}`);
  // reader round 36, B1: days that close early are nowhere built in
  out.push(
    sv
      ? `  ${cal.exceptions.length === 0 ? 'Inga dagar med andra öppettider ("exceptions" under "calendar"). ' : ''}Stänger ni tidigare vissa dagar, till exempel dagen före en helgdag, lägg in varje sådan dag under "exceptions" ({"date": "2027-03-25", "hours": [{"from": "08:00", "to": "13:00"}]}): annars räknar Svarstid svarstider och den sista timmen före stängning som om ni hade öppet hela dagen.`
      : `  ${cal.exceptions.length === 0 ? 'No days with other opening hours ("exceptions" under "calendar"). ' : ''}If you close earlier on some days, for example the day before a holiday, add each such day under "exceptions" ({"date": "2027-03-25", "hours": [{"from": "08:00", "to": "13:00"}]}): otherwise Svarstid counts deadlines and the last hour before closing as if you were open all day.`,
  );
  out.push(
    sv
      ? `  En arbetsdag räknas som ${cal.workingDayHours} timmar öppettid ("workingDayHours" under "calendar"): en regel med "unit": "workingDays" lägger till ${cal.workingDayHours} timmar öppettid per arbetsdag. ` +
          `När öppettiden är ${cal.workingDayHours} timmar om dagen blir det samma klockslag (två arbetsdagar från fredag 15.30 är tisdag 15.30); med längre öppettid hamnar tiden tidigare på dagen, med kortare senare.`
      : `  A working day counts as ${cal.workingDayHours} hours of opening time ("workingDayHours" under "calendar"): a rule with "unit": "workingDays" adds ${cal.workingDayHours} hours of opening time per working day. ` +
          `When the opening hours are ${cal.workingDayHours} hours a day, that is the same time of day (two working days from Friday 15:30 is Tuesday 15:30); with longer opening hours the time falls earlier in the day, with shorter ones later.`,
  );

  const local = [
    ...(config.municipality.local ?? []).map((f) => `municipality.${f}`),
    ...(config.calendar.local ?? []).map((f) => `calendar.${f}`),
    ...(config.senderCheck.local ?? []).map((f) => `senderCheck.${f}`),
    ...p.rules.filter((r) => r.local).map((r) => `policy.rules[${r.id}]`),
    // A default no message can reach is not worth checking (it is marked "används inte" above).
    ...(p.default.local && !defaultUnused(p.rules) ? ['policy.default'] : []),
  ];
  // the preset as it is, for a municipality that may be another: everything in it is that municipality's
  const presetOwner = config.preset && isPresetId(config.preset) ? presetConfig(config.preset).municipality.name : null;
  if (presetOwner !== null && presetOwner === config.municipality.name) {
    out.push(
      '',
      sv
        ? `Obs: filen är förinställningen för ${presetOwner} som den är. Är ni en annan kommun, byt namn, domäner, funktionsbrevlåda och signatur mot era egna, lägg till administratörer och socialjourens nummer ("concernOnCall"), och byt svarstiderna mot er egen policy: byt alla tider ovan, inte bara de lokala valen nedan.`
        : `Note: the file is the preset for ${presetOwner} as it is. If you are another municipality, replace the name, domains, shared mailbox and signature with your own, add admins and the social services' on-call number ("concernOnCall"), and replace the deadlines with your own policy: every time above, not only the local choices below.`,
    );
  }
  if (local.length > 0) {
    out.push(
      '',
      'Lokala val / Local choices:',
      sv
        ? '  Det här står inte i kommunens egna dokument utan är valt lokalt. Kontrollera och ändra det innan filen används:'
        : "  These are not in the municipality's own documents but chosen locally. Check and change them before the file is used:",
    );
    const width = Math.max(...local.map((f) => f.length)) + 2;
    for (const f of local) out.push(`  ${f.padEnd(width)}${localLabel(f, config, lang)}`);
  }

  const fallback = config.departments.find((d) => d.id === config.fallbackDepartment);
  out.push('', `Förvaltningar / Departments (${config.departments.length}):`);
  out.push(
    sv
      ? '  Meddelanden till en förvaltning märks med förvaltningens Outlook-kategori (fältet "category"); en förvaltning kan också få sina meddelanden flyttade eller vidarebefordrade ("routing").'
      : '  Messages for a department are labelled with its Outlook category (the field "category"); a department can also have its messages moved or forwarded ("routing").',
  );
  for (const d of config.departments) {
    const actions = d.routing.actions.map((a) => ACTION_TEXT[a]?.(d, lang) ?? a).join('; ');
    out.push(`  ${d.id.padEnd(18)} ${sv ? d.name : (d.nameEn ?? d.name)} – ${actions}`);
  }
  const fallbackName = sv ? (fallback?.name ?? config.fallbackDepartment) : englishDepartmentInSentence(fallback?.nameEn ?? fallback?.name ?? config.fallbackDepartment);
  out.push(
    sv
      ? `  Meddelanden som ingen regel skickar till en annan förvaltning går till ${fallbackName}.`
      : `  Messages that no rule sends to another department go to ${fallbackName}.`,
  );
  const onCall = config.municipality.concernOnCall;
  out.push(
    sv
      ? onCall
        ? `  Jour för orosanmälningar som socialtjänsten inte hinner ta emot före stängning: ${onCall} (visas vid varje orosanmälan).`
        : '  Ingen jour för orosanmälningar efter stängning är angiven: skriv jourens namn och telefonnummer i "concernOnCall" under "municipality", så visas den vid varje orosanmälan.'
      : onCall
        ? `  On-call service for reports of concern the social services cannot take before closing time: ${onCall} (shown with every report of concern).`
        : '  No on-call service for reports of concern after closing time is given: write its name and phone number in "concernOnCall" under "municipality", and it is shown with every report of concern.',
  );

  const admins = config.admins ?? { users: [], groups: [] };
  out.push('', 'Administratörer / Admins:');
  if (admins.users.length + admins.groups.length === 0) {
    out.push(
      sv
        ? '  Inga: ingen kan öppna administrationsvyn. Lägg till er själva under "admins" ("users": inloggningsnamn, "groups": objekt-id för grupper i Microsoft Entra) innan filen sparas i brevlådan.'
        : '  None: nobody can open the admin view. Add yourselves under "admins" ("users": sign-in names, "groups": Microsoft Entra group object ids) before the file is stored in the mailbox.',
    );
  } else {
    if (admins.users.length > 0) out.push(`  ${sv ? 'Personer' : 'People'}: ${admins.users.join(', ')}`);
    if (admins.groups.length > 0) out.push(`  ${sv ? 'Grupper i Microsoft Entra' : 'Microsoft Entra groups'}: ${admins.groups.join(', ')}`);
    out.push(sv ? '  De kan ändra konfigurationen i administrationsvyn ("admins").' : '  They can change the configuration in the admin view ("admins").');
  }

  const rules = effectiveRuleList(config);
  const count = (s: RuleStatus) => rules.filter((r) => r.status === s).length;
  const counts = `${counted(count('own'), 'own', lang)}, ${counted(count('changed'), 'changed', lang)}, ${counted(count('builtin'), 'builtin', lang)}`;
  const inEffect = rules.length - count('off');
  // the switched-off rules are listed too, marked, so the heading counts them apart
  out.push('', `Sorteringsregler / Routing rules: ${rules.length} (${inEffect} ${sv ? 'gäller' : 'in effect'}: ${counts}; ${counted(count('off'), 'off', lang)})`);
  out.push(
    sv
      ? '  Varje regel letar efter ord i meddelandet eller något Svarstid känner igen (till exempel att texten är på engelska) och pekar på en ärendetyp eller förvaltning (→), eller talar emot en (mot).'
      : '  Each rule looks for words in the message or something Svarstid recognises (for example that the text is in English) and points to a case type or department (→), or speaks against one (against).',
  );
  if (!sv) out.push('  Built-in rules are shown with their English names; rules you write keep the names you give them.');
  const notInFile = sv ? ' (står inte i filen)' : ' (not in the file)';
  const fileHasBuiltins = rules.some((r) => r.inFile && (r.status === 'builtin' || r.status === 'changed'));
  const names = rules.map((r) => ruleName(r, lang));
  const nameWidth = Math.min(50, Math.max(...names.map((n) => n.length)) + 2);
  const idWidth = Math.max(28, ...rules.map((r) => r.id.length + 1));
  rules.forEach((r, i) => {
    const mark = fileHasBuiltins && !r.inFile && r.status === 'builtin' ? notInFile : '';
    out.push(`  ${STATUS_WORDS[r.status].one[lang].padEnd(9)} ${r.id.padEnd(idWidth)} ${names[i]!.padEnd(nameWidth)} ${ruleEffect(r.rule, config, lang)}${mark}`);
  });
  out.push(...textModelLines(config, lang));
  const addedBack = rules.filter((r) => !r.inFile && r.status === 'builtin');
  out.push(...localModelLines(config, lang));
  out.push('');
  if (fileHasBuiltins && addedBack.length > 0) {
    const ids = addedBack.map((r) => r.id);
    const quoted = ids.map((id) => JSON.stringify(id)).join(', ');
    const list = (and: string) => joinList(ids, and);
    out.push(
      sv
        ? `Obs: ${ids.length === 1 ? `den inbyggda regeln ${list('och')} står inte i filen men gäller ändå` : `de inbyggda reglerna ${list('och')} står inte i filen men gäller ändå`}. ` +
            `Vill du stänga av ${ids.length === 1 ? 'den' : 'dem'}, lägg till ${quoted} i "disabledBuiltinRules" under "triage".`
        : `Note: ${ids.length === 1 ? `the built-in rule ${list('and')} is not in the file but applies all the same` : `the built-in rules ${list('and')} are not in the file but apply all the same`}. ` +
            `To switch ${ids.length === 1 ? 'it' : 'them'} off, add ${quoted} to "disabledBuiltinRules" under "triage".`,
    );
  }
  out.push(
    sv
      ? 'Inbyggda regler gäller även om de tas bort ur filen. Stäng av en genom att skriva dess id i "disabledBuiltinRules" under "triage", ' +
          'till exempel "disabledBuiltinRules": ["ej.autosvar"]. "builtinClassifier": false under "triage" stänger av alla inbyggda regler, ' +
          'också den som känner igen orosanmälningar (oro.konkret) och de som känner igen autosvar, nätfiske och bedrägerier. En egen regel med samma id som en inbyggd regel ersätter den; ge därför ingen egen regel id:t oro.konkret om den inte själv ger orosanmälan.'
      : 'Built-in rules apply even when deleted from the file. Switch one off by writing its id in "disabledBuiltinRules" under "triage", ' +
          'e.g. "disabledBuiltinRules": ["ej.autosvar"]. "builtinClassifier": false under "triage" switches off every built-in rule, ' +
          'including the one that recognises reports of concern (oro.konkret) and those that recognise auto-replies, phishing and fraud. A rule of your own with the same id as a built-in rule replaces it; so give no rule of your own the id oro.konkret unless it gives a report of concern itself.',
  );
  if (!concernRecognised(config.triage)) out.push('', `${sv ? 'VARNING' : 'WARNING'}: ${CONCERN_OFF_WARNING[lang]}`);
  const mailbox = config.municipality.mailbox ?? 'ADRESS';
  const input = sv ? 'meddelanden.jsonl' : 'messages.jsonl';
  out.push(
    '',
    'Nästa steg / Next:',
    ...(sv
      ? [
          '  1. Prova besluten på egna meddelanden (en fil med ett meddelande i Graphs JSON-format per rad; skriv några rader som exemplet i svarstid triage --help, eller hoppa över steget: steg 4 visar besluten på brevlådans egna meddelanden):',
          `       svarstid triage --config ${file} < ${input}`,
          '     I PowerShell:',
          `       cmd /c "svarstid triage --config ${file} < ${input}"`,
          '  2. Kontrollera inloggning och behörigheter (miljövariablerna för inloggningen står i svarstid run --help; appen får sin åtkomst till funktionsbrevlådan med RBAC för program i Exchange, som run --help visar, inte med API-behörigheter i Entra, som ger åtkomst till alla brevlådor) och att appen inte når andra brevlådor; ADRESS är en annan, verklig brevlåda i organisationen, inte funktionsbrevlådan (helst en annan funktionsbrevlåda eller en testbrevlåda, inte en persons):',
          `       svarstid doctor --mailbox ${mailbox} --probe-mailbox ADRESS`,
          '     Slå också på att svar som skickas som funktionsbrevlådan sparas under dess Skickat, annars ser Svarstid inga svar:',
          `       Set-Mailbox ${mailbox} -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true`,
          '  3. Lägg till er själva under "admins" i filen (annars kan ingen öppna administrationsvyn) och socialjourens nummer under "concernOnCall" (det står i handläggarnas texter om orosanmälningar) och spara konfigurationen i funktionsbrevlådan, så att tjänsten följer ändringar och svarstid learn kan lära:',
          `       svarstid config set ${file} --mailbox ${mailbox} --if-revision 0 --note "första versionen"`,
          '     Kör sedan svarstid doctor igen: först nu kan den avgöra om någon förvaltning får meddelanden vidarebefordrade och om appen därför behöver Mail.Send.',
          '     Tjänsten lär sig då av handläggarnas rättelser var sjätte timme, när minst tio nya rättelser har kommit, och ett inlärt ord kan vara ett personnamn. --learn-every 0 stoppar ny inlärning; för att sluta använda och ta bort det inlärda, stäng av Använd kommunens inlärda ord och välj Töm det inlärda i administrationsvyn (äldre revisioner i historiken har orden kvar).',
          '  4. Prova utan att ändra något i brevlådan; DATUM är dagens datum, ÅÅÅÅ-MM-DD, så att bara dagens meddelanden visas:',
          `       svarstid run --mailbox ${mailbox} --since DATUM --once --dry-run`,
          '  5. Installera Outlook-tillägget och Svarstid-fliken i Teams innan tjänsten startar, så att handläggarna kan markera orosanmälningar som lämnade, rätta förvaltning och ärendetyp och få avsändarkontrollen. Registrera först en egen app för handläggarnas inloggning (inte tjänstens SVARSTID_CLIENT_ID): ett ensidesprogram med omdirigerings-URI:erna brk-multihub://svarstid.kommun.se och https://svarstid.kommun.se/addin/auth-dialog.html (byt svarstid.kommun.se mot er egen adress, samma som i --origin nedan; den första utan https://) och de delegerade behörigheterna Mail.ReadWrite.Shared, Mail.Send.Shared och User.Read med administratörsmedgivande. Bygg sedan appaketet i Svarstids källkod:',
          '       npm run package -- --origin https://svarstid.kommun.se --client-id GUID',
          '     --origin är https-adressen där ni lägger ut sidorna som kommandot bygger (mappen dist/web, på valfri webbserver); GUID är den nya appens program-id (Application (client) ID). Ladda upp zip-filen i administrationscentret för Microsoft 365 (Integrerade appar) till dem som arbetar i funktionsbrevlådan, och lägg till Svarstid som flik i kontaktcentrets kanal i Teams och välj funktionsbrevlådan i flikens inställningar (README, avsnittet Manifest and package, och addin/README.md, avsnittet Deploying). Med --send-mode block kan ingen skicka e-post från Outlook när tilläggets sidor inte går att nå, inte heller vidarebefordra en orosanmälan; utan flaggan (softBlock) skickas e-posten då utan kontroll. Stoppa och Varna i avsändarkontrollen gäller bara när tillägget har laddats.',
          '  6. Starta tjänsten; DATUM är dagen du startar tjänsten första gången, eller steg 4:s datum om dagar har gått sedan dess, så att också det som kom däremellan får en svarstid; sedan samma DATUM vid varje omstart: skriv in den fast, hämta den aldrig från dagens datum, annars får det som kom medan tjänsten stod still ingen svarstid:',
          `       svarstid run --mailbox ${mailbox} --since DATUM --state svarstid.state`,
          '     --since lämnar äldre meddelanden orörda: de syns inte i kön och får ingen svarstid, så gå igenom dem som redan ligger i brevlådan för hand, först de som kan vara orosanmälningar. --state gör att en omstart bara läser det som ändrats. Kör den som en tjänst, till exempel med systemd eller som Windows-tjänst (ange då en fullständig sökväg för --state, och --port om något ska övervaka /health), så att den startar om av sig själv efter slutkod 1, men inte efter 2 eller 3, som måste rättas först.',
        ]
      : [
          "  1. Try the decisions on your own messages (a file with one message in Graph's JSON format per line; write a few lines like the example in svarstid triage --help, or skip this step: step 4 shows the decisions on the mailbox's own messages):",
          `       svarstid triage --config ${file} < ${input}`,
          '     In PowerShell:',
          `       cmd /c "svarstid triage --config ${file} < ${input}"`,
          "  2. Check sign-in and permissions (the sign-in environment variables are in svarstid run --help; the app gets its access to the shared mailbox with RBAC for Applications in Exchange, shown by run --help, not with API permissions in Entra, which reach every mailbox) and that the app reaches no other mailbox; ADRESS is another, real mailbox of the organisation, not the shared mailbox (preferably another shared mailbox or a test mailbox, not a personal one):",
          `       svarstid doctor --mailbox ${mailbox} --probe-mailbox ADRESS`,
          '     Also make replies sent as the shared mailbox be kept in its Sent Items, or Svarstid sees no answers:',
          `       Set-Mailbox ${mailbox} -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true`,
          '  3. Add yourselves under "admins" in the file (or nobody can open the admin view) and the social services\' on-call number under "concernOnCall" (the officers\' texts on reports of concern give it) and store the configuration in the shared mailbox, so that the service follows changes and svarstid learn can learn:',
          `       svarstid config set ${file} --mailbox ${mailbox} --if-revision 0 --note "first version"`,
          '     Then run svarstid doctor again: only now can it tell whether any department has its messages forwarded and so whether the app needs Mail.Send.',
          "     The service then learns from the officers' corrections every six hours, once at least ten new corrections have come, and a learnt word may be a person's name. --learn-every 0 stops new learning; to stop using and remove what was learnt, switch off Use the municipality's learnt words and choose Reset what was learnt in the admin view (older revisions in the history keep the words).",
          "  4. Try without changing anything in the mailbox; DATUM is today's date, YYYY-MM-DD, so that only today's messages are shown:",
          `       svarstid run --mailbox ${mailbox} --since DATUM --once --dry-run`,
          "  5. Install the Outlook add-in and the Svarstid tab in Teams before the service starts, so that officers can mark reports of concern as handed on, correct department and case type and get the sender check. First register a separate app for the officers' sign-in (not the service's SVARSTID_CLIENT_ID): a single-page application with the redirect URIs brk-multihub://svarstid.kommun.se and https://svarstid.kommun.se/addin/auth-dialog.html (replace svarstid.kommun.se with your own address, the same as in --origin below; the first without https://) and the delegated permissions Mail.ReadWrite.Shared, Mail.Send.Shared and User.Read with admin consent. Then build the app package in Svarstid's source:",
          '       npm run package -- --origin https://svarstid.kommun.se --client-id GUID',
          "     --origin is the https address where you put the pages the command builds (the folder dist/web, on any web server); GUID is the new app's Application (client) ID. Upload the zip file in the Microsoft 365 admin center (Integrated apps) to those who work in the shared mailbox, and add Svarstid as a tab in the contact centre's channel in Teams and choose the shared mailbox in the tab's settings (README, the section Manifest and package, and addin/README.md, the section Deploying). With --send-mode block nobody can send mail from Outlook when the add-in's pages cannot be reached, not even forward a report of concern; without the flag (softBlock) mail is then sent unchecked. Block and Warn in the sender check apply only when the add-in has loaded.",
          "  6. Start the service; DATUM is the day you first start the service, or step 4's date if days have passed since, so that what came in between gets a deadline too; then the same DATUM on every restart: write it in, never take it from today's date, or what came while the service was stopped gets no deadline:",
          `       svarstid run --mailbox ${mailbox} --since DATUM --state svarstid.state`,
          '     --since leaves older mail alone: it is not in the queue and has no deadline, so go through what is already in the mailbox by hand, first anything that may be a report of concern. --state makes a restart read only what changed. Run it as a service, for example with systemd or as a Windows service (then give --state a full path, and --port if something is to watch /health), so that it restarts by itself after exit code 1, but not after 2 or 3, which must be fixed first.',
        ]),
  );
  return `${out.join('\n')}\n`;
}

/** The built-in text models: what they decide, their rule ids in explanations, and how to switch them off. */
function textModelLines(config: SvarstidConfig, lang: Lang): string[] {
  const sv = lang === 'sv';
  const on = (b: boolean): string => (sv ? (b ? 'på' : 'av') : b ? 'on' : 'off');
  const t = config.triage;
  return [
    '',
    'Textmodeller / Text models:',
    sv
      ? '  Där ingen regel avgör väger Svarstids inbyggda textmodeller orden statistiskt. De letar inte efter bestämda ord som reglerna ovan; i förklaringar och märkningar heter de så här:'
      : '  Where no rule decides, Svarstid\'s built-in text models weigh the words statistically. They do not look for given words as the rules above do; in explanations and labels they are called:',
    `  typ.modell                   ${sv ? `ärendetypens modell: ${on(t.kindModel)} ("kindModel" under "triage")` : `the case-type model: ${on(t.kindModel)} ("kindModel" under "triage")`}`,
    `  avd.modell                   ${sv ? `förvaltningens modell: ${on(t.departmentModel)} ("departmentModel" under "triage")` : `the department model: ${on(t.departmentModel)} ("departmentModel" under "triage")`}`,
    `  oro.konkret                  ${sv ? `orosanmälans modell: ${on(t.concernModel)} ("concernModel" under "triage"). Känner igen oro för ett barn eller en utsatt vuxen även när orden i regeln saknas, och visas i förklaringar som oro.konkret; stängs regeln oro.konkret av med disabledBuiltinRules används inte heller modellen, eftersom den avgör genom regeln.` : `the report-of-concern model: ${on(t.concernModel)} ("concernModel" under "triage"). Recognises concern for a child or a vulnerable adult even when the words of the rule are missing, and shows in explanations as oro.konkret; when the rule oro.konkret is switched off with disabledBuiltinRules, the model is not used either, as it decides through the rule.`}`,
    sv
      ? '  Stäng av en modell genom att sätta fältet till false. Stäng inte av orosanmälans modell ("concernModel") utan starka skäl: då känns en orosanmälan igen bara när orden i regeln oro.konkret finns, och en som saknar dem får en vanlig svarstid i stället för två timmar (administrationsvyn har ingen egen knapp för den, men den stängs av om någon där stänger av de inbyggda reglerna eller regeln oro.konkret). Kommunens egen modell, som lärs av rättelser (id lokal.typ och lokal.avdelning), beskrivs nedan när den finns.'
      : '  Switch a model off by setting its field to false. Do not switch off the report-of-concern model ("concernModel") without strong reason: a report of concern is then recognised only when the words of the rule oro.konkret are there, and one without them gets an ordinary deadline instead of two hours (the admin view has no switch of its own for it, but it is switched off if someone there switches off the built-in rules or the rule oro.konkret). The municipality\'s own model, learnt from corrections (lokal.typ, lokal.avdelning), is described below when there is one.',
  ];
}

/** What the mailbox's local model (learnt from corrections, `svarstid learn`) is, when there is one. */
function localModelLines(config: SvarstidConfig, lang: Lang): string[] {
  const status = localModelStatus(config);
  if (status.state === 'none') return [];
  const sv = lang === 'sv';
  const pct = (x: number) => percentText(x, sv ? 'sv' : 'en');
  const state = { on: sv ? 'på' : 'on', off: sv ? 'avstängd' : 'off', reset: sv ? 'nollställd' : 'reset' }[status.state];
  const learnt =
    status.trainedAt && status.before && status.after
      ? sv
        ? `lärt av ${status.corrections} rättelser ${status.trainedAt.slice(0, 10)}, ${status.words} ord; rätt på rättelserna ${pct(status.before.both)} → ${pct(status.after.both)} (korsvaliderat)`
        : `learnt from ${status.corrections} corrections on ${status.trainedAt.slice(0, 10)}, ${status.words} words; right on the corrections ${pct(status.before.both)} → ${pct(status.after.both)} (cross-validated)`
      : sv
        ? 'inget inlärt'
        : 'nothing learnt';
  return [
    '',
    sv ? `Lokal modell (triage.localModel): ${state}, ${learnt}.` : `Local model (triage.localModel): ${state}, ${learnt}.`,
    sv
      ? '  Stäng av den med "enabled": false; utan "trained" börjar den om från nästa svarstid learn.'
      : '  Switch it off with "enabled": false; without "trained" it starts afresh at the next svarstid learn.',
  ];
}
