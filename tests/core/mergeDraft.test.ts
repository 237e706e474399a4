import fc from 'fast-check';
import { mergeDraft, type Json } from '../../src/core/admin/mergeDraft';
import { presetConfig } from '../../src/core/config';

describe('rebasing an admin’s draft on a save made meanwhile', () => {
  it('keeps what the other save changed where the draft did not touch it, and the draft’s own changes', () => {
    const base = presetConfig('ljungby');
    const mine = structuredClone(base);
    mine.municipality.name = 'Ljungby kommun (test)';
    const theirs = structuredClone(base);
    theirs.triage.kindModel = !base.triage.kindModel;
    const { merged, conflicts } = mergeDraft(base, mine, theirs);
    expect(merged.municipality.name).toBe('Ljungby kommun (test)');
    expect(merged.triage.kindModel).toBe(!base.triage.kindModel);
    expect(conflicts).toEqual([]);
  });

  it('keeps the draft’s value where both changed the same place, and says where', () => {
    const { merged, conflicts } = mergeDraft<Json>({ a: { x: 1, y: [1] } }, { a: { x: 2, y: [1] } }, { a: { x: 3, y: [1, 2] } });
    expect(merged).toEqual({ a: { x: 2, y: [1, 2] } });
    expect(conflicts).toEqual([['a', 'x']]);
  });

  it('is the other save when the draft changed nothing, and the draft when nobody else saved (property)', () => {
    const json: fc.Arbitrary<Json> = fc.jsonValue() as fc.Arbitrary<Json>;
    fc.assert(
      fc.property(json, json, (base, other) => {
        expect(mergeDraft(base, structuredClone(base), other).merged).toEqual(other);
        expect(mergeDraft(base, other, structuredClone(base)).merged).toEqual(other);
      }),
    );
  });
});
