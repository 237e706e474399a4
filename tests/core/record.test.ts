import fc from 'fast-check';
import {
  RECORD_PROPERTY_ID,
  answeredInTime,
  buildRecord,
  categoriesFor,
  categoryColor,
  flagFor,
  labelPatch,
  mergeCategories,
  parseRecord,
  recordMatches,
  recordTextOf,
  serializeRecord,
  toGraphDateTime,
  toStockholmIso,
  type LabelDecision,
} from '../../src/core/record';
import { presetConfig } from '../../src/core/config';

const decision: LabelDecision = {
  policy: 'ljungby@2026.1',
  channel: 'epost',
  kind: 'felanmalan',
  department: 'teknik',
  due: '2026-11-24T15:30:00+01:00',
  target: null,
  rules: ['kanal:epost'],
  categories: [],
};

describe('record', () => {
  it('serializes compactly in contract order and parses back', () => {
    const text = serializeRecord(buildRecord(decision, 'auto'));
    expect(text).toBe(
      '{"v":1,"policy":"ljungby@2026.1","channel":"epost","kind":"felanmalan","department":"teknik",' +
        '"due":"2026-11-24T15:30:00+01:00","target":null,"rules":["kanal:epost"],"source":"auto","answeredAt":null}',
    );
    expect(parseRecord(text)).toEqual(buildRecord(decision, 'auto'));
  });

  it('keeps the fields labelling does not own: the handler and fields of newer writers', () => {
    const claimed = { ...buildRecord(decision, 'auto'), handler: { name: 'Anna Berg', at: '2026-11-23T09:00:00+01:00' }, later: { x: 1 } };
    const text = serializeRecord(claimed);
    expect(text.startsWith('{"v":1,"policy":"ljungby@2026.1"')).toBe(true);
    const parsed = parseRecord(text)!;
    expect(parsed.handler).toEqual({ name: 'Anna Berg', at: '2026-11-23T09:00:00+01:00' });
    expect((parsed as Record<string, unknown>).later).toEqual({ x: 1 });
    // a relabel keeps them; a record without them differs from one with them
    const relabelled = buildRecord({ ...decision, department: 'kontaktcenter' }, 'auto', null, parsed);
    expect(relabelled.handler).toEqual(parsed.handler);
    expect((relabelled as Record<string, unknown>).later).toEqual({ x: 1 });
    expect(recordMatches(parsed, buildRecord(decision, 'auto', null, parsed))).toBe(true);
    expect(recordMatches(parsed, buildRecord(decision, 'auto'))).toBe(false);
    // a bad handler is not a record
    expect(parseRecord(serializeRecord(buildRecord(decision, 'auto')).replace('}', ',"handler":{"name":""}}').replace(/}$/, ''))).toBeNull();
  });

  it('marks an uncertain decision and only then', () => {
    expect(buildRecord(decision, 'auto').uncertain).toBeUndefined();
    const unsure = buildRecord({ ...decision, uncertain: true }, 'auto');
    expect(serializeRecord(unsure)).toContain('"uncertain":true');
    expect(recordMatches(buildRecord(decision, 'auto'), unsure)).toBe(false);
  });

  it('parseRecord never throws and rejects what is not a v1 record', () => {
    expect(parseRecord('{')).toBeNull();
    expect(parseRecord('{"v":2}')).toBeNull();
    expect(parseRecord(null)).toBeNull();
    fc.assert(fc.property(fc.string(), (s) => parseRecord(s) === null || typeof parseRecord(s) === 'object'));
    fc.assert(fc.property(fc.json(), (s) => { parseRecord(s); return true; }));
  });

  it('finds the record among extended properties whatever the id case', () => {
    expect(recordTextOf([{ id: RECORD_PROPERTY_ID.toLowerCase(), value: 'x' }])).toBe('x');
    expect(recordTextOf([{ id: 'String {00000000-0000-0000-0000-000000000000} Name other', value: 'x' }])).toBeNull();
    expect(recordTextOf(undefined)).toBeNull();
  });

  it('matches when the same instant is written with another offset', () => {
    const a = buildRecord(decision, 'auto');
    const b = buildRecord({ ...decision, due: '2026-11-24T14:30:00Z' }, 'auto');
    expect(recordMatches(a, b)).toBe(true);
    expect(recordMatches(a, buildRecord({ ...decision, department: 'kontaktcenter' }, 'auto'))).toBe(false);
    expect(recordMatches(a, buildRecord(decision, 'auto', '2026-11-23T10:00:00+01:00'))).toBe(false);
    expect(recordMatches(null, a)).toBe(false);
    // A new policy version with the same outcome is not a change.
    expect(recordMatches(a, buildRecord({ ...decision, policy: 'ljungby@2026.2' }, 'auto'))).toBe(true);
  });

  it('names the department and kind categories', () => {
    expect(categoriesFor(presetConfig('ljungby'), { department: 'teknik', kind: 'felanmalan' }, ['Prio'])).toEqual([
      'Avd: Teknik',
      'Typ: Felanmälan',
      'Prio',
    ]);
  });

  it('never removes categories people set', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.array(fc.string()), fc.array(fc.string()), (existing, wanted, ours) => {
        const merged = mergeCategories(existing, wanted, ours);
        const theirs = existing.filter((c) => !ours.includes(c) || wanted.includes(c));
        return theirs.every((c) => merged.includes(c)) && wanted.every((c) => merged.includes(c));
      }),
    );
    expect(mergeCategories(['Blå', 'Avd: Teknik'], ['Avd: Utbildning'], ['Avd: Teknik'])).toEqual(['Blå', 'Avd: Utbildning']);
  });

  it('gives a stable colour', () => {
    expect(categoryColor('Avd: Teknik')).toBe(categoryColor('Avd: Teknik'));
    expect(categoryColor('Avd: Teknik')).toMatch(/^preset(\d|1\d|2[0-4])$/);
  });

  it('converts to Graph dateTimeTimeZone in UTC', () => {
    expect(toGraphDateTime('2026-11-24T15:30:00+01:00')).toEqual({ dateTime: '2026-11-24T14:30:00.0000000', timeZone: 'UTC' });
    expect(toStockholmIso('2026-07-01T10:00:00Z')).toBe('2026-07-01T12:00:00+02:00');
  });

  it('plans a flag from receipt to due and completes it once answered', () => {
    const open = buildRecord(decision, 'auto');
    expect(flagFor(open, '2026-11-20T14:30:00Z', null)).toEqual({
      flagStatus: 'flagged',
      startDateTime: { dateTime: '2026-11-20T14:30:00.0000000', timeZone: 'UTC' },
      dueDateTime: { dateTime: '2026-11-24T14:30:00.0000000', timeZone: 'UTC' },
    });
    const answered = buildRecord(decision, 'auto', '2026-11-21T09:00:00+01:00');
    expect(flagFor(answered, '2026-11-20T14:30:00Z', open)).toMatchObject({
      flagStatus: 'complete',
      completedDateTime: { dateTime: '2026-11-21T08:00:00.0000000', timeZone: 'UTC' },
    });
    expect(answeredInTime(answered)).toBe('met');
    expect(answeredInTime(buildRecord(decision, 'auto', '2026-11-25T09:00:00+01:00'))).toBe('late');
    const none = buildRecord({ ...decision, kind: 'ej_arende', due: null }, 'auto');
    expect(flagFor(none, '2026-11-20T14:30:00Z', null)).toBeNull();
    expect(flagFor(none, '2026-11-20T14:30:00Z', open)).toEqual({ flagStatus: 'notFlagged' });
  });

  it('writes flag, categories and record in one patch', () => {
    const record = buildRecord(decision, 'auto');
    const patch = labelPatch({
      record,
      previous: null,
      received: '2026-11-20T14:30:00Z',
      existingCategories: ['Viktigt'],
      wantedCategories: ['Avd: Teknik', 'Typ: Felanmälan'],
      previousCategories: [],
    });
    expect(patch.categories).toEqual(['Viktigt', 'Avd: Teknik', 'Typ: Felanmälan']);
    expect(patch.singleValueExtendedProperties).toEqual([{ id: RECORD_PROPERTY_ID, value: serializeRecord(record) }]);
    expect(patch.flag?.flagStatus).toBe('flagged');
  });
});
