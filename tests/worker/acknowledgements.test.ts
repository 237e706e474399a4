/**
 * Acknowledgements against the emulator (issue 14, SPEC §6): replies are sent through Graph the
 * way people and the add-in send them (createReply + marker + send, or a reply written by hand),
 * then the worker runs. Dates in the replies are computed from the real clock, because the
 * emulator stamps sent mail with the time it is sent.
 */
import type * as MG from '@microsoft/microsoft-graph-types';
import { Temporal } from 'temporal-polyfill';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { presetConfig } from '../../src/core/config';
import type { SvarstidConfig } from '../../src/core/config/schema';
import { ACK_PROPERTY_ID, ackMarkerValue, setPromisedPatch } from '../../src/core/acknowledgement';
import { answeredInTime, toGraphDateTime, type SvarstidRecord } from '../../src/core/record';
import { dueOutcome, promiseOutcome } from '../../src/core/serviceLevel';
import { createWorkingCalendar } from '../../src/core/calendar';
import { mailboxFor } from '../../src/worker/connect';
import { runOnce } from '../../src/worker/runOnce';
import type { GraphMailbox } from '../../src/graph/mailbox';
import { readFolder } from './support/harness';

const ZONE = 'Europe/Stockholm';
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const calendar = createWorkingCalendar();

/** A working day at least `days` after today, and its closing time (16:00) as the promise. */
function workingDayAhead(days: number): { date: Temporal.PlainDate; promised: string; words: string } {
  let date = Temporal.Now.plainDateISO(ZONE).add({ days });
  while (!calendar.isWorkingDay(date)) date = date.add({ days: 1 });
  const promised = date.toZonedDateTime({ timeZone: ZONE, plainTime: '16:00' }).toString({ timeZoneName: 'never' });
  return { date, promised, words: `${date.day} ${MONTHS[date.month - 1]}` };
}

function citizenMail(n: number): Record<string, unknown> {
  const received = new Date(Date.now() - 2 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    subject: `Fråga om sophämtning ${n}`,
    body: { contentType: 'text', content: 'Hej! När töms soptunnorna på Ekvägen efter helgerna? Mvh Eva' },
    from: { emailAddress: { name: 'Eva', address: `eva${n}@example.org` } },
    receivedDateTime: received,
    sentDateTime: received,
    conversationId: `AAQkADack${n}=`,
    internetMessageId: `<ack-test-${n}@example.org>`,
  };
}

interface Setup {
  emu: RunningEmulator;
  graph: GraphMailbox;
  ids: string[];
}

async function setup(count: number): Promise<Setup> {
  const emu = await startEmulator({ seed: { messages: Array.from({ length: count }, (_, i) => citizenMail(i)) }, throttle: 'off' });
  const graph = mailboxFor({ mailbox: emu.mailbox, graphUrl: emu.origin, rate: undefined });
  const inbox = await readFolder(graph, 'inbox');
  const ids = inbox.sort((a, b) => (a.message.subject! < b.message.subject! ? -1 : 1)).map((m) => m.message.id!);
  return { emu, graph, ids };
}

/** The add-in's acknowledgement action: a reply draft, the marker with the promised time, send. */
async function acknowledgeWithMarker(graph: GraphMailbox, id: string, promised: string): Promise<void> {
  const draft = await graph.call<MG.Message>('POST', `${graph.base}/messages/${encodeURIComponent(id)}/createReply`, { operation: 'create reply', body: {} });
  await graph.call('PATCH', `${graph.base}/messages/${encodeURIComponent(draft.id!)}`, {
    operation: 'patch draft',
    body: {
      body: { contentType: 'html', content: '<p>Hej! Tack för ditt meddelande. Vi har tagit emot ditt ärende.</p>' },
      singleValueExtendedProperties: [{ id: ACK_PROPERTY_ID, value: ackMarkerValue(promised) }],
    },
  });
  await graph.call('POST', `${graph.base}/messages/${encodeURIComponent(draft.id!)}/send`, { operation: 'send draft', idempotent: false });
}

/** A reply a person writes by hand. */
async function replyByHand(graph: GraphMailbox, id: string, text: string): Promise<void> {
  await graph.call('POST', `${graph.base}/messages/${encodeURIComponent(id)}/reply`, { operation: 'reply', body: { comment: text }, idempotent: false });
}

async function labelled(graph: GraphMailbox, id: string): Promise<{ message: MG.Message; record: SvarstidRecord }> {
  const found = (await readFolder(graph, 'inbox')).find((m) => m.message.id === id)!;
  return { message: found.message, record: found.record! };
}

const sameInstant = (a: string | undefined | null, b: string): void => expect(Date.parse(a ?? '')).toBe(Date.parse(b));

