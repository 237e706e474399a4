import type { Admins } from '../config/schema';

/**
 * Who may use the admin view: a person named in `admins.users` (by sign-in name, any case), or a
 * member of a group in `admins.groups`. Pure: the page finds the person's groups (through
 * src/graph) and asks here.
 */
export interface AdminIdentity {
  /** The signed-in user's UPN. */
  upn: string;
  /** Object ids of the groups among `admins.groups` the user is a member of (as Graph answered). */
  groups?: readonly string[];
}

export type AdminDecision =
  | { admin: true; by: 'user' | 'group' }
  | { admin: false; reason: { sv: string; en: string } };

export function adminDecision(admins: Admins | undefined, who: AdminIdentity): AdminDecision {
  const none = !admins || admins.users.length + admins.groups.length === 0;
  if (none) {
    return {
      admin: false,
      reason: {
        sv: 'Konfigurationen namnger inga administratörer än, så ingen kan öppna administrationsvyn. IT hämtar den sparade konfigurationen (svarstid config get --mailbox ADRESS --out kommun.json), lägger till de första under "admins" och sparar den igen med svarstid config set kommun.json --mailbox ADRESS --if-revision N, där N är revisionen de hämtade: då skrivs inget som har ändrats under tiden över (finns ingen sparad, börjar de från svarstid presets; svarstid check-config visar hur).',
        en: 'The configuration names no admins yet, so nobody can open the admin view. IT fetches the stored configuration (svarstid config get --mailbox ADRESS --out kommun.json), adds the first ones under "admins" and stores it again with svarstid config set kommun.json --mailbox ADRESS --if-revision N, where N is the revision they fetched: then nothing changed in the meantime is overwritten (if none is stored, they start from svarstid presets; svarstid check-config shows how).',
      },
    };
  }
  const upn = who.upn.trim().toLowerCase();
  if (upn && admins.users.some((u) => u.toLowerCase() === upn)) return { admin: true, by: 'user' };
  const groups = new Set((who.groups ?? []).map((g) => g.toLowerCase()));
  if (admins.groups.some((g) => groups.has(g.toLowerCase()))) return { admin: true, by: 'group' };
  return {
    admin: false,
    reason: {
      sv: `${who.upn ? `Du (${who.upn})` : 'Du'} är inte administratör för Svarstid: bara de personer och grupper som konfigurationen namnger (admins) får ändra den. Behöver du ändra något, be en av dem lägga till dig under Kommun och avsändarkontroll → Administratörer, eller be IT hämta den sparade konfigurationen (svarstid config get --out FIL), lägga till dig under "admins" och spara den igen med svarstid config set FIL --if-revision N, där N är revisionen de hämtade: då skrivs inget som har ändrats under tiden över.`,
      en: `${who.upn ? `You (${who.upn}) are` : 'You are'} not a Svarstid admin: only the people and groups the configuration names (admins) may change it. If you need to change something, ask one of them to add you under Municipality and sender check → Admins, or ask IT to fetch the stored configuration (svarstid config get --out FIL), add you under "admins" and store it again with svarstid config set FIL --if-revision N, where N is the revision they fetched: then nothing changed in the meantime is overwritten.`,
    },
  };
}
