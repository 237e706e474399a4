import type { Duration, DeadlineRule } from './policySchema';
import type { Department } from './departmentSchema';
import { configSchema, CONFIG_SCHEMA_VERSION, type SvarstidConfig, type SvarstidConfigInput } from './schema';
import { DEFAULT_DEPARTMENT_IDS, DEFAULT_DEPARTMENT_NAMES, type DefaultDepartmentId } from '../vocabulary';
import { DEFAULT_ROUTING_RULES } from '../triage/defaultRules';

/**
 * The five seed presets of docs/presets.md, one per municipal service policy. Values the
 * municipality's documents do not set are marked `local: true` (a local choice).
 */
export const PRESET_IDS = ['ljungby', 'alvesta', 'varmdo', 'salem', 'harnosand'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

const workingDays = (amount: number): Duration => ({ unit: 'workingDays', amount });
const calendarHours = (amount: number): Duration => ({ unit: 'calendarHours', amount, extend: true });
const calendarDays = (amount: number): Duration => ({ unit: 'calendarDays', amount, extend: true });
const sameDay: Duration = { unit: 'endOfWorkingDay', amount: 0 };

/** orosanmälan overrides every other rule, anonymity included: two business hours, no target. */
const OROSANMALAN_RULE: DeadlineRule = {
  id: 'orosanmalan',
  kind: ['orosanmalan'],
  due: { unit: 'businessHours', amount: 2 },
  override: true,
  note: 'Orosanmälan går före alla andra regler och hanteras alltid av socialtjänsten.',
};

interface ChannelTimes {
  telefon: Duration;
  sms: Duration;
  epost: Duration;
  post: Duration;
  webb: Duration;
}

/** One rule per channel, with the channels whose time is a local choice marked. */
function channelRules(times: ChannelTimes, local: readonly (keyof ChannelTimes)[]): DeadlineRule[] {
  return (Object.keys(times) as (keyof ChannelTimes)[]).map((channel) => ({
    id: `kanal:${channel}`,
    channel: [channel],
    due: times[channel],
    ...(local.includes(channel) ? { local: true } : {}),
  }));
}

const CATEGORY_NAMES: Record<DefaultDepartmentId, string> = {
  kontaktcenter: 'Avd: Kontaktcenter',
  kommunledning: 'Avd: Kommunledning',
  utbildning: 'Avd: Utbildning',
  socialtjanst: 'Avd: Socialtjänst',
  samhallsbyggnad: 'Avd: Samhällsbyggnad',
  teknik: 'Avd: Teknik',
  kultur_fritid: 'Avd: Kultur och fritid',
};

const COMMITTEES: Record<DefaultDepartmentId, string> = {
  kontaktcenter: 'Kommunstyrelsen',
  kommunledning: 'Kommunstyrelsen',
  utbildning: 'Barn- och utbildningsnämnden',
  socialtjanst: 'Socialnämnden',
  samhallsbyggnad: 'Samhällsbyggnadsnämnden',
  teknik: 'Tekniska nämnden',
  kultur_fritid: 'Kultur- och fritidsnämnden',
};

/** The default organisation of docs/triage.md. */
export function defaultDepartments(): Department[] {
  return DEFAULT_DEPARTMENT_IDS.map((id) => ({
    id,
    name: DEFAULT_DEPARTMENT_NAMES[id].sv,
    nameEn: DEFAULT_DEPARTMENT_NAMES[id].en,
    category: CATEGORY_NAMES[id],
    committee: COMMITTEES[id],
    routing: { actions: ['category'] },
  }));
}

interface PresetSeed {
  /** The official name as the seed document writes it (docs/presets.md); the sender check looks for it. */
  name: string;
  domain: string;
  /** The shared mailbox. */
  mailbox: string;
  /** True when the seed document names the mailbox (and so its domain); otherwise both are local choices. */
  mailboxDocumented: boolean;
  rules: DeadlineRule[];
  /** Opening hours are a local choice in every preset but Ljungby's. */
  openingHoursLocal: boolean;
  source: string;
}

const SEEDS: Record<PresetId, PresetSeed> = {
  ljungby: {
    name: 'Ljungby kommun',
    domain: 'ljungby.se',
    mailbox: 'kommun@ljungby.se',
    mailboxDocumented: false,
    rules: channelRules(
      { telefon: workingDays(1), sms: workingDays(1), epost: workingDays(2), post: workingDays(2), webb: workingDays(2) },
      ['webb'],
    ),
    openingHoursLocal: false,
    source: 'Ljungby kommuns servicedeklaration: e-post och brev besvaras inom två arbetsdagar, telefon och sms inom en; öppet måndag–fredag 08–16.',
  },
  varmdo: {
    name: 'Värmdö kommun',
    domain: 'varmdo.se',
    mailbox: 'varmdo.kommun@varmdo.se',
    mailboxDocumented: true,
    // E-mail: answered within two working days, or the sender told when the answer comes.
    rules: channelRules(
      { telefon: workingDays(1), sms: workingDays(1), epost: workingDays(2), post: workingDays(2), webb: workingDays(2) },
      ['telefon', 'sms', 'webb'],
    ).map((r) => (r.id === 'kanal:epost' ? { ...r, satisfiedBy: 'acknowledgement' as const } : r)),
    openingHoursLocal: true,
    source: 'Värmdö kommuns riktlinjer: en väg in; e-post besvaras inom två arbetsdagar, eller så får avsändaren besked om när svaret kommer; brev besvaras inom två arbetsdagar.',
  },
  salem: {
    name: 'Salems kommun',
    domain: 'salem.se',
    mailbox: 'kommun@salem.se',
    mailboxDocumented: false,
    rules: [
      { id: 'kanal:telefon', channel: ['telefon'], target: sameDay, due: calendarHours(24) },
      { id: 'kanal:sms', channel: ['sms'], target: sameDay, due: calendarHours(24) },
      { id: 'kanal:epost', channel: ['epost'], due: calendarHours(72) },
      { id: 'kanal:post', channel: ['post'], due: calendarDays(7), local: true },
      { id: 'kanal:webb', channel: ['webb'], due: calendarHours(72), local: true },
      // Confirmations: an acknowledgement saying when the decision comes (and who handles it) meets the due.
      { id: 'typ:ansokan', kind: ['ansokan'], target: sameDay, due: calendarHours(24), satisfiedBy: 'acknowledgement', note: 'Besked samma dag, senast inom ett dygn.' },
      { id: 'typ:felanmalan', kind: ['felanmalan'], target: sameDay, due: calendarHours(24), satisfiedBy: 'acknowledgement', note: 'Besked samma dag, senast inom ett dygn.' },
      { id: 'typ:klagomal', kind: ['klagomal'], due: calendarDays(7), note: 'Klagomål bemöts inom en vecka.' },
    ],
    openingHoursLocal: true,
    source: 'Salems kommuns servicegarantier: telefon och sms samma dag och senast inom ett dygn, e-post inom tre dygn, klagomål inom en vecka, ansökningar och felanmälningar bekräftas samma dag och senast inom ett dygn, med besked om när beslut eller åtgärd kommer.',
  },
  alvesta: {
    name: 'Alvesta kommun',
    domain: 'alvesta.se',
    mailbox: 'kommun@alvesta.se',
    mailboxDocumented: false,
    rules: channelRules(
      { telefon: workingDays(1), sms: workingDays(1), epost: workingDays(2), post: workingDays(2), webb: workingDays(2) },
      ['telefon', 'sms', 'epost', 'post', 'webb'],
    ),
    openingHoursLocal: true,
    source: 'Alvesta kommuns servicepolicy: rätt kompetens, besked om när svar kommer, klarspråk. Dokumentet anger ingen tid för beskedet; att ett besked inte räcker för att räknas som besvarat i tid är ett lokalt val.',
  },
  harnosand: {
    name: 'Härnösands kommun',
    domain: 'harnosand.se',
    mailbox: 'kommun@harnosand.se',
    mailboxDocumented: false,
    rules: channelRules(
      { telefon: workingDays(1), sms: workingDays(1), epost: workingDays(2), post: workingDays(2), webb: workingDays(2) },
      ['telefon', 'sms', 'epost', 'post', 'webb'],
    ),
    openingHoursLocal: true,
    source: 'Härnösands kommuns servicepolicy: minst två kontaktvägar, svar inom angiven tid, klarspråk.',
  },
};

/** The configuration document of a preset, as it would be written to a file (defaults not yet filled in). */
export function presetDocument(id: PresetId): SvarstidConfigInput {
  const seed = SEEDS[id];
  const name = seed.name;
  return {
    schemaVersion: CONFIG_SCHEMA_VERSION,
    revision: 0,
    preset: id,
    municipality: {
      name,
      nameVariants: [],
      domains: [seed.domain],
      mailbox: seed.mailbox,
      ...(seed.mailboxDocumented ? {} : { local: ['domains', 'mailbox'] as ('domains' | 'mailbox')[] }),
    },
    calendar: {
      timeZone: 'Europe/Stockholm',
      openingHours: {
        mon: [{ from: '08:00', to: '16:00' }],
        tue: [{ from: '08:00', to: '16:00' }],
        wed: [{ from: '08:00', to: '16:00' }],
        thu: [{ from: '08:00', to: '16:00' }],
        fri: [{ from: '08:00', to: '16:00' }],
        sat: [],
        sun: [],
      },
      exceptions: [],
      closedDays: [],
      workingDayHours: 8,
      ...(seed.openingHoursLocal ? { local: ['openingHours'] as 'openingHours'[] } : {}),
    },
    policy: {
      id,
      name: `${name} – svarstider`,
      version: '2026.1',
      rules: [...seed.rules, OROSANMALAN_RULE],
      default: { due: workingDays(2), local: true },
      source: seed.openingHoursLocal ? `${seed.source} Öppettider 08–16 är ett lokalt val.` : seed.source,
    },
    departments: defaultDepartments(),
    fallbackDepartment: 'kontaktcenter',
    triage: { rules: DEFAULT_ROUTING_RULES },
    senderCheck: {
      mode: 'block',
      requireAnswerTime: true,
      signature: `Med vänlig hälsning\nKontaktcenter\n${name}\n${seed.mailbox}`,
      lixHintAbove: 50,
      // the documents name the municipality but give no signature: its wording is a local choice
      local: ['signature'],
    },
  };
}

export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

/**
 * A preset as a validated configuration. Its routing rules are the built-in ones, which are
 * exactly as the schema reads them (tests hold both: the rules parse to themselves, and this
 * equals parsing the whole preset document), so only the rest of the document is parsed here: the
 * first validation of some 250 rules costs a command-line start about 0.15 s.
 */
export function presetConfig(id: PresetId): SvarstidConfig {
  const document = presetDocument(id);
  const parsed = configSchema.parse({ ...document, triage: { ...document.triage, rules: [] } });
  // (a copy through JSON: the rules are plain data, and Outlook's JavaScript-only runtime has no structuredClone)
  return { ...parsed, triage: { ...parsed.triage, rules: JSON.parse(JSON.stringify(DEFAULT_ROUTING_RULES)) as typeof DEFAULT_ROUTING_RULES } };
}
