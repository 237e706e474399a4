/**
 * The product's vocabulary (SPEC §1): channels, kinds and the default departments.
 * Ids are the machine names used in configs, records and the CLI; names are what people see.
 */

export const CHANNELS = ['epost', 'telefon', 'sms', 'post', 'webb'] as const;
export type Channel = (typeof CHANNELS)[number];

export const KINDS = [
  'fraga',
  'felanmalan',
  'klagomal',
  'berom',
  'forslag',
  'ansokan',
  'skadeansprak',
  'fortroendevald',
  'orosanmalan',
  'ej_arende',
] as const;
export type Kind = (typeof KINDS)[number];

/**
 * When several kinds fit, the first in this order wins (SPEC §1 labelling conventions).
 * The three synpunkt kinds share one rank.
 */
export const KIND_PRECEDENCE: readonly (readonly Kind[])[] = [
  ['ej_arende'],
  ['orosanmalan'],
  ['fortroendevald'],
  ['skadeansprak'],
  ['ansokan'],
  ['felanmalan'],
  ['klagomal', 'berom', 'forslag'],
  ['fraga'],
];

export const DEFAULT_DEPARTMENT_IDS = [
  'kontaktcenter',
  'kommunledning',
  'utbildning',
  'socialtjanst',
  'samhallsbyggnad',
  'teknik',
  'kultur_fritid',
] as const;
export type DefaultDepartmentId = (typeof DEFAULT_DEPARTMENT_IDS)[number];
/** Admins rename, add and remove departments, so a department id is any configured id. */
export type DepartmentId = string;

export interface Named {
  sv: string;
  en: string;
}

export const CHANNEL_NAMES: Record<Channel, Named> = {
  epost: { sv: 'E-post', en: 'E-mail' },
  telefon: { sv: 'Telefon', en: 'Phone' },
  sms: { sv: 'SMS', en: 'SMS' },
  post: { sv: 'Post', en: 'Letter' },
  webb: { sv: 'E-tjänst', en: 'Web form' },
};

export const KIND_NAMES: Record<Kind, Named> = {
  fraga: { sv: 'Fråga', en: 'Question' },
  felanmalan: { sv: 'Felanmälan', en: 'Fault report' },
  klagomal: { sv: 'Klagomål', en: 'Complaint' },
  berom: { sv: 'Beröm', en: 'Praise' },
  forslag: { sv: 'Förslag', en: 'Suggestion' },
  ansokan: { sv: 'Ansökan', en: 'Application' },
  skadeansprak: { sv: 'Skadeanspråk', en: 'Damage claim' },
  fortroendevald: { sv: 'Till förtroendevald', en: 'To an elected official' },
  orosanmalan: { sv: 'Orosanmälan', en: 'Report of concern' },
  ej_arende: { sv: 'Inget ärende', en: 'Not a case' },
};

export const DEFAULT_DEPARTMENT_NAMES: Record<DefaultDepartmentId, Named> = {
  kontaktcenter: { sv: 'Kontaktcenter', en: 'Contact centre' },
  kommunledning: { sv: 'Kommunledningsförvaltningen', en: 'Municipal executive office' },
  utbildning: { sv: 'Barn- och utbildningsförvaltningen', en: 'Education' },
  socialtjanst: { sv: 'Socialförvaltningen', en: 'Social services' },
  samhallsbyggnad: { sv: 'Samhällsbyggnadsförvaltningen', en: 'Planning and environment' },
  teknik: { sv: 'Tekniska förvaltningen', en: 'Technical services' },
  kultur_fritid: { sv: 'Kultur- och fritidsförvaltningen', en: 'Culture and leisure' },
};

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}
