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

import { prng } from '../../../src/emulator/faults';

export { prng };

const KEEP = ['subject', 'body', 'bodyPreview', 'from', 'sender', 'replyTo', 'toRecipients', 'ccRecipients', 'hasAttachments', 'importance', 'internetMessageId'];

export interface GeneratedMailbox {
  inbox: Record<string, unknown>[];
  sent: Record<string, unknown>[];
}

/**
 * `count` inbox messages received between 2026-10-01 and 2026-12-31 (UTC), each in its own
 * conversation; about a third get a reply in sent items between 1 hour and 6 days later, and
 * some conversations have mail sent before receipt (not an answer).
 */
export function generateMailbox(count: number, seed = 7, mailbox = 'kommun@exempelby.se'): GeneratedMailbox {
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
      sent.push(reply(conversationId, received + after, mailbox, `${seed}-${i}-a`));
      if (rnd() < 0.3) sent.push(reply(conversationId, received + after + 86400_000, mailbox, `${seed}-${i}-b`));
    } else if (r < 0.4) {
      sent.push(reply(conversationId, received - 3600_000, mailbox, `${seed}-${i}-early`));
    }
  }
  return { inbox, sent };

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
