import type { Named } from '../vocabulary';

/**
 * Whom to call with a report of concern the social services cannot take before closing time: the
 * on-call service the configuration names (`municipality.concernOnCall`, name and number), or,
 * where none is given, who can add it (round 26 of the text review: Svarstid cannot know that a routine holding the number exists). Said the same way in the task pane and in every
 * message's explanation (round 25 of the text review asked for a number, not a description).
 */
export function concernOnCallText(onCall: string | undefined): Named {
  return onCall
    ? { sv: `kontakta jouren: ${onCall}`, en: `contact the on-call service: ${onCall}` }
    : {
        sv: 'kontakta socialjouren (Svarstid har inte numret: ta det från kommunens webbplats eller er rutin, och be en administratör lägga in det under Kommun och avsändarkontroll → Jour för orosanmälningar efter stängning i administrationsvyn)',
        en: "contact the social services' on-call team (Svarstid does not have the number: take it from the municipality's website or your routine, and ask an administrator to add it under Municipality and sender check → On-call service for reports of concern after closing time in the admin view)",
      };
}
