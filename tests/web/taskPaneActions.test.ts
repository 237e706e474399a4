import { Temporal } from 'temporal-polyfill';
import { emulatorTokenSource } from '../../src/auth/emulatorToken';
import { calendarOf } from '../../src/core/assess';
import { toGraphDateTime } from '../../src/core/record';
import { formatDateText } from '../../src/core/display';
import { demoConfig } from '../../src/cli/demoCommand';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { createGraphClient, GraphMailbox, readMessageWithRecord, RequestScheduler } from '../../src/graph';
import { readLabelledMessages } from '../../src/graph/labelledMessages';
import { concernsNotHandedOn, indexed, isOpen } from '../../src/core/dashboard';
import { sendReply } from '../../src/graph/messageActions';
import { OPEN_CONCERNS_SETTING, openConcernFor } from '../../addin/host/openConcerns';
import { runOnce } from '../../src/worker/runOnce';
import * as lazyCore from '../../addin/taskpane/lazyCore';
import { createTaskPaneActions, type ReadItemHost } from '../../addin/taskpane/taskPaneActions';

/**
 * The task pane's actions against the emulator, where a browser cannot easily make it happen:
 * two people on one message, and a write that loses the race with the worker.
 */

const config = demoConfig('ljungby');
let emulator: RunningEmulator;
let graph: GraphMailbox;
let ids: string[];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, mailbox: config.municipality.mailbox!, seed: 'demo', throttle: 'off' });
  const tokens = emulatorTokenSource();
  graph = new GraphMailbox({ client: createGraphClient({ tokens, graphUrl: emulator.origin }), mailbox: config.municipality.mailbox!, tokens, scheduler: new RequestScheduler({ baseDelayMs: 1 }) });
  await runOnce({ graph, config, statePath: null });
  ids = (await readLabelledMessages(graph)).filter((m) => m.record.due !== null && m.record.answeredAt === null && m.record.kind !== 'orosanmalan').map((m) => m.id);
}, 60_000);

afterAll(async () => {
  await emulator?.stop();
});

/** The replies the pane opened (Svara med besked), as HTML. */
const opened: string[] = [];

function actionsFor(id: string, name: string, extra: Partial<ReadItemHost> = {}): ReturnType<typeof createTaskPaneActions> {
  const host: ReadItemHost = {
    messageId: id,
    conversationId: null,
    mailbox: { address: config.municipality.mailbox!, shared: true },
    user: { name, address: `${name.toLowerCase().replace(' ', '.')}@exempelby.se` },
    displayReplyForm: (html: string) => {
      opened.push(html);
    },
    roamingSettings: null,
    ...extra,
  };
  return createTaskPaneActions({ graph, config, host, loadCore: () => Promise.resolve(lazyCore) });
}

describe('task pane actions', () => {
  it('never takes a claim from a colleague who claimed after the pane was opened', async () => {
    const id = ids[0]!;
    const anna = actionsFor(id, 'Anna Berg');
    const bo = actionsFor(id, 'Bo Ek');
    await anna.load();
    await bo.load();
    expect(await bo.claim(false)).toMatchObject({ ok: true });
    await expect(anna.claim(false)).rejects.toMatchObject({ sv: 'Bo Ek hann före och har redan tagit det här ärendet.' });
    expect((await readMessageWithRecord(graph, id)).record?.handler?.name).toBe('Bo Ek');
    // Taking over is a choice made seeing who holds it.
    await anna.load();
    expect(await anna.claim(true)).toMatchObject({ ok: true });
    expect((await readMessageWithRecord(graph, id)).record?.handler?.name).toBe('Anna Berg');
  });

  it('writes again when the message changed between its read and its write (412), and says so when it keeps changing', async () => {
    const id = ids[1]!;
    const anna = actionsFor(id, 'Anna Berg');
    await anna.load();
    emulator.faults({ failNext: { method: 'PATCH', path: '/messages/', count: 1, status: 412 } });
    expect(await anna.changeDepartment('teknik')).toMatchObject({ ok: true });
    expect((await readMessageWithRecord(graph, id)).record).toMatchObject({ department: 'teknik', source: 'manual' });
    emulator.faults({ failNext: { method: 'PATCH', path: '/messages/', count: 2, status: 412 } });
    await expect(anna.changeDepartment('utbildning')).rejects.toMatchObject({ sv: expect.stringContaining('Någon annan ändrade meddelandet samtidigt') });
    expect((await readMessageWithRecord(graph, id)).record?.department).toBe('teknik');
    emulator.faults({ clear: true });
  });
});

