import { assessMessage } from '../../src/core/assess';
import { parseMailMessage } from '../../src/core/message';
import {
  RECORD_TARGET_LENGTH,
  buildRecord,
  categoriesFor,
  kindCategory,
  toGraphDateTime,
  toStockholmIso,
  answeredInTime,
} from '../../src/core/record';
import { parseConfig, presetDocument } from '../../src/core/config';
import { runOnce } from '../../src/worker/runOnce';
import { memoryLog } from '../../src/worker/log';
import { TEST_PROFILE, ljungby, patchCount, readFolder, startHarness, type Harness } from './support/harness';

/**
 * The test's own oracle, from how the mailbox was generated: the first reply in the conversation
 * sent strictly after receipt that is neither an acknowledgement nor a holding reply answers it;
 * the acknowledgements sent before that answer are its promises, the latest one in force; the
 * latest holding reply before it is kept as `holding`.
 */
function expectedReplies(h: Harness, conversationId: string, received: string) {
  const replies = h.generated.sent
    .filter((s) => s.conversationId === conversationId && Date.parse(s.sentDateTime as string) > Date.parse(received))
    .map((s) => ({ at: Date.parse(s.sentDateTime as string), ack: h.generated.acks.get(s.internetMessageId as string) ?? null, holding: h.generated.holding.get(s.internetMessageId as string) ?? null }))
    .sort((a, b) => a.at - b.at);
  const answer = replies.find((r) => r.ack === null && r.holding === null);
  const before = (r: { at: number }): boolean => answer === undefined || r.at < answer.at;
  const acks = replies.filter((r) => r.ack !== null && before(r));
  const holding = replies.filter((r) => r.holding !== null && before(r)).pop();
  const iso = (ms: number): string => toStockholmIso(new Date(ms).toISOString());
  return {
    answeredAt: answer ? iso(answer.at) : null,
    acks: acks.map((a) => ({ at: iso(a.at), p: toStockholmIso(a.ack!.promised), by: a.ack!.by })),
    holding: holding ? { at: iso(holding.at), why: holding.holding! } : null,
  };
}