describe('acknowledgements in a mailbox (Ljungby: only an answer meets the due)', () => {
  let s: Setup;
  const config: SvarstidConfig = presetConfig('ljungby');
  const first = workingDayAhead(10);
  const second = workingDayAhead(20);
  beforeAll(async () => {
    s = await setup(5);
  });
  afterAll(() => s.emu.stop());

  it('an acknowledgement with the marker and one written by hand record acknowledgedAt and promised, move the flag and do not answer', async () => {
    const before = Date.now() - 1000;
    await acknowledgeWithMarker(s.graph, s.ids[0]!, first.promised);
    await replyByHand(s.graph, s.ids[1]!, `Hej!\n\nTack för ditt mejl. Vi har tagit emot ditt ärende och du får svar senast den ${first.words}.\n\nMed vänlig hälsning\nLjungby kommun`);
    const summary = await runOnce({ graph: s.graph, config });
    expect(summary).toMatchObject({ scanned: 5, errors: 0, answered: 0 });
    for (const [i, by] of [[0, 'marker'], [1, 'text']] as const) {
      const { message, record } = await labelled(s.graph, s.ids[i]!);
      expect(record.answeredAt).toBeNull();
      expect(Date.parse(record.acknowledgedAt!)).toBeGreaterThanOrEqual(before);
      sameInstant(record.promised, first.promised);
      expect(record.acks).toEqual([expect.objectContaining({ at: record.acknowledgedAt, p: record.promised, by })]);
      if (by === 'text') expect(record.acks![0]!.why).toBe(`senast den ${first.words}`);
      expect(record.due).not.toBeNull();
      expect(message.flag).toMatchObject({ flagStatus: 'flagged', dueDateTime: toGraphDateTime(first.promised) });
      // Ljungby's due is met only by an answer: acknowledged but not answered, the due stays open
      expect(dueOutcome(record, Temporal.Now.instant())).toBe(record.due! < new Date().toISOString() ? 'overdue' : 'open');
      expect(promiseOutcome(record, Temporal.Now.instant())).toBe('open');
    }
    // a second run writes nothing
    const again = await runOnce({ graph: s.graph, config });
    expect(again).toMatchObject({ labelled: 0, unchanged: 5, errors: 0 });
  });

  it('a second acknowledgement with a new date replaces the promise and keeps the history', async () => {
    const { record: before } = await labelled(s.graph, s.ids[1]!);
    await replyByHand(s.graph, s.ids[1]!, `Hej igen! Tyvärr dröjer det. Vi återkommer med besked senast den ${second.words}.`);
    await runOnce({ graph: s.graph, config });
    const { message, record } = await labelled(s.graph, s.ids[1]!);
    expect(record.answeredAt).toBeNull();
    expect(record.acknowledgedAt).toBe(before.acknowledgedAt);
    sameInstant(record.promised, second.promised);
    expect(record.acks!.map((e) => e.p)).toEqual([before.promised, record.promised]);
    expect(record.due).toBe(before.due);
    expect(message.flag?.dueDateTime).toEqual(toGraphDateTime(second.promised));
  });

  it('a later answer marks the message answered, met against the promised time', async () => {
    await replyByHand(s.graph, s.ids[0]!, 'Hej! Soptunnorna på Ekvägen töms som vanligt på tisdagar, även efter helgerna. Kärlen ska stå vid tomtgränsen före kl 6.');
    const summary = await runOnce({ graph: s.graph, config });
    expect(summary.answered).toBe(1);
    const { message, record } = await labelled(s.graph, s.ids[0]!);
    expect(record.answeredAt).not.toBeNull();
    sameInstant(record.promised, first.promised);
    expect(answeredInTime(record)).toBe('met');
    expect(promiseOutcome(record, Temporal.Now.instant())).toBe('met');
    expect(message.flag).toMatchObject({ flagStatus: 'complete', dueDateTime: toGraphDateTime(first.promised) });
  });

  it('a promise a person corrects is kept; an answer after it is late against it', async () => {
    // acknowledged in words, then a person sets an earlier promise in the add-in (here: already passed)
    await replyByHand(s.graph, s.ids[2]!, `Tack för ditt mejl! Du får besked senast den ${first.words}.`);
    await runOnce({ graph: s.graph, config });
    const { message: read, record } = await labelled(s.graph, s.ids[2]!);
    const { record: corrected, patch } = setPromisedPatch(record, new Date(Date.now() - 60_000).toISOString(), new Date().toISOString(), read.receivedDateTime!);
    await s.graph.patchMessage(s.ids[2]!, patch);
    await runOnce({ graph: s.graph, config });
    const kept = (await labelled(s.graph, s.ids[2]!)).record;
    expect(kept.promised).toBe(corrected.promised);
    expect(kept.acks!.map((e) => e.by)).toEqual(['text', 'manual']);
    expect((await labelled(s.graph, s.ids[2]!)).message.flag?.dueDateTime).toEqual(toGraphDateTime(corrected.promised!));

    await replyByHand(s.graph, s.ids[2]!, 'Hej! Tunnorna töms på tisdagar som vanligt, även under helgerna. Ställ dem vid vägen kvällen innan.');
    await runOnce({ graph: s.graph, config });
    const done = (await labelled(s.graph, s.ids[2]!)).record;
    expect(done.answeredAt).not.toBeNull();
    expect(answeredInTime(done)).toBe('late');
    expect(promiseOutcome(done, Temporal.Now.instant())).toBe('late');
  });

  it('a holding reply with no date ("vi återkommer") neither answers nor promises: the due keeps running; the answer then closes it', async () => {
    const { record: before, message: unread } = await labelled(s.graph, s.ids[4]!);
    const answeredBefore = (await runOnce({ graph: s.graph, config, dryRun: true })).answered;
    await replyByHand(s.graph, s.ids[4]!, 'Hej!\n\nTack för ditt mejl. Vi har skickat det vidare till avfallsenheten och vi återkommer till dig.\n\nMed vänlig hälsning\nLjungby kommun');
    const summary = await runOnce({ graph: s.graph, config });
    expect(summary).toMatchObject({ answered: answeredBefore, errors: 0 });
    const { message, record } = await labelled(s.graph, s.ids[4]!);
    expect(record.answeredAt).toBeNull();
    expect(record.promised).toBeUndefined();
    expect(record.acknowledgedAt).toBeUndefined();
    expect(record.holding).toEqual({ at: expect.any(String), why: 'vi återkommer till dig' });
    expect(record.due).toBe(before.due);
    expect(message.flag).toEqual(unread.flag);
    expect(message.flag).toMatchObject({ flagStatus: 'flagged', dueDateTime: toGraphDateTime(before.due!) });
    expect(dueOutcome(record, Temporal.Now.instant())).not.toBe('met');
    expect(await runOnce({ graph: s.graph, config })).toMatchObject({ labelled: 0, errors: 0 });

    await replyByHand(s.graph, s.ids[4]!, 'Hej igen! Kärlen på Ekvägen töms på tisdagar, även efter helgerna. Ställ dem vid tomtgränsen före kl 6.');
    expect((await runOnce({ graph: s.graph, config })).answered).toBe(answeredBefore + 1);
    const done = (await labelled(s.graph, s.ids[4]!)).record;
    expect(done.answeredAt).not.toBeNull();
    expect(done.holding).toEqual(record.holding);
    expect(answeredInTime(done)).toBe('met');
  });

  it('a reply that only mentions a past date is an answer', async () => {
    await replyByHand(s.graph, s.ids[3]!, 'Hej! Vi tömde kärlen på Ekvägen den 2 januari 2026 och nästa tömning står i tömningsschemat.');
    const summary = await runOnce({ graph: s.graph, config });
    expect(summary.errors).toBe(0);
    const { record } = await labelled(s.graph, s.ids[3]!);
    expect(record.answeredAt).not.toBeNull();
    expect(record.promised).toBeUndefined();
    expect(record.acks).toBeUndefined();
  });
});

