import type { SvarstidConfig } from '../core/config/schema';

/** A configuration written for another municipality than the mailbox belongs to. */
export interface MunicipalityMismatch {
  mailbox: string;
  municipality: string;
  /** The domains the configuration names. */
  domains: string[];
  /** The shared mailbox the configuration names, if any. */
  configuredMailbox: string | null;
}

/**
 * Whether the configuration belongs to another municipality than the mailbox: the mailbox's
 * domain is none of the configuration's domains (or their subdomains) and it is not the
 * mailbox the configuration names. `--mailbox kommun@salem.se --preset ljungby` is one.
 */
export function municipalityMismatch(config: Pick<SvarstidConfig, 'municipality'>, mailbox: string): MunicipalityMismatch | null {
  const address = mailbox.trim().toLowerCase();
  const domain = address.split('@')[1] ?? '';
  const domains = config.municipality.domains.map((d) => d.toLowerCase());
  const configured = config.municipality.mailbox?.toLowerCase() ?? null;
  if (configured === address) return null;
  if (domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return null;
  return { mailbox, municipality: config.municipality.name, domains: config.municipality.domains, configuredMailbox: config.municipality.mailbox ?? null };
}

/** The log fields of a mismatch warning (Swedish text an operator reads, and the facts). */
export function mismatchWarning(m: MunicipalityMismatch): Record<string, string | string[]> {
  return {
    code: 'municipality-mismatch',
    mailbox: m.mailbox,
    municipality: m.municipality,
    domains: m.domains,
    detail: `Konfigurationen gäller ${m.municipality} (${m.domains.join(', ')}) men brevlådan är ${m.mailbox}. Kontrollera att rätt konfiguration används.`,
  };
}
