import fc from 'fast-check';
import { presetConfig, presetDocument, PRESET_IDS } from '../../src/core/config';
import { diffConfigs } from '../../src/core/config/diff';

describe('diffConfigs', () => {
  const base = presetConfig('ljungby');

  it('finds nothing between a configuration and itself, whatever its revision', () => {
    expect(diffConfigs(base, structuredClone(base))).toEqual([]);
    expect(diffConfigs(base, { ...base, revision: 7 })).toEqual([]);
  });

  it('names a changed field with its values before and after', () => {
    expect(diffConfigs(base, { ...base, senderCheck: { ...base.senderCheck, mode: 'warn' } })).toEqual([
      { kind: 'changed', path: 'senderCheck.mode', before: 'block', after: 'warn', sv: "senderCheck.mode: 'block' → 'warn'", en: "senderCheck.mode: 'block' → 'warn'" },
    ]);
  });

  it('names departments and rules by id: added, removed, changed (with the fields) and reordered', () => {
    const next = structuredClone(base);
    next.departments = next.departments.map((d) => (d.id === 'teknik' ? { ...d, category: 'Avd: Tekniska', committee: 'Nämnden för teknik och fritid' } : d));
    const removed = next.triage.rules.splice(2, 1)[0]!;
    next.triage.rules.push({ ...next.triage.rules[0]!, id: 'lokal.simhall', name: 'Simhallen' });
    next.policy.rules = [next.policy.rules[1]!, next.policy.rules[0]!, ...next.policy.rules.slice(2)];
    const changes = diffConfigs(base, next);
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'changed', path: 'departments[teknik]', fields: ['category', 'committee'], sv: "Förvaltning 'teknik' ändrad: category, committee" }),
        expect.objectContaining({ kind: 'removed', path: `triage.rules[${removed.id}]`, en: `Routing rule '${removed.id}' removed` }),
        expect.objectContaining({ kind: 'added', path: 'triage.rules[lokal.simhall]', sv: "Sorteringsregel 'lokal.simhall' tillagd" }),
        expect.objectContaining({ kind: 'moved', path: 'policy.rules' }),
      ]),
    );
    expect(changes).toHaveLength(4);
  });

  it('lists values added to and removed from a list of words', () => {
    const next = { ...base, municipality: { ...base.municipality, domains: ['ljungby.se', 'ljungby.com'] } };
    expect(diffConfigs(base, next)).toEqual([expect.objectContaining({ path: 'municipality.domains', sv: "municipality.domains: + 'ljungby.com'" })]);
  });

  it('a first save is one change', () => {
    expect(diffConfigs(null, base)).toEqual([expect.objectContaining({ kind: 'added', sv: 'Första sparade konfigurationen' })]);
  });

  it('shortens long values so an audit entry stays small', () => {
    const next = structuredClone(base);
    next.triage.rules.push({ ...next.triage.rules[0]!, id: 'lang', name: 'x'.repeat(2000) });
    const added = diffConfigs(base, next).find((c) => c.path === 'triage.rules[lang]')!;
    expect(typeof added.after).toBe('string');
    expect((added.after as string).length).toBeLessThanOrEqual(300);
  });

  it('property: any change to any preset is found, at its place, and nothing else is reported', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESET_IDS),
        fc.constantFrom('lixHintAbove', 'requireAnswerTime', 'fallback', 'workingDayHours', 'department', 'ruleWeight'),
        fc.integer({ min: 1, max: 50 }),
        (preset, what, n) => {
          const a = presetConfig(preset);
          const b = structuredClone(a);
          let path: string;
          switch (what) {
            case 'lixHintAbove':
              b.senderCheck.lixHintAbove = a.senderCheck.lixHintAbove + n;
              path = 'senderCheck.lixHintAbove';
              break;
            case 'requireAnswerTime':
              b.senderCheck.requireAnswerTime = !a.senderCheck.requireAnswerTime;
              path = 'senderCheck.requireAnswerTime';
              break;
            case 'fallback':
              b.fallbackDepartment = a.departments[n % a.departments.length]!.id === a.fallbackDepartment ? a.departments[(n + 1) % a.departments.length]!.id : a.departments[n % a.departments.length]!.id;
              path = 'fallbackDepartment';
              break;
            case 'workingDayHours':
              b.calendar.workingDayHours = a.calendar.workingDayHours + n;
              path = 'calendar.workingDayHours';
              break;
            case 'department': {
              const d = b.departments[n % b.departments.length]!;
              d.name = `${d.name} ${n}`;
              path = `departments[${d.id}]`;
              break;
            }
            default: {
              const r = b.triage.rules[n % b.triage.rules.length]!;
              r.weight = (r.weight ?? 1) + n;
              path = `triage.rules[${r.id}]`;
            }
          }
          const changes = diffConfigs(a, b);
          return changes.length === 1 && changes[0]!.path === path && diffConfigs(b, a).length === 1;
        },
      ),
      { numRuns: 40 },
    );
  });

  it('documents stay comparable before defaults are filled (a file as written)', () => {
    const doc = presetDocument('salem');
    expect(diffConfigs(doc, structuredClone(doc))).toEqual([]);
  });
});
