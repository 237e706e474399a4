import type { Concern } from './concern';
import type { DepartmentDecision, KindDecision } from './decide';
import type { LocalDecision } from './localModel';
import { KIND_NAMES, type Kind } from '../vocabulary';
import type { Explanation } from './types';
import type { MessageZones } from './zones';

/** A kind or department score below this (the threshold is 1) rests on one weak hit. */
export const WEAK_SCORE = 1.25;
/** A runner-up department scoring at least this share of the winner's is a close call. */
export const CLOSE_CALL = 0.8;
/** The text model's probability below which its kind is a guess. */
export const WEAK_MODEL = 0.7;
/** A text with at least this many words that no rule places in a department deserves a look. */
export const UNPLACED_WORDS = 12;

/**
 * Why a decision deserves a person's look, or null when it does not: the contact-center officer
 * sees "osäker förvaltning eller ärendetyp — kontrollera" with the reason, in the add-in and the tab.
 * @example uncertaintyOf({ …, zones: { subjectOnly: true, … } })?.sv //=> 'bara ämnesraden har text'
 */
export function uncertaintyOf(input: {
  /** A local-model decision (learnt from corrections, taken only when confident) adds no reason of its own. */
  kind: KindDecision | LocalDecision<Kind>;
  department: DepartmentDecision | LocalDecision<string>;
  zones: MessageZones;
  concern: Concern | null;
  words: number;
  /** The author's text is mostly in a script other than Latin (`writtenInOtherScript`). */
  otherScript: boolean;
}): Uncertainty | null {
  const reasons: Explanation[] = [];
  // which of the two decisions a reason puts in doubt
  let kindDoubt = false;
  let departmentDoubt = false;
  const { kind, department, zones, concern } = input;
  if (zones.unread || zones.subjectOnly) kindDoubt = departmentDoubt = true;
  if (zones.unread) reasons.push({ sv: 'en del av meddelandet kunde inte läsas', en: 'part of the message could not be read' });
  if (zones.subjectOnly) reasons.push({ sv: 'bara ämnesraden har text', en: 'only the subject has text' });
  if (!zones.unread && input.otherScript) {
    // Arabic, Persian, Tigrinya or Cyrillic text: the rules read none of it, the concern readers a few words
    kindDoubt = departmentDoubt = true;
    // a concern read in the other script's words (its quote holds no Latin letter), or in a Latin line beside them
    const concernHere = kind.value === 'orosanmalan' && concern !== null;
    const inScript = concernHere && !/[A-Za-z\u00C0-\u024F]/.test(concern.quote);
    reasons.push(
      inScript
        ? {
            sv: 'orosanmälan bygger på några få ord i en skrift som Svarstid annars inte läser (till exempel arabisk eller kyrillisk)',
            en: 'the report of concern rests on a few words in a script Svarstid otherwise does not read (Arabic or Cyrillic, for example)',
          }
        : concernHere
          ? {
              sv: 'det mesta av texten är skrivet i en skrift som Svarstid inte läser (till exempel arabisk eller kyrillisk)',
              en: 'most of the text is written in a script Svarstid does not read (Arabic or Cyrillic, for example)',
            }
          : {
              sv: 'texten är skriven i en skrift som Svarstid bara känner igen några få ord i (till exempel arabisk eller kyrillisk), så den kan vara brådskande utan att det syns. Ta reda på nu vad den handlar om, med Outlooks översättning (Översätt) eller någon som kan språket. Går det inte inom kort, och senast en timme före stängning, ring socialtjänsten och lämna den som en möjlig orosanmälan (efter stängning: jouren; vid akut fara: 112); socialtjänsten kan ta hjälp av tolk',
              en: 'the text is written in a script of which Svarstid knows only a few words (Arabic or Cyrillic, for example), so it may be urgent without showing it. Find out now what it is about, with Outlook\'s translation (Translate) or someone who knows the language. If that cannot be done soon, and at the latest an hour before closing, call the social services and hand it on as a possible report of concern (after closing: the on-call service; in acute danger: 112); the social services can use an interpreter',
            },
    );
  }
  const kindReasons = reasons.length;
  if (concern?.how === 'weak-signs' && kind.value === 'orosanmalan') {
    reasons.push({ sv: 'orosanmälan bygger på svaga tecken', en: 'the report of concern rests on weak signs' });
  }
  if (concern?.how === 'model' && kind.value === 'orosanmalan') {
    reasons.push({ sv: 'orosanmälan bygger på den inbyggda textmodellens bedömning', en: "the report of concern rests on the built-in text model's reading" });
  }
  if (kind.how === 'model' && kind.probability < WEAK_MODEL) {
    // "… (näst troligast: fråga, 20 %)": what else the officer should consider
    const next = KIND_NAMES[kind.runnerUp.kind];
    const pct = Math.round(kind.runnerUp.probability * 100);
    reasons.push({
      sv: `ärendetypen är en osäker gissning av den inbyggda textmodellen (näst troligast: ${next.sv.toLowerCase()}, ${pct} %)`,
      en: `the case type is an uncertain guess by the built-in text model (next likeliest: ${next.en.toLowerCase()}, ${pct}%)`,
    });
  } else if (kind.how === 'evidence' && kind.score < WEAK_SCORE && kind.value !== 'ej_arende') {
    reasons.push({ sv: 'ärendetypen bygger på en enda svag träff', en: 'the case type rests on a single weak hit' });
  }
  if (reasons.length > kindReasons) kindDoubt = true;
  const departmentReasons = reasons.length;
  if (department.how === 'local' && department.nameOverRules === true) {
    // a name the corrections agreed on outweighed a rule's word: right in that mailbox, but worth a look
    reasons.push({ sv: 'förvaltningen bygger på ett namn som Svarstid har lärt av handläggarnas rättelser, mot sorteringsreglerna', en: "the department rests on a name Svarstid learnt from officers' corrections, against the routing rules" });
  } else if (department.how === 'model') {
    reasons.push({ sv: 'förvaltningen är den inbyggda textmodellens bedömning', en: "the department is the built-in text model's reading" });
  } else if (department.how === 'default' && input.words >= UNPLACED_WORDS && kind.value !== 'ej_arende') {
    reasons.push({ sv: 'ingen regel kände igen förvaltningen', en: 'no rule recognised the department' });
  } else if (department.how === 'evidence' && (department.runnerUp ?? 0) >= CLOSE_CALL * department.score) {
    reasons.push({ sv: 'två förvaltningar ligger nära varandra', en: 'two departments are close' });
  } else if (department.how === 'evidence' && department.score < WEAK_SCORE) {
    reasons.push({ sv: 'förvaltningen bygger på en enda svag träff', en: 'the department rests on a single weak hit' });
  }
  if (reasons.length > departmentReasons) departmentDoubt = true;
  if (reasons.length === 0) return null;
  const reason = { sv: reasons.map((r) => r.sv).join(', '), en: reasons.map((r) => r.en).join(', ') };
  if (kind.value === 'orosanmalan' && kindDoubt) return { ...reason, sentence: concernDoubtSentence(reason, !zones.unread && input.otherScript) };
  return { ...reason, sentence: uncertaintySentence(kindDoubt, departmentDoubt, reason) };
}

