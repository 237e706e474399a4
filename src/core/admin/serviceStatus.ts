/**
 * Whether a save in the admin view takes effect, from what the service working on the mailbox
 * (`svarstid run`) says about itself in the mailbox lease: which configuration it runs — the one
 * stored in the mailbox (and which revision) or a fixed one given with --preset/--config — and
 * whether it still runs (round 18 of the readers: an admin cannot see how the service was
 * started). Pure.
 */
import { Temporal } from 'temporal-polyfill';
import { formatDateText } from '../display/describeDue';
import type { Named } from '../vocabulary';

/** What the lease says (src/graph/lease.ts `ServiceStatus`, structurally). */
export interface ServiceLease {
  holder: string | null;
  until: string | null;
  since?: string;
  config?: 'stored' | 'fixed';
  revision?: number;
  /** How often the service learns from corrections, in hours; 0 when it does not. */
  learnEveryHours?: number;
}

export interface ServiceStatusText {
  /** `follows`: saves take effect; `fixed`: they do not until IT restarts it; `stopped`: no service runs; `unknown`: an older service that does not say. */
  state: 'follows' | 'fixed' | 'stopped' | 'unknown';
  intent: 'success' | 'warning' | 'info';
  text: Named;
}

/**
 * @summary The admin view's sentence about the running service.
 * @param lease - what the mailbox lease says
 * @param now - the moment the page shows it
 * @param timeZone - the municipality's time zone, for "senast …"
 * @param storedRevision - the stored configuration's revision (null when none is stored)
 */
export function describeServiceStatus(lease: ServiceLease, now: Temporal.Instant, timeZone: string, storedRevision: number | null): ServiceStatusText {
  const when = (iso: string): Named => formatDateText(iso, timeZone, { now });
  const running = lease.holder !== null && lease.until !== null && Temporal.Instant.compare(Temporal.Instant.from(lease.until), now) > 0;
  if (!running) {
    const last = lease.since ? when(lease.since) : null;
    return {
      state: 'stopped',
      intent: 'warning',
      text: {
        sv: `Ingen Svarstid-tjänst arbetar med brevlådan just nu${last ? ` (senast aktiv ${last.sv})` : ''}: nya meddelanden märks inte och har ingen svarstid, inte heller orosanmälningar. Be IT starta tjänsten. Det som sparas här används när den startar igen, om IT startar den utan --preset och --config.`,
        en: `No Svarstid service is working on the mailbox right now${last ? ` (last seen ${last.en})` : ''}: new messages are not labelled and have no deadline, reports of concern included. Ask IT to start the service. What is saved here is used when it starts again, if IT starts it without --preset and --config.`,
      },
    };
  }
  if (lease.config === 'fixed') {
    return {
      state: 'fixed',
      intent: 'warning',
      text: {
        sv: 'Svarstid-tjänsten som arbetar med brevlådan kör med en fast konfiguration (startad med --preset eller --config). Det som sparas här används inte förrän IT startar om den utan de flaggorna.',
        en: 'The Svarstid service working on the mailbox runs a fixed configuration (started with --preset or --config). What is saved here is not used until IT restarts it without those flags.',
      },
    };
  }
  if (lease.config === 'stored') {
    const behind = lease.revision !== undefined && storedRevision !== null && lease.revision < storedRevision;
    return {
      state: 'follows',
      intent: 'success',
      text: behind
        ? {
            sv: `Svarstid-tjänsten följer konfigurationen som är sparad i brevlådan. Den kör revision ${lease.revision} och tar revision ${storedRevision} i bruk inom en minut.`,
            en: `The Svarstid service follows the configuration stored in the mailbox. It runs revision ${lease.revision} and starts using revision ${storedRevision} within a minute.`,
          }
        : {
            sv: `Svarstid-tjänsten följer konfigurationen som är sparad i brevlådan${lease.revision !== undefined ? ` (den kör revision ${lease.revision})` : ''}: det du sparar här börjar gälla inom en minut.`,
            en: `The Svarstid service follows the configuration stored in the mailbox${lease.revision !== undefined ? ` (it runs revision ${lease.revision})` : ''}: what you save here takes effect within a minute.`,
          },
    };
  }
  return {
    state: 'unknown',
    intent: 'info',
    text: {
      sv: 'En Svarstid-tjänst arbetar med brevlådan, men den säger inte vilken konfiguration den följer (tjänsten är en äldre version av Svarstid). Fråga IT om den är startad utan --preset och --config; annars används inte det som sparas här.',
      en: 'A Svarstid service is working on the mailbox, but it does not say which configuration it follows (the service is an older version of Svarstid). Ask IT whether it was started without --preset and --config; otherwise what is saved here is not used.',
    },
  };
}

