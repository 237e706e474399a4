import { RECORD_TARGET_LENGTH, buildRecord, recordNeedsFullRead, serializeRecord, type LabelDecision } from '../../src/core/record';

const decision = (rules: string[]): LabelDecision => ({
  policy: 'salem@2026.1',
  channel: 'epost',
  kind: 'ansokan',
  department: 'samhallsbyggnad',
  due: '2026-03-24T12:11:43+01:00',
  target: '2026-03-23T16:00:00+01:00',
  rules,
  categories: [],
});

describe('a record that fits in a list', () => {
  it('keeps every rule when it fits', () => {
    const r = buildRecord(decision(['ans.bestallning', 'typ:ansokan']), 'auto');
    expect(r.rules).toEqual(['ans.bestallning', 'typ:ansokan']);
    expect(serializeRecord(r).length).toBeLessThanOrEqual(RECORD_TARGET_LENGTH);
  });

  it('leaves out trailing rule ids to stay under 255 characters, but always keeps the deciding one', () => {
    const r = buildRecord(decision(['ans.bestallning', 'avd.sbf.miljo', 'typ:ansokan', 'kanal:epost']), 'auto', '2026-11-20T10:00:00+01:00');
    expect(r.rules[0]).toBe('ans.bestallning');
    expect(r.rules.length).toBeLessThan(4);
    expect(serializeRecord(r).length).toBeLessThanOrEqual(RECORD_TARGET_LENGTH);
    const long = buildRecord(decision(['a'.repeat(150), 'b']), 'auto', '2026-11-20T10:00:00+01:00');
    expect(long.rules).toEqual(['a'.repeat(150)]);
  });

  it('is the same record however often it is built (relabelling stays idempotent)', () => {
    const d = decision(['ans.bestallning', 'avd.sbf.miljo', 'typ:ansokan', 'kanal:epost']);
    expect(serializeRecord(buildRecord(d, 'auto', null, buildRecord(d, 'auto')))).toBe(serializeRecord(buildRecord(d, 'auto')));
  });
});

describe('recordNeedsFullRead', () => {
  const full = serializeRecord(buildRecord(decision(['ans.bestallning']), 'auto'));

  it('trusts a whole record and an absent one', () => {
    expect(recordNeedsFullRead(full)).toBe(false);
    expect(recordNeedsFullRead(null)).toBe(false);
    expect(recordNeedsFullRead(undefined)).toBe(false);
  });

  it('distrusts a cut one, a damaged one, and one exactly at a length where Exchange cuts', () => {
    expect(recordNeedsFullRead(full.slice(0, 200))).toBe(true);
    expect(recordNeedsFullRead('{"v":2,"something":"newer"}')).toBe(true);
    const at255 = JSON.stringify({ ...JSON.parse(full), note: '' }).replace('"note":""', `"note":"${'x'.repeat(255 - full.length - 10)}"`);
    expect(at255).toHaveLength(255);
    expect(recordNeedsFullRead(at255)).toBe(true);
  });
});