describe('runOnce on a generated mailbox', () => {
  // 300 messages labelled twice over HTTP: a minute is ample alone, but the suite runs it beside browser tests.
  jest.setTimeout(120_000);
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ count: 300, seed: 11, acknowledgements: true });
  });
  afterAll(() => h.stop());

  it('labels every message with the core deadline, categories, flag and record (acknowledgements as promises); a second run writes nothing', async () => {
    const config = ljungby();
    const first = await runOnce({ graph: h.graph(), config });
    expect(first).toMatchObject({ scanned: 300, labelled: 300, unchanged: 0, errors: 0 });
    // One PATCH per message plus a handful: list pages of 100 (strict: 50), categories, the
    // mailbox lease (its hidden folder and item are created on this first run).
    expect(first.requests).toBeLessThanOrEqual(300 + (TEST_PROFILE === 'strict' ? 60 : 40));

    const inbox = await readFolder(h.graph(), 'inbox');
    expect(inbox).toHaveLength(300);
    let answered = 0;
    let met = 0;
    let acknowledged = 0;
    let answeredAfterPromise = 0;
    let renewed = 0;
    let heldOpen = 0;
    let heldThenAnswered = 0;
    for (const { message, record } of inbox) {
      const parsed = parseMailMessage(message);
      if (!parsed.ok) throw new Error(parsed.error);
      const a = assessMessage(parsed.message, config);
      const { answeredAt, acks, holding } = expectedReplies(h, message.conversationId!, message.receivedDateTime!);
      // a report of concern keeps its own time: what the reporter was told is history only
      const promise: { acknowledgedAt?: string; promised?: string; acks?: unknown[] } =
        acks.length > 0
          ? {
              acknowledgedAt: acks[0]!.at,
              ...(a.kind === 'orosanmalan' ? {} : { promised: acks[acks.length - 1]!.p }),
              acks: acks.map((e) => (e.by === 'text' ? { ...e, why: expect.stringMatching(/^senast den \d+ \p{L}+/u) } : e)),
            }
          : {};
      if (acks.length > 0) acknowledged++;
      if (acks.length > 1) renewed++;
      if (acks.length > 0 && answeredAt) answeredAfterPromise++;
      if (holding && !answeredAt) heldOpen++;
      if (holding && answeredAt) heldThenAnswered++;
      expect(record).toEqual({
        v: 1,
        policy: a.policy,
        channel: a.channel,
        kind: a.kind,
        department: a.department,
        due: a.due,
        target: a.target,
        // The deciding rules, as many as fit in a compact record (the first always).
        rules: a.rules.slice(0, record!.rules.length),
        source: 'auto',
        answeredAt,
        ...(a.uncertain ? { uncertain: true } : {}),
        ...promise,
        ...(holding ? { holding } : {}),
      });
      expect(record!.rules.length).toBeGreaterThanOrEqual(1);
      if (record!.rules.length < a.rules.length) {
        // Rules were left out only to fit Exchange's list limit: the labelling fields fit now, or
        // only the deciding rule is left (an acknowledgement history may lengthen it afterwards).
        const { acknowledgedAt: _a, promised: _p, acks: _h, ackMeetsDue: _m, holding: _w, ...labelling } = record as Record<string, unknown>;
        expect(JSON.stringify(labelling).length <= RECORD_TARGET_LENGTH || record!.rules.length === 1).toBe(true);
      }
      for (const c of categoriesFor(config, record!, a.categories)) expect(message.categories).toContain(c);
      expect(message.categories).toContain(kindCategory(a.kind));
      if (a.due !== null) {
        // the flag's due moves to the promise
        expect(message.flag?.dueDateTime).toEqual(toGraphDateTime(promise.promised ?? a.due));
        expect(message.flag?.startDateTime).toEqual(toGraphDateTime(message.receivedDateTime!));
        expect(message.flag?.flagStatus).toBe(answeredAt ? 'complete' : 'flagged');
        if (answeredAt) expect(message.flag?.completedDateTime).toEqual(toGraphDateTime(answeredAt));
      }
      if (answeredAt) {
        answered++;
        if (answeredInTime(record!) === 'met') met++;
      }
    }
    expect(first.answered).toBe(answered);
    expect(answered).toBeGreaterThan(50);
    expect(met).toBeGreaterThan(0);
    expect(met).toBeLessThan(answered);
    // the generated mailbox exercises every path: acknowledged and open, acknowledged then answered, told twice
    expect(acknowledged).toBeGreaterThan(30);
    expect(answeredAfterPromise).toBeGreaterThan(10);
    expect(renewed).toBeGreaterThan(3);
    // holding replies with no date: open ones stay open, answered ones were answered by the real answer
    expect(heldOpen).toBeGreaterThan(10);
    expect(heldThenAnswered).toBeGreaterThan(5);
    // People's categories are kept.
    const kept = inbox.filter((m) => m.message.categories?.includes('Viktigt'));
    expect(kept.length).toBeGreaterThan(20);

    // The second run writes no message (the mailbox lease, taken and given back, is counted apart).
    const before = patchCount(h.emu);
    const second = await runOnce({ graph: h.graph(), config });
    expect(second).toMatchObject({ scanned: 300, labelled: 0, unchanged: 300, answered, errors: 0 });
    expect(patchCount(h.emu)).toBe(before);
    // Master categories (1); sent items: one list page per 100 (about 320 sent items: 4);
    // the inbox: 4 list pages (pages of 100 that overlap by the last receipt time); the lease:
    // find the folder, find the item, read, take, give back (5); and one GET per record whose
    // length is exactly where Exchange cuts (255, 256: it cannot tell). Strict pages of 50: about
    // twice as many list pages, and one GET per record a list cuts at 255 characters (those with
    // an acknowledgement history are longer): read again in full before anything is decided.
    const lengths = inbox.map((m) => JSON.stringify(m.record).length);
    const cut = lengths.filter((n) => n >= 255).length;
    const ambiguous = lengths.filter((n) => n === 255 || n === 256).length;
    const sentPages = (size: number): number => Math.ceil(h.generated.sent.length / size);
    expect(second.requests).toBeLessThanOrEqual(TEST_PROFILE === 'strict' ? 17 + sentPages(50) + cut : 10 + sentPages(100) + ambiguous);
  });

  it('relabels only open messages whose outcome a config change alters, and never a manual record', async () => {
    const doc = presetDocument('ljungby');
    // Phone messages get three working days instead of one.
    const changed = parseConfig({
      ...doc,
      policy: { ...doc.policy, rules: doc.policy.rules!.map((r) => (r.id === 'kanal:telefon' ? { ...r, due: { unit: 'workingDays', amount: 3 } } : r)) },
    });
    const inbox = await readFolder(h.graph(), 'inbox');
    // A person corrects one open phone message in the add-in.
    const manual = inbox.find((m) => m.record?.channel === 'telefon' && m.record.answeredAt === null && m.record.due !== null)!;
    const manualRecord = { ...manual.record!, department: 'kultur_fritid', source: 'manual' as const };
    await h.graph().patchMessage(manual.message.id!, {
      singleValueExtendedProperties: [{ id: 'String {6c1d2a52-3f0e-4b8e-9a57-2f1e0c9d4b31} Name svarstid', value: JSON.stringify(manualRecord) }],
    });
    // The oracle: open, automatic records whose assessment under the new config differs.
    const expected = inbox.filter((m) => {
      if (m.record!.answeredAt !== null || m.message.id === manual.message.id) return false;
      const parsed = parseMailMessage(m.message);
      if (!parsed.ok) return false;
      const a = assessMessage(parsed.message, changed);
      // the rule ids as a record holds them (trailing ones left out where the record would grow too long)
      const rules = buildRecord(a, 'auto', null, m.record).rules;
      return a.due !== m.record!.due || a.target !== m.record!.target || rules.join() !== m.record!.rules.join();
    }).length;
    expect(expected).toBeGreaterThan(0);
    const before = patchCount(h.emu);
    const summary = await runOnce({ graph: h.graph(), config: changed });
    expect(summary.labelled).toBe(expected);
    expect(patchCount(h.emu) - before).toBe(expected);
    const after = await readFolder(h.graph(), 'inbox');
    expect(after.find((m) => m.message.id === manual.message.id)!.record).toEqual(manualRecord);
  });

  it('moves messages of a department with a move action into its folder, ids unchanged, and logs each decision', async () => {
    const doc = presetDocument('ljungby');
    const config = parseConfig({
      ...doc,
      departments: doc.departments!.map((d) =>
        d.id === 'teknik' ? { ...d, routing: { actions: ['category', 'move'], folder: 'Teknik' } } : d,
      ),
    });
    // Department unchanged → no routing for already labelled messages; a new message is routed.
    const delivered = h.emu.deliver(h.mailbox, {
      subject: 'Gatubelysningen är trasig',
      body: { contentType: 'text', content: 'Hej! Gatlampan utanför Storgatan 3 har varit släckt i en vecka. Kan ni laga den?' },
      from: { emailAddress: { name: 'Anna', address: 'anna@example.org' } },
    });
    const decisions = memoryLog();
    const summary = await runOnce({ graph: h.graph(), config, decisions });
    const teknikNew = decisions.events.filter((e) => e.action === 'move');
    expect(teknikNew).toHaveLength(1);
    expect(summary.routed).toBe(1);
    for (const e of teknikNew) expect(e).toMatchObject({ event: 'route', outcome: 'done', department: 'teknik' });
    const folders = await h.graph().childFolders('inbox');
    const teknik = folders.find((f) => f.displayName === 'Teknik');
    if (teknikNew.length > 0) {
      expect(teknik).toBeDefined();
      const moved = await readFolder(h.graph(), teknik!.id!);
      expect(moved.map((m) => m.message.id).sort()).toEqual(teknikNew.map((e) => e.id).sort());
      for (const m of moved) expect(m.record?.department).toBe('teknik');
    }
    expect(delivered).toBeDefined();
    // A second pass does not route again.
    const again = await runOnce({ graph: h.graph(), config });
    expect(again.routed).toBe(0);
    expect(again.labelled).toBe(0);
  });
});