describe('marking an anonymous contact as done', () => {
  it('writes who and when, the worker keeps it, and it leaves the open queue', async () => {
    const anonymous = (await readLabelledMessages(graph)).find((m) => m.record.due === null && m.record.kind !== 'ej_arende' && m.record.answeredAt === null);
    expect(anonymous).toBeDefined();
    const kim = actionsFor(anonymous!.id, 'Kim Lund');
    await kim.load();
    expect(await kim.markDone!()).toMatchObject({ ok: true, note: { sv: expect.stringMatching(/^Markerat som klart/) } });
    const after = (await readMessageWithRecord(graph, anonymous!.id)).record!;
    expect(after.done).toMatchObject({ name: 'Kim Lund' });
    expect(after.source).toBe(anonymous!.record.source);
    await runOnce({ graph, config, statePath: null });
    const kept = (await readMessageWithRecord(graph, anonymous!.id)).record!;
    expect(kept.done).toEqual(after.done);
    expect(isOpen({ record: kept })).toBe(false);

  });

  it('a case answered by phone or letter: answered now, the flag completed, the worker keeps it; a second time is refused', async () => {
    const id = ids[5]!;
    const kim = actionsFor(id, 'Kim Lund');
    await kim.load();
    expect(await kim.markDone!()).toMatchObject({ ok: true, note: { sv: expect.stringMatching(/^Markerat som besvarat på annat sätt, (i tid|efter svarstiden)/) } });
    const after = await readMessageWithRecord(graph, id);
    expect(after.record!.done).toMatchObject({ name: 'Kim Lund' });
    expect(Date.parse(after.record!.answeredAt!)).toBe(Date.parse(after.record!.done!.at));
    expect(after.message.flag?.flagStatus).toBe('complete');
    await runOnce({ graph, config, statePath: null });
    const kept = await readMessageWithRecord(graph, id);
    expect(kept.record!.answeredAt).toBe(after.record!.answeredAt);
    expect(kept.message.flag?.flagStatus).toBe('complete');
    expect(isOpen({ record: kept.record! })).toBe(false);
    await kim.load();
    await expect(kim.markDone!()).rejects.toMatchObject({ sv: 'Meddelandet är redan besvarat.' });
  });
});

describe('a report of concern that an automatic receipt answered (round 27 of the readers)', () => {
  it('is answered but not handed on: listed apart, still marked Lämnad till in the pane, kept by the worker; the on-send note follows', async () => {
    const concern = (await readLabelledMessages(graph)).find((m) => m.record.kind === 'orosanmalan' && m.record.answeredAt === null && m.record.due !== null);
    expect(concern).toBeDefined();
    const id = concern!.id;
    // the pane has shown it: a note for the on-send check (ids and the department's name only)
    const roaming = new Map<string, unknown>();
    const roamingSettings = { get: (n: string) => roaming.get(n), set: (n: string, v: unknown) => void roaming.set(n, v), saveAsync: (cb?: () => void) => cb?.() };
    const conversationId = (await readMessageWithRecord(graph, id)).message.conversationId!;
    const kim = actionsFor(id, 'Kim Lund', { conversationId, roamingSettings: roamingSettings as unknown as ReadItemHost['roamingSettings'] });
    await kim.load();
    expect(openConcernFor(roaming.get(OPEN_CONCERNS_SETTING), conversationId, Date.now())).toEqual({ sv: 'Socialförvaltningen', en: expect.any(String) });

    // a flow sends a receipt from the shared mailbox: SPEC §6 counts it as the answer
    await sendReply(graph, id, { html: '<p>Tack, vi har tagit emot ditt meddelande.</p><p>Ljungby kommun</p>' });
    await runOnce({ graph, config, statePath: null });
    const answered = (await readMessageWithRecord(graph, id)).record!;
    expect(answered.answeredAt).not.toBeNull();
    expect(isOpen({ record: answered })).toBe(false);
    const listed = (record: typeof answered) => concernsNotHandedOn([indexed({ id, subject: '', received: concern!.receivedDateTime, webLink: null, folder: 'inbox', record })]).length;
    expect(listed(answered)).toBe(1);

    // the pane still offers to mark it handed on, and only the record changes
    const data = await kim.load();
    expect(data.view.answeredAt).toBe(answered.answeredAt);
    expect(await kim.markDone!()).toMatchObject({ ok: true, note: { sv: expect.stringMatching(/^Orosanmälan är markerad som lämnad vidare/) } });
    const handed = (await readMessageWithRecord(graph, id)).record!;
    expect(handed.done).toMatchObject({ name: 'Kim Lund' });
    expect(handed.answeredAt).toBe(answered.answeredAt);
    expect(listed(handed)).toBe(0);
    await runOnce({ graph, config, statePath: null });
    expect((await readMessageWithRecord(graph, id)).record!.done).toEqual(handed.done);
    // the note is gone once it is handed on; a second mark is refused
    await kim.load();
    expect(openConcernFor(roaming.get(OPEN_CONCERNS_SETTING), conversationId, Date.now())).toBeNull();
    await expect(kim.markDone!()).rejects.toMatchObject({ sv: 'Meddelandet är redan besvarat.' });
  });
});

