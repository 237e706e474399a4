import { Temporal } from 'temporal-polyfill';
import { presetConfig, shadowedDueReach, type SvarstidConfig } from '../../src/core/config';
import { deadlineForCase } from '../../src/core/deadline/deadlineForCase';

/**
 * A case-type rule whose time every channel's rule beats "never" gives the due — unless a channel's
 * shorter time can move off a run of closed days past it (SPEC §3 `extend`). The check-config and
 * presets texts say "aldrig" or "sällan" from this.
 */
describe('shadowedDueReach', () => {
  const salem = presetConfig('salem');

  it("finds that Salem's seven days for complaints can end first: 72 hours that land on Christmas Eve move to the next working day", () => {
    expect(shadowedDueReach(salem, 2026).get('typ:klagomal')).toBe('rarely');
    // the case the word stands for: an e-mailed complaint on Monday 21 December 2026 at 10.00
    const received = Temporal.Instant.from('2026-12-21T09:00:00Z');
    const due = deadlineForCase({ channel: 'epost', kind: 'klagomal', anonymous: false, received }, salem);
    expect(due.dueRule).toBe('typ:klagomal');
    expect(due.due!.toPlainDate().toString()).toBe('2026-12-28');
  });

  it('says never when every channel gives the same time', () => {
    const rules = salem.policy.rules.map((r) => (r.kind === undefined && r.due ? { ...r, due: { unit: 'calendarDays' as const, amount: 7, extend: true } } : r));
    const same: SvarstidConfig = { ...salem, policy: { ...salem.policy, rules } };
    expect(shadowedDueReach(same, 2026).get('typ:klagomal')).toBe('never');
  });

  it('reports no rule that some channel leaves to it', () => {
    // Ljungby's case-type rules are not beaten on every channel
    expect([...shadowedDueReach(presetConfig('ljungby'), 2026).keys()]).toEqual([]);
  });
});
