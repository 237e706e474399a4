/**
 * Tells an acknowledgement from an answer (SPEC §6): a reply from the shared mailbox is an
 * acknowledgement when it carries the acknowledgement action's marker, or when its newest text
 * recognisably promises the answer by a future date and says little else. A reply that only says
 * the municipality will come back, with no date ("vi återkommer", "we will get back to you"), is
 * a **holding reply**: it answers nothing and promises no date, so it is neither an answer nor an
 * acknowledgement and the deadline keeps running (SPEC §6 names only dated acknowledgements; the
 * citizen is protected: a mere holding reply never empties the queue). Everything else — no
 * date and no "we will come back", only past dates, a date that is the citizen's own deadline,
 * or a reply that also answers — is an answer. Pure: the caller passes the text, the send time
 * and the calendar.
 */
import { Temporal } from 'temporal-polyfill';
import type { WorkingCalendar } from '../calendar/workingCalendar';
import { formatOffsetDateTime } from '../deadline/formatDateTime';
import { splitMessageText } from '../text/splitMessageText';
import type { Explanation } from '../triage/types';
import { findDatePhrases, type DatePhrase } from './datePhrases';
import { parseAckMarker } from './marker';
import { citizenActionAt, givesAnswer, hasAcknowledgementTalk, hasResponseCue, holdingCueAt, isCitizenCondition, namesParty, replyNounNear } from './replyCues';
import { sentencesOf, type Sentence, type Token } from './replyText';
import { resolvePhrase, type ResolvedPhrase } from './resolvePhrase';

/** How an acknowledgement was recognised: the add-in's marker or the reply's text. */
export type AckSource = 'marker' | 'text';

export type ReplyRecognition =
  | {
      kind: 'acknowledgement';
      /** The promised time, ISO 8601 with the calendar's offset. */
      promised: string;
      by: AckSource;
      /** The words that promised, as written (at most 60 characters); empty for the marker. */
      phrase: string;
      explanation: Explanation;
    }
  | {
      /** "Vi återkommer" with no date: not an answer, and nothing promised; the deadline keeps running. */
      kind: 'holding';
      /** The words that said so, as written (at most 60 characters). */
      phrase: string;
      explanation: Explanation;
    }
  | { kind: 'answer'; explanation: Explanation };

export interface ReplyInput {
  /** The reply's body as plain text (HTML converted by the caller); only its newest text is read. */
  text: string;
  /** When the reply was sent (ISO 8601). */
  sentAt: string;
  /** The value of the acknowledgement marker on the sent item, if it has one. */
  marker?: string | null;
}

/**
 * Besides the sentences that promise, an acknowledgement says little: greetings, thanks,
 * "received", who handles it. More than this many other words is an answer in substance.
 */
export const MAX_OTHER_WORDS = 25;
/**
 * A holding reply says even less: besides greetings, thanks and "we will come back", at most this
 * many other words ("Soptunnorna töms på tisdagar. Vi återkommer." is short, but it answers).
 */
export const MAX_HOLDING_OTHER_WORDS = 3;
/** A sentence of acknowledgement talk longer than this is read as substance. */
const MAX_TALK_WORDS = 25;
/** A sentence this short right after a promising one may carry its date ("Vi återkommer. Senast fredag."). */
const MAX_DATE_ONLY_WORDS = 8;

interface Found {
  phrase: DatePhrase;
  resolved: ResolvedPhrase;
}