/** Ordinals and numbers people write out: "var sjätte timme" / "every six hours" (round 25: the CLI and the view said it alike). */
const ORDINALS_SV: Readonly<Record<number, string>> = { 2: 'annan', 3: 'tredje', 4: 'fjärde', 5: 'femte', 6: 'sjätte', 7: 'sjunde', 8: 'åttonde', 9: 'nionde', 10: 'tionde', 11: 'elfte', 12: 'tolfte' };
const NUMBERS_EN: Readonly<Record<number, string>> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten', 11: 'eleven', 12: 'twelve' };

/** "var sjätte timme" / "every six hours": how often, in words. */
function everyHours(hours: number): Named {
  if (hours === 1) return { sv: 'varje timme', en: 'every hour' };
  if (hours === 24) return { sv: 'en gång per dygn', en: 'once a day' };
  const sv = ORDINALS_SV[hours];
  const en = NUMBERS_EN[hours];
  if (sv !== undefined && en !== undefined) return { sv: `var ${sv} timme`, en: `every ${en} hours` };
  if (!Number.isInteger(hours)) return { sv: `var ${String(hours).replace('.', ',')} timme`, en: `every ${hours} hours` };
  // 2:a, 21:a, 22:a; 11:e, 12:e and the rest :e
  const suffix = (hours % 10 === 1 || hours % 10 === 2) && hours % 100 !== 11 && hours % 100 !== 12 ? ':a' : ':e';
  return { sv: `var ${hours}${suffix} timme`, en: `every ${hours} hours` };
}

/**
 * @summary What the admin view says about learning from corrections: how often the running service
 * learns, from what it says in the mailbox lease (round 20 of the readers: the view promised a
 * schedule that IT can switch off with --learn-every 0).
 * @param lease - what the mailbox lease says, or null when it could not be read
 * @param now - the moment the page shows it
 * @example describeLearningSchedule({ holder: 'w', until: '2026-12-04T10:02:00Z', learnEveryHours: 6 }, now).sv
 *   //=> 'Svarstid-tjänsten lär sig på nytt var sjätte timme när minst tio nya rättelser har kommit (eller när IT kör svarstid learn).'
 */
export function describeLearningSchedule(lease: ServiceLease | null, now: Temporal.Instant): Named {
  const running = lease !== null && lease.holder !== null && lease.until !== null && Temporal.Instant.compare(Temporal.Instant.from(lease.until), now) > 0;
  if (!running || lease === null) {
    return {
      sv: 'Ingen Svarstid-tjänst arbetar med brevlådan just nu, så inget lärs på nytt förrän den startar igen (eller IT kör svarstid learn).',
      en: 'No Svarstid service is working on the mailbox right now, so nothing is learnt again until it starts (or IT runs svarstid learn).',
    };
  }
  if (lease.learnEveryHours === undefined) {
    return {
      sv: 'Svarstid-tjänsten säger inte om den lär sig på nytt (tjänsten är en äldre version av Svarstid); som standard gör den det var sjätte timme när minst tio nya rättelser har kommit. IT kan också köra svarstid learn.',
      en: 'The Svarstid service does not say whether it learns again (the service is an older version of Svarstid); by default it does every 6 hours once at least ten new corrections have come. IT can also run svarstid learn.',
    };
  }
  if (lease.learnEveryHours === 0) {
    return {
      sv: 'Svarstid-tjänsten är startad utan inlärning (--learn-every 0) och lär sig inte på nytt av sig själv; IT kan köra svarstid learn. Det som redan är inlärt används ändå så länge det är påslaget nedan.',
      en: 'The Svarstid service was started without learning (--learn-every 0) and does not learn again by itself; IT can run svarstid learn. What was already learnt is still used as long as it is switched on below.',
    };
  }
  const every = everyHours(lease.learnEveryHours);
  return {
    sv: `Svarstid-tjänsten lär sig på nytt ${every.sv} när minst tio nya rättelser har kommit (eller när IT kör svarstid learn).`,
    en: `The Svarstid service learns again ${every.en} once at least ten new corrections have come (or when IT runs svarstid learn).`,
  };
}
