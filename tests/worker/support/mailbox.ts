/**
 * A generated mailbox for worker tests and benches: messages cloned from the development
 * corpus with new receipt times and conversations, plus replies in sent items (some in time,
 * some late, some sent before the message arrived, which do not count).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_FILE = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'exempelby.jsonl');

function corpusMessages(): Record<string, unknown>[] {
  let path = CORPUS_FILE;
  try {
    readFileSync(path);
  } catch {
    path = '/work/shared/corpus/exempelby.jsonl';
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { message: Record<string, unknown> }).message);
}

import { Temporal } from 'temporal-polyfill';
import { prng } from '../../../src/emulator/faults';
import { createWorkingCalendar } from '../../../src/core/calendar';
import { ACK_PROPERTY_ID } from '../../../src/core/acknowledgement';

export { prng };

const KEEP = ['subject', 'body', 'bodyPreview', 'from', 'sender', 'replyTo', 'toRecipients', 'ccRecipients', 'hasAttachments', 'importance', 'internetMessageId'];

export interface GeneratedMailbox {
  inbox: Record<string, unknown>[];
  sent: Record<string, unknown>[];
  /**
   * Acknowledgements among the sent items, by internetMessageId: the promised time they state
   * (ISO with offset) and whether they carry the add-in's marker or say it in words.
   */
  acks: Map<string, { promised: string; by: 'marker' | 'text' }>;
  /** Holding replies ("vi återkommer" with no date) among the sent items, by internetMessageId: the words. */
  holding: Map<string, string>;
}

/** The holding words the generated holding replies use (the record keeps them as `why`). */
export const HOLDING_WORDS = 'vi återkommer till dig';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const calendar = createWorkingCalendar();

/**
 * `count` inbox messages received between 2026-10-01 and 2026-12-31 (UTC), each in its own
 * conversation; about a third get a reply in sent items between 1 hour and 6 days later, and
 * some conversations have mail sent before receipt (not an answer).
 */