/** Text of a token range, as written, whitespace collapsed. */
function quote(text: string, tokens: readonly Token[], first: number, end: number, max = 60): string {
  const out = text.slice(tokens[first]!.start, tokens[end - 1]!.end).replace(/\s+/g, ' ').trim();
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

const SUBJECTS = new Set(['vi', 'jag', 'de', 'hon', 'han', 'we', 'they', 'she', 'he']);

/** The holding words: from the subject just before the cue ("vi återkommer till dig"), at most 48 characters. */
function holdingQuote(text: string, tokens: readonly Token[], cue: number): string {
  let first = cue;
  for (let i = cue - 1; i >= Math.max(0, cue - 2); i--) {
    if (tokens[i]!.kind === 'word' && SUBJECTS.has(tokens[i]!.text)) {
      first = i;
      break;
    }
  }
  let end = Math.min(tokens.length, cue + 5);
  while (end > first + 1 && tokens[end - 1]!.kind === 'punct') end--;
  return quote(text, tokens, first, end, 48);
}

function when(at: Temporal.ZonedDateTime): string {
  return `${at.toPlainDate().toString()} ${at.toPlainTime().toString({ smallestUnit: 'minute' })}`;
}

/** Where in a sentence response cues and requests to the citizen start (found once per sentence). */
interface SentenceCues {
  response: number[];
  citizen: number[];
}

function sentenceCues(tokens: readonly Token[]): SentenceCues {
  return {
    response: cuePositions(tokens, (f, t) => hasResponseCue(tokens, f, t)),
    citizen: cuePositions(tokens, (f, t) => citizenActionAt(tokens, f, t) >= 0),
  };
}

/** Positions of the words of a sentence that start a cue, found by a finder over one token at a time. */
function cuePositions(tokens: readonly Token[], find: (from: number, to: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.kind === 'word' && find(i, i + 1)) out.push(i);
  return out;
}

/**
 * Whether a future date phrase of a sentence is the municipality's promise to the citizen: the
 * sentence (or the one before it) names a party of the conversation ("vi", "du", "your" — not
 * "Kommunfullmäktige beslutar den 13 december"), and a response cue ("återkommer", "besked",
 * "get back") is nearer to the date than a request to the citizen ("ansök", "please send"); or,
 * with no cue at all, it says "senast"/"inom" right after a sentence that promised.
 */
function promises(sentence: Sentence, cues: SentenceCues, phrase: DatePhrase, previousPromised: boolean, previousNamesParty: boolean): boolean {
  const tokens = sentence.tokens;
  if (isCitizenCondition(tokens)) return false;
  const addressed = namesParty(tokens) || previousNamesParty || previousPromised || replyNounNear(tokens, phrase.first, phrase.end);
  if (!addressed) return false;
  const { response, citizen } = cues;
  const distance = (positions: number[]): number =>
    Math.min(Infinity, ...positions.map((p) => (p < phrase.first ? phrase.first - p : p >= phrase.end ? p - phrase.end + 1 : 0)));
  if (response.length > 0) return distance(response) <= distance(citizen);
  if (citizen.length > 0) return false;
  return previousPromised && sentence.words <= MAX_DATE_ONLY_WORDS && (phrase.lead === 'deadline' || phrase.lead === 'within');
}

/**
 * @summary Decides whether a reply from the shared mailbox is an acknowledgement or an answer.
 *
 * @param input - the reply's text, its send time and the acknowledgement marker if any
 * @param calendar - the municipality's working calendar (time zone, working days, closing times)
 * @returns an acknowledgement with the promised instant, or an answer; both explained
 * @example
 * recogniseReply({ text: 'Hej! Du får svar senast fredag 27 november.', sentAt: '2026-11-23T09:00:00Z' }, calendar)
 * //=> { kind: 'acknowledgement', promised: '2026-11-27T16:00:00+01:00', by: 'text', phrase: 'senast fredag 27 november', … }
 */
export function recogniseReply(input: ReplyInput, calendar: WorkingCalendar): ReplyRecognition {
  const sent = Temporal.Instant.from(input.sentAt).toZonedDateTimeISO(calendar.timeZone);
  const marked = parseAckMarker(input.marker);
  if (marked !== null && Temporal.Instant.compare(Temporal.Instant.from(marked), sent.toInstant()) >= 0) {
    const at = Temporal.Instant.from(marked).toZonedDateTimeISO(calendar.timeZone);
    return {
      kind: 'acknowledgement',
      promised: formatOffsetDateTime(at),
      by: 'marker',
      phrase: '',
      explanation: {
        sv: `Besked skickat med Svara med besked: svar utlovat senast ${when(at)}.`,
        en: `Notice sent with Reply with notice: answer promised by ${when(at)}.`,
      },
    };
  }

  const text = splitMessageText(input.text ?? '').newest;
  const sentences = sentencesOf(text);
  let best: { found: Found; sentence: Sentence } | null = null;
  const past: string[] = [];
  let futureWithoutPromise: string | null = null;
  let otherWords = 0;
  let answerSentence: string | null = null;
  let previousPromised = false;
  let previousNamesParty = false;
  /** The first sentence that says the municipality will come back, with no date in it. */
  let holding: string | null = null;
  for (const sentence of sentences) {
    const found: Found[] = [];
    for (const phrase of findDatePhrases(sentence.tokens)) {
      const resolved = resolvePhrase(phrase, sent, calendar);
      if (resolved !== null) found.push({ phrase, resolved });
    }
    const cues = found.some((f) => !f.resolved.past) ? sentenceCues(sentence.tokens) : { response: [], citizen: [] };
    const promising = found.filter((f) => !f.resolved.past && promises(sentence, cues, f.phrase, previousPromised, previousNamesParty));
    previousNamesParty = namesParty(sentence.tokens);
    for (const f of found) {
      if (f.resolved.past) past.push(quote(text, sentence.tokens, f.phrase.first, f.phrase.end, 30));
      else if (!promising.includes(f)) futureWithoutPromise ??= quote(text, sentence.tokens, f.phrase.first, f.phrase.end, 30);
    }
    if (promising.length > 0) {
      for (const f of promising) {
        if (best === null || Temporal.ZonedDateTime.compare(f.resolved.at, best.found.resolved.at) > 0) best = { found: f, sentence };
      }
      previousPromised = true;
      continue;
    }
    previousPromised = hasResponseCue(sentence.tokens) && namesParty(sentence.tokens) && found.length === 0;
    if (sentence.words === 0) continue;
    const holdsAt = found.length === 0 && !isCitizenCondition(sentence.tokens) && namesParty(sentence.tokens) ? holdingCueAt(sentence.tokens) : -1;
    if (holdsAt >= 0 && !givesAnswer(sentence.tokens) && sentence.words <= MAX_TALK_WORDS) {
      // "Vi har lämnat det vidare och vi återkommer till dig." — talk, not substance
      holding ??= holdingQuote(text, sentence.tokens, holdsAt);
      continue;
    }
    if (givesAnswer(sentence.tokens)) {
      answerSentence ??= quote(text, sentence.tokens, 0, sentence.tokens.length, 40);
      otherWords += sentence.words;
    } else if (!(hasAcknowledgementTalk(sentence.tokens) && sentence.words <= MAX_TALK_WORDS)) {
      otherWords += sentence.words;
    }
  }

  if (best === null) {
    if (holding !== null && futureWithoutPromise === null && answerSentence === null && otherWords <= MAX_HOLDING_OTHER_WORDS) {
      return {
        kind: 'holding',
        phrase: holding,
        explanation: {
          sv: `Väntesvar: ”${holding}” utan datum — varken besked eller svar, svarstiden gäller.`,
          en: `Holding reply: "${holding}" with no date — neither an answer nor a promise; the deadline still runs.`,
        },
      };
    }
    if (past.length > 0 && futureWithoutPromise === null) {
      return {
        kind: 'answer',
        explanation: { sv: `Svar: nämner bara passerade datum (”${past[0]}”).`, en: `Answer: mentions only past dates ("${past[0]}").` },
      };
    }
    if (futureWithoutPromise !== null) {
      return {
        kind: 'answer',
        explanation: {
          sv: `Svar: datumet ”${futureWithoutPromise}” lovar inget svar.`,
          en: `Answer: the date "${futureWithoutPromise}" promises no answer.`,
        },
      };
    }
    return { kind: 'answer', explanation: { sv: 'Svar: inget datum för när svaret kommer.', en: 'Answer: no date for when the answer comes.' } };
  }
  const phrase = quote(text, best.sentence.tokens, best.found.phrase.first, best.found.phrase.end);
  if (answerSentence !== null) {
    return {
      kind: 'answer',
      explanation: {
        sv: `Svar: ger svaret (”${answerSentence}”) och nämner ”${phrase}”.`,
        en: `Answer: gives the answer ("${answerSentence}") and mentions "${phrase}".`,
      },
    };
  }
  if (otherWords > MAX_OTHER_WORDS) {
    return {
      kind: 'answer',
      explanation: {
        sv: `Svar: svarar i sak (${otherWords} ord utöver löftet ”${phrase}”).`,
        en: `Answer: answers in substance (${otherWords} words besides the promise "${phrase}").`,
      },
    };
  }
  const at = best.found.resolved.at;
  return {
    kind: 'acknowledgement',
    promised: formatOffsetDateTime(at),
    by: 'text',
    phrase,
    explanation: {
      sv: `Besked: ”${phrase}” — svar utlovat senast ${when(at)}.`,
      en: `Notice: "${phrase}" — answer promised by ${when(at)}.`,
    },
  };
}