describe('acknowledgements where the policy says they meet the due (Värmdö e-mail)', () => {
  let s: Setup;
  const config: SvarstidConfig = presetConfig('varmdo');
  beforeAll(async () => {
    s = await setup(3);
  });
  afterAll(() => s.emu.stop());

  it('a holding reply with no date does not tell the citizen when: it does not meet the due', async () => {
    await replyByHand(s.graph, s.ids[2]!, 'Hej! Tack för ditt mejl. Vi återkommer så snart vi kan.\n\nVärmdö kommun');
    await runOnce({ graph: s.graph, config });
    const { record } = await labelled(s.graph, s.ids[2]!);
    expect(record).toMatchObject({ ackMeetsDue: true, answeredAt: null, holding: { why: 'Vi återkommer så snart vi kan' } });
    expect(record.acknowledgedAt).toBeUndefined();
    expect(dueOutcome(record, Temporal.Now.instant())).toBe('open');
  });

  it('the acknowledgement meets the due; the promise is still tracked until the answer', async () => {
    const promise = workingDayAhead(7);
    await acknowledgeWithMarker(s.graph, s.ids[0]!, promise.promised);
    await runOnce({ graph: s.graph, config });
    const { message, record } = await labelled(s.graph, s.ids[0]!);
    const acked = record;
    expect(record.ackMeetsDue).toBe(true);
    expect(record.answeredAt).toBeNull();
    expect(dueOutcome(record, Temporal.Now.instant())).toBe('met');
    expect(promiseOutcome(record, Temporal.Now.instant())).toBe('open');
    expect(message.flag).toMatchObject({ flagStatus: 'flagged', dueDateTime: toGraphDateTime(promise.promised) });
    // the message that was not acknowledged is still open against its due
    const other = (await labelled(s.graph, s.ids[1]!)).record;
    expect(other.ackMeetsDue).toBe(true);
    expect(dueOutcome(other, Temporal.Now.instant())).toBe('open');
    expect(acked.acknowledgedAt).toBeDefined();
  });
});
