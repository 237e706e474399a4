import type { SvarstidConfig } from '../../core/config';
import type { Named } from '../../core/vocabulary';

/**
 * What a stored configuration lacks that people will miss (reader round 33, U6): the same warnings
 * `svarstid config set` prints, said after a save or a restore in the admin view — a restore of an
 * early revision quietly drops what was added since, often the on-call number or the admins.
 */
export function saveWarnings(config: SvarstidConfig, user: string): Named[] {
  const out: Named[] = [];
  const admins = config.admins;
  const named = (admins?.users.length ?? 0) + (admins?.groups.length ?? 0);
  if (named === 0) {
    out.push({
      sv: 'Obs: konfigurationen namnger inga administratörer, så ingen kan öppna administrationsvyn efter detta, inte heller du. Lägg till er under Kommun och avsändarkontroll → Administratörer och spara igen nu.',
      en: 'Note: the configuration names no admins, so nobody can open the admin view after this, you included. Add yourselves under Municipality and sender check → Admins and save again now.',
    });
  } else if (admins !== undefined && admins.groups.length === 0 && !admins.users.some((u) => u.trim().toLowerCase() === user.trim().toLowerCase())) {
    out.push({
      sv: `Obs: konfigurationen namnger inte dig (${user}) som administratör, så du kommer inte in i administrationsvyn efter detta. Ska du kunna det, lägg till dig under Kommun och avsändarkontroll → Administratörer och spara igen nu.`,
      en: `Note: the configuration does not name you (${user}) as an admin, so you cannot open the admin view after this. If you should, add yourself under Municipality and sender check → Admins and save again now.`,
    });
  }
  if (!config.municipality.concernOnCall) {
    out.push({
      sv: 'Obs: konfigurationen har ingen jour för orosanmälningar efter stängning, så handläggarna får inget nummer när en orosanmälan inte hinner lämnas före stängning. Lägg in socialjourens namn och nummer under Kommun och avsändarkontroll → Jour för orosanmälningar efter stängning och spara igen.',
      en: "Note: the configuration has no on-call service for reports of concern after closing, so officers get no number when a report of concern cannot be handed on before closing. Add the social services' on-call name and number under Municipality and sender check → On-call service for reports of concern after closing time and save again.",
    });
  }
  return out;
}
