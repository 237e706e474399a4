import { assessMessage } from '../../src/core/assess';
import { parseMailMessage } from '../../src/core/message';
import { parseConfig, presetDocument } from '../../src/core/config';
import { categoriesFor } from '../../src/core/record';
import { runOnce } from '../../src/worker/runOnce';
import { memoryLog } from '../../src/worker/log';
import { readFolder, startHarness, type Harness, type LabelledMessage } from './support/harness';

/**
 * Reliability under injected faults: many short rounds of `runOnce` against an emulator that
 * answers 429 (with Retry-After), 503, 504, drops connections, expires every token and
 * invalidates delta tokens (410), while new mail arrives. At the end (faults cleared, one
 * more pass) no message is lost, none was moved twice, and every deadline is the core's.
 */
function configWith(epostDays: number) {
  const doc = presetDocument('ljungby');
  return parseConfig({
    ...doc,
    policy: { ...doc.policy, rules: doc.policy.rules!.map((r) => (r.id === 'kanal:epost' ? { ...r, due: { unit: 'workingDays', amount: epostDays } } : r)) },
    departments: doc.departments!.map((d) => (d.id === 'teknik' ? { ...d, routing: { actions: ['category', 'move'], folder: 'Teknik' } } : d)),
  });
}
const config = configWith(2);
/** Alternating with this config makes every round relabel the open e-mail messages (many PATCHes under fire). */
const other = configWith(3);

const FAST = { baseDelayMs: 2, maxDelayMs: 20, maxAttempts: 10 };

function wrong(m: LabelledMessage): string | null {
  const parsed = parseMailMessage(m.message);
  if (!parsed.ok) return parsed.error;
  const r = m.record;
  if (!r) return 'no record';
  // Open messages follow the current config; an answered one keeps the decision it was answered under.
  const candidates = r.answeredAt === null ? [config] : [config, other];
  const ok = candidates.some((c) => {
    const a = assessMessage(parsed.message, c);
    return r.due === a.due && r.target === a.target && r.department === a.department && r.kind === a.kind && r.policy === a.policy;
  });
  if (!ok) return 'wrong decision';
  const cats = m.message.categories ?? [];
  if (new Set(cats).size !== cats.length) return 'duplicate categories';
  if (!categoriesFor(config, r).every((c) => cats.includes(c))) return 'missing category';
  return null;
}

describe('worker under injected faults', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ count: 150, seed: 5 });
  });
  afterAll(() => h.stop());

  it('survives ≥ 1 000 faults with 0 lost, 0 double-routed and 0 wrong deadlines', async () => {
    const decisions = memoryLog();
    const log = memoryLog();
    let delivered = 0;
    let round = 0;
    let failedRounds = 0;
    while (h.emu.stats().faultsInjected < 1000) {
      round++;
      h.emu.faults({
        clear: true,
        rates: `seed=${round * 7919 + 104729},429=0.12,503=0.1,504=0.1,reset=0.08,retryAfter=0`,
        delta410: round % 3 === 0 ? 1 : 0,
        expireTokens: round % 4 === 0,
      });
      for (let i = 0; i < 10; i++) {
        h.emu.deliver(h.mailbox, {
          subject: i % 2 ? 'Trasig gatlampa' : 'Fråga om bygglov',
          body: {
            contentType: 'text',
            content: i % 2 ? `Gatlampan vid Skolvägen ${round}-${i} är trasig, kan ni laga den?` : `Hur lång tid tar ett bygglov för en altan? (${round}-${i})`,
          },
          from: { emailAddress: { name: 'Test', address: `invånare${i}@example.org` } },
        });
        delivered++;
      }
      // A round may give up on something (its retry budget spent): it says so, and the next round finishes it.
      const s = await runOnce({ graph: h.graph(FAST), config: round % 2 ? other : config, decisions, log, lease: { holder: 'faults-test' } });
      if (s.errors > 0) failedRounds++;
      if (round > 60) throw new Error('too many rounds');
    }
    const faults = h.emu.stats().faultsInjected;
    h.emu.faults({ clear: true });
    const final = await runOnce({ graph: h.graph(), config, decisions, lease: { holder: 'faults-test' } });
    expect(final.errors).toBe(0);

    const inbox = await readFolder(h.graph(), 'inbox');
    const teknikFolder = (await h.graph().childFolders('inbox')).find((f) => f.displayName === 'Teknik');
    const teknik = teknikFolder ? await readFolder(h.graph(), teknikFolder.id!) : [];
    const all = [...inbox, ...teknik];
    // 0 lost: every message is still there, exactly once.
    expect(new Set(all.map((m) => m.message.id)).size).toBe(150 + delivered);
    // 0 wrong deadlines, categories intact.
    const problems = all.map((m) => [m.message.id, wrong(m)]).filter(([, p]) => p !== null);
    expect(problems).toEqual([]);
    // Routing: teknik messages are in the Teknik folder, and each was moved once.
    const newTeknik = all.filter((m) => m.record!.department === 'teknik');
    for (const m of teknik) expect(m.record!.department).toBe('teknik');
    const moves = decisions.events.filter((e) => e.action === 'move' && e.outcome === 'done').map((e) => e.id as string);
    expect(new Set(moves).size).toBe(moves.length);
    expect(teknik.map((m) => m.message.id).sort()).toEqual([...moves].sort());
    expect(newTeknik.length).toBeGreaterThanOrEqual(teknik.length);
    expect(faults).toBeGreaterThanOrEqual(1000);
    expect(failedRounds).toBeLessThan(round / 4);
  }, 170_000);
});
