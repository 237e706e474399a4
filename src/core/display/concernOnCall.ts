import type { Named } from '../vocabulary';

/**
 * Whom to call with a report of concern the social services cannot take before closing time: the
 * on-call service the configuration names (`municipality.concernOnCall`, name and number), or,
 * where none is given, where the number is kept. Said the same way in the task pane and in every
 * message's explanation (round 25 of the text review asked for a number, not a description).
 */
export function concernOnCallText(onCall: string | undefined): Named {
  return onCall
    ? { sv: `kontakta jouren: ${onCall}`, en: `contact the on-call service: ${onCall}` }
    : {
        sv: 'kontakta socialjouren (numret står i kontaktcentrets rutin för orosanmälningar)',
        en: "contact the social services emergency team (the number is in the contact centre's routine for reports of concern)",
      };
}