/** The text with a capital first letter (a reason opening a sentence). */
function upper(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A report of concern on weak signs is read at once and handled as one unless it clearly is not:
 * the threshold for reporting is suspicion, and deciding is social services' work (reader round 31,
 * B3: "bör kontrolleras" invited downgrading it to a question with one click). One in a script the
 * officer may not read is handed on at once, without waiting for someone who reads it: social
 * services can use an interpreter (reader round 32, B1).
 */
function concernDoubtSentence(reason: Explanation, otherScript: boolean): Explanation {
  if (otherScript) {
    return {
      sv: `${upper(reason.sv)}. Hantera den som en orosanmälan och lämna den vidare nu, utan att vänta på någon som kan språket: socialtjänsten kan ta hjälp av tolk. Byt ärendetyp bara om någon som kan språket har läst den och den tydligt inte handlar om oro`,
      en: `${upper(reason.en)}. Handle it as a report of concern and hand it on now, without waiting for someone who knows the language: social services can use an interpreter. Change the case type only if someone who knows the language has read it and it clearly is not about concern`,
    };
  }
  return {
    sv: `${upper(reason.sv)}: läs den nu. Kan den handla om oro för ett barn eller en utsatt vuxen, hantera den som en orosanmälan; byt ärendetyp bara om den tydligt inte gör det`,
    en: `${upper(reason.en)}: read it now. If it may be about concern for a child or a vulnerable adult, handle it as a report of concern; change the case type only if it clearly is not`,
  };
}

/** A reason a decision deserves a look, and the explanation's sentence naming what to check. */
export interface Uncertainty extends Explanation {
  sentence: Explanation;
}

/**
 * "Ärendetypen är osäker och bör kontrolleras: …" — the sentence names only what is in doubt
 * (round 21 of the readers: one uncertain field was read as both).
 */
function uncertaintySentence(kind: boolean, department: boolean, reason: Explanation): Explanation {
  if (kind && !department) return { sv: `Ärendetypen är osäker och bör kontrolleras: ${reason.sv}`, en: `The case type is uncertain and should be checked: ${reason.en}` };
  if (department && !kind) return { sv: `Förvaltningen är osäker och bör kontrolleras: ${reason.sv}`, en: `The department is uncertain and should be checked: ${reason.en}` };
  return { sv: `Förvaltningen eller ärendetypen är osäker och bör kontrolleras: ${reason.sv}`, en: `The department or case type is uncertain and should be checked: ${reason.en}` };
}

