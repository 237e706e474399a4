/**
 * The acknowledgements of a message as people read them (SPEC §6), in Swedish and English: the
 * promise in force ("besked skickat — svar utlovat senast …"), a holding reply that promised nothing,
 * and the history, one plain sentence per event — never the record's codes. The task pane and
 * the tab show these; the record keeps only the facts (`by`, times, the words as written). Pure.
 */
import type { Temporal } from 'temporal-polyfill';
import type { SvarstidRecord } from '../record';
import type { Named } from '../vocabulary';
import { formatDateText } from './describeDue';

export type AcknowledgementFacts = Pick<SvarstidRecord, 'due' | 'answeredAt'> &
  Partial<Pick<SvarstidRecord, 'promised' | 'acknowledgedAt' | 'acks' | 'holding' | 'ackMeetsDue'>>;

export interface AcknowledgementText {
  /** One line for the top of a view; null when nothing was acknowledged or held. */
  headline: Named | null;
  /** What happened, oldest first. */
  history: Named[];
}

/**
 * @summary Says what the acknowledgements of a message did.
 * @param record - the record's due, answer and acknowledgement fields
 * @param timeZone - the municipality's time zone
 * @param now - the moment the text is for (dates this year are written without the year)
 * @example
 * describeAcknowledgements({ due: '2026-11-25T10:00:00+01:00', answeredAt: null, promised: '2026-11-27T16:00:00+01:00',
 *   acks: [{ at: '2026-11-23T10:30:00+01:00', p: '2026-11-27T16:00:00+01:00', by: 'text', why: 'senast fredag' }] }, 'Europe/Stockholm', now).headline
 * //=> { sv: 'besked skickat — svar utlovat senast fredag 27 nov kl. 16.00', en: 'notice sent — answer promised by Friday 27 Nov at 16:00' }
 */
export function describeAcknowledgements(record: AcknowledgementFacts, timeZone: string, now: Temporal.Instant | string): AcknowledgementText {
  const when = (iso: string): Named => formatDateText(iso, timeZone, { now });
  const events: { at: number; text: Named }[] = [];
  for (const e of record.acks ?? []) {
    const at = when(e.at);
    const p = when(e.p);
    let text: Named;
    if (e.by === 'marker') {
      text = {
        sv: `${at.sv}: besked skickat med Svara med besked — svar utlovat senast ${p.sv}.`,
        en: `${at.en}: notice sent with Reply with a notice — answer promised by ${p.en}.`,
      };
    } else if (e.by === 'text') {
      const words = e.why ? ` ("${e.why}")` : '';
      text = {
        sv: `${at.sv}: ett besked som bara säger när svaret kommer${words} — svar utlovat senast ${p.sv}.`,
        en: `${at.en}: a reply that only says when the answer will come${words} — answer promised by ${p.en}.`,
      };
    } else {
      const who = e.why ? e.why : null;
      text = {
        sv: `${at.sv}: ${who ?? 'en handläggare'} ändrade det utlovade datumet till ${p.sv}.`,
        en: `${at.en}: ${who ?? 'a case officer'} changed the promised date to ${p.en}.`,
      };
    }
    events.push({ at: Date.parse(e.at), text });
  }
  if (record.holding) {
    const at = when(record.holding.at);
    const words = record.holding.why ? ` ("${record.holding.why}")` : '';
    events.push({
      at: Date.parse(record.holding.at),
      text: {
        sv: `${at.sv}: ett väntesvar utan datum${words} — det räknas inte som svar och lovar inget datum, så svarstiden gäller.`,
        en: `${at.en}: a holding reply with no date${words} — it is not an answer and promises no date, so the deadline still runs.`,
      },
    });
  }
  events.sort((a, b) => a.at - b.at);
  const history = events.map((e) => e.text);
  if (record.ackMeetsDue === true && record.acknowledgedAt !== undefined) {
    history.push({
      sv: 'Enligt svarstidsregeln räcker ett besked för svarstiden: den är uppfylld. Svaret ska komma senast det utlovade datumet.',
      en: 'The deadline rule accepts a notice for this deadline: it is met. The answer is due by the promised date.',
    });
  }

  let headline: Named | null = null;
  if (record.promised !== undefined) {
    const p = when(record.promised);
    headline =
      record.answeredAt === null
        ? { sv: `besked skickat — svar utlovat senast ${p.sv}`, en: `notice sent — answer promised by ${p.en}` }
        : { sv: `besked skickat — svar hade utlovats senast ${p.sv}`, en: `notice sent — the answer had been promised by ${p.en}` };
  } else if (record.holding && record.answeredAt === null) {
    headline = { sv: 'väntesvar skickat utan datum — svarstiden gäller', en: 'holding reply sent with no date — the deadline still runs' };
  }
  return { headline, history };
}