export function generateMailbox(
  count: number,
  seed = 7,
  mailbox = 'kommun@exempelby.se',
  options: { acknowledgements?: boolean } = {},
): GeneratedMailbox {
  const acks = new Map<string, { promised: string; by: 'marker' | 'text' }>();
  const holding = new Map<string, string>();
  const base = corpusMessages();
  const rnd = prng(seed);
  const start = Date.parse('2026-10-01T00:00:00Z');
  const span = Date.parse('2026-12-31T00:00:00Z') - start;
  const inbox: Record<string, unknown>[] = [];
  const sent: Record<string, unknown>[] = [];
  const iso = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  for (let i = 0; i < count; i++) {
    const src = base[i % base.length]!;
    const received = start + Math.floor(rnd() * span);
    const conversationId = `AAQkADgen${seed}c${i}=`;
    const m: Record<string, unknown> = {};
    for (const k of KEEP) if (src[k] !== undefined) m[k] = src[k];
    m.receivedDateTime = iso(received);
    m.sentDateTime = iso(received - 5000);
    m.conversationId = conversationId;
    m.internetMessageId = `<gen-${seed}-${i}@exempelby.example>`;
    m.categories = i % 11 === 0 ? ['Viktigt'] : [];
    m.isRead = false;
    inbox.push(m);
    const r = rnd();
    if (r < 0.33) {
      const after = 3600_000 + Math.floor(rnd() * 6 * 86400_000);
      // an acknowledgement first (half with the add-in's marker, half in words), then the answer
      if (options.acknowledgements && rnd() < 0.4) sent.push(acknowledgement(conversationId, received + after / 2, `${seed}-${i}-ack`));
      // sometimes a holding reply with no date before the answer: it answers nothing
      if (options.acknowledgements && rnd() < 0.25) sent.push(holdingReply(conversationId, received + after / 3, `${seed}-${i}-hold`));
      sent.push(reply(conversationId, received + after, mailbox, `${seed}-${i}-a`));
      if (rnd() < 0.3) sent.push(reply(conversationId, received + after + 86400_000, mailbox, `${seed}-${i}-b`));
    } else if (r < 0.4) {
      sent.push(reply(conversationId, received - 3600_000, mailbox, `${seed}-${i}-early`));
    } else if (options.acknowledgements && r < 0.55) {
      // acknowledged, not answered yet; sometimes told again with a new date
      const first = received + 1800_000 + Math.floor(rnd() * 86400_000);
      sent.push(acknowledgement(conversationId, first, `${seed}-${i}-ack1`));
      if (rnd() < 0.35) sent.push(acknowledgement(conversationId, first + 2 * 86400_000, `${seed}-${i}-ack2`));
      // sometimes a holding reply after the promise: the promise stays in force
      if (rnd() < 0.2) sent.push(holdingReply(conversationId, first + 3 * 86400_000, `${seed}-${i}-hold2`));
    } else if (options.acknowledgements && r < 0.62) {
      // only a holding reply ("vi återkommer"): still open against its due
      sent.push(holdingReply(conversationId, received + 1800_000 + Math.floor(rnd() * 86400_000), `${seed}-${i}-hold1`));
    }
  }
  return { inbox, sent, acks, holding };

  function holdingReply(conversationId: string, at: number, tag: string): Record<string, unknown> {
    const base = reply(conversationId, at, mailbox, tag);
    holding.set(`<reply-${tag}@exempelby.example>`, HOLDING_WORDS);
    base.body = { contentType: 'text', content: `Hej!\n\nTack för ditt mejl. Vi har lämnat det vidare och ${HOLDING_WORDS}.\n\nMed vänlig hälsning\nExempelby kommun` };
    return base;
  }

  function acknowledgement(conversationId: string, at: number, tag: string): Record<string, unknown> {
    const sentAt = Temporal.Instant.fromEpochMilliseconds(Math.floor(at / 1000) * 1000).toZonedDateTimeISO('Europe/Stockholm');
    // a working day 3–12 days later, promised by its closing time (16:00)
    let date = sentAt.toPlainDate().add({ days: 3 + Math.floor(rnd() * 10) });
    while (!calendar.isWorkingDay(date)) date = date.add({ days: 1 });
    const promised = date.toZonedDateTime({ timeZone: 'Europe/Stockholm', plainTime: '16:00' }).toString({ timeZoneName: 'never' });
    const marker = rnd() < 0.5;
    const base = reply(conversationId, at, mailbox, tag);
    const id = `<reply-${tag}@exempelby.example>`;
    acks.set(id, { promised, by: marker ? 'marker' : 'text' });
    if (marker) {
      base.body = { contentType: 'html', content: '<p>Hej!</p><p>Tack för ditt meddelande. Vi har tagit emot ditt ärende.</p><p>Exempelby kommun</p>' };
      base.singleValueExtendedProperties = [{ id: ACK_PROPERTY_ID, value: promised }];
    } else {
      base.body = {
        contentType: 'text',
        content: `Hej!\n\nTack för ditt mejl. Vi har tagit emot ditt ärende och återkommer med svar senast den ${date.day} ${MONTHS[date.month - 1]}.\n\nMed vänlig hälsning\nExempelby kommun`,
      };
    }
    return base;
  }

  function reply(conversationId: string, at: number, from: string, tag: string): Record<string, unknown> {
    return {
      subject: 'SV: Ditt ärende',
      body: { contentType: 'text', content: 'Hej! Vi har tagit emot ditt ärende.\nExempelby kommun' },
      from: { emailAddress: { name: 'Exempelby kommun', address: from } },
      sender: { emailAddress: { name: 'Exempelby kommun', address: from } },
      toRecipients: [{ emailAddress: { name: 'Medborgare', address: 'medborgare@example.org' } }],
      conversationId,
      sentDateTime: iso(at),
      receivedDateTime: iso(at),
      internetMessageId: `<reply-${tag}@exempelby.example>`,
      parentFolderId: 'sentitems',
      isRead: true,
    };
  }
}