describe('setting the promised date in the task pane', () => {
  const calendar = calendarOf(config);
  /** A working day at least `days` ahead, as a date field gives it. */
  function workingDayAhead(days: number): Temporal.PlainDate {
    let d = Temporal.Now.plainDateISO(config.calendar.timeZone).add({ days });
    while (!calendar.isWorkingDay(d)) d = d.add({ days: 1 });
    return d;
  }
  function closedDayAhead(): Temporal.PlainDate {
    let d = Temporal.Now.plainDateISO(config.calendar.timeZone).add({ days: 1 });
    while (calendar.isWorkingDay(d)) d = d.add({ days: 1 });
    return d;
  }

  it('writes the promise, the flag and who set it; a past or closed day is refused and nothing is written', async () => {
    const id = ids[2]!;
    const kim = actionsFor(id, 'Kim Lund');
    await kim.load();
    const before = await readMessageWithRecord(graph, id);
    const yesterday = Temporal.Now.plainDateISO(config.calendar.timeZone).subtract({ days: 1 }).toString();
    await expect(kim.setPromised!(yesterday)).rejects.toMatchObject({ sv: 'Datumet har redan passerat. Välj i dag eller ett senare datum.' });
    await expect(kim.setPromised!(closedDayAhead().toString())).rejects.toMatchObject({ sv: expect.stringMatching(/^Kommunen har stängt den dagen\. Välj en arbetsdag/) });
    expect((await readMessageWithRecord(graph, id)).etag).toBe(before.etag);

    const day = workingDayAhead(12);
    expect(await kim.setPromised!(day.toString())).toMatchObject({ ok: true, note: { sv: expect.stringMatching(/^Datumet är sparat: svar senast .*Invånaren har inte fått det av Svarstid/) } });
    const after = await readMessageWithRecord(graph, id);
    const closing = calendar.closingTime(day)!.toString({ timeZoneName: 'never' });
    expect(Date.parse(after.record!.promised!)).toBe(Date.parse(closing));
    expect(after.record!.due).toBe(before.record!.due);
    expect(after.record!.acks).toEqual([expect.objectContaining({ by: 'manual', why: 'Kim Lund' })]);
    expect(after.message.flag?.dueDateTime).toEqual(toGraphDateTime(closing));
    // the worker keeps it
    await runOnce({ graph, config, statePath: null });
    expect((await readMessageWithRecord(graph, id)).record!.promised).toBe(after.record!.promised);
  });

  it('a notice repeats the date the officer already promised, not another one from the rules', async () => {
    const id = ids[4]!;
    const kim = actionsFor(id, 'Kim Lund');
    await kim.load();
    const day = workingDayAhead(9);
    expect(await kim.setPromised!(day.toString())).toMatchObject({ ok: true });
    await kim.load();
    opened.length = 0;
    expect(await kim.acknowledge()).toMatchObject({ ok: true });
    const promised = calendar.closingTime(day)!;
    const phrase = formatDateText(promised.toString({ timeZoneName: 'never' }), config.calendar.timeZone, { month: 'long', time: false, now: Temporal.Now.instant() }).sv;
    expect(opened).toHaveLength(1);
    expect(opened[0]).toContain(phrase);
  });

  it('when the worker wrote in between (412) it reads again and writes once more', async () => {
    const id = ids[3]!;
    const kim = actionsFor(id, 'Kim Lund');
    await kim.load();
    emulator.faults({ failNext: { method: 'PATCH', path: '/messages/', count: 1, status: 412 } });
    expect(await kim.setPromised!(workingDayAhead(5).toString())).toMatchObject({ ok: true });
    expect((await readMessageWithRecord(graph, id)).record!.promised).toBeDefined();
    emulator.faults({ clear: true });
  });
});
