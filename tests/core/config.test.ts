import { z } from 'zod';
import { PRESET_IDS, presetConfig, presetDocument, validateConfig, parseConfig, ConfigError } from '../../src/core/config';
import { configSchema } from '../../src/core/config/schema';
import { routingRuleSchema } from '../../src/core/config/triageSchema';
import { DEFAULT_ROUTING_RULES } from '../../src/core/triage/defaultRules';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('validateConfig', () => {
  it.each(PRESET_IDS)('accepts the %s preset as written to a file', (id) => {
    const result = validateConfig(clone(presetDocument(id)));
    expect(result.ok).toBe(true);
  });

  it('fills in the default calendar (Mon–Fri 08–16) when a config leaves it out', () => {
    const doc = clone(presetDocument('ljungby')) as Record<string, unknown>;
    delete doc.calendar;
    const config = parseConfig(doc);
    expect(config.calendar.openingHours.mon).toEqual([{ from: '08:00', to: '16:00' }]);
    expect(config.calendar.openingHours.sat).toEqual([]);
    expect(config.calendar.timeZone).toBe('Europe/Stockholm');
  });

  it('reports every problem with its path, in Swedish and English', () => {
    const doc = clone(presetDocument('salem'));
    const rules = doc.policy.rules as unknown as Record<string, unknown>[];
    rules[0]!.due = { unit: 'fortnights', amount: 1 };
    rules[1]!.due = { unit: 'workingDays', amount: 2, extend: true };
    (doc.calendar as { openingHours: Record<string, unknown> }).openingHours.mon = [{ from: '16:00', to: '08:00' }];
    doc.fallbackDepartment = 'ekonomi';
    const result = validateConfig(doc);
    if (result.ok) throw new Error('expected problems');
    const paths = result.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['policy.rules[0].due.unit', 'policy.rules[1].due.extend', 'calendar.openingHours.mon[0]', 'fallbackDepartment']),
    );
    const extend = result.problems.find((p) => p.path === 'policy.rules[1].due.extend')!;
    expect(extend.en).toMatch(/^"extend" \(a time that falls on a closed day moves to the next working day's closing time\) only applies when "unit" is "calendarHours" or "calendarDays"; here "unit" is "\w+"/);
    expect(extend.sv).toMatch(/^"extend" \(en tid som hamnar på en stängd dag flyttas till nästa arbetsdags stängning\) gäller bara när "unit" är "calendarHours" eller "calendarDays"; här är "unit" "\w+"/);
    expect(extend.itemId).toBe((rules[1] as { id: string }).id);
    const unit = result.problems.find((p) => p.path === 'policy.rules[0].due.unit')!;
    expect(unit.en).toContain('workingDays');
    expect(unit.sv).toContain('tillåtna');
    expect(result.problems.find((p) => p.path === 'fallbackDepartment')!.sv).toMatch(/^okänd förvaltning "ekonomi"; förvaltningarna i filen är "kontaktcenter", /);
  });

  it('takes the on-call service for reports of concern only with a number to call', () => {
    const doc = clone(presetDocument('salem')) as Record<string, unknown> & { municipality: Record<string, unknown> };
    doc.municipality.concernOnCall = 'Socialjouren Södertörn';
    const result = validateConfig(doc);
    if (result.ok) throw new Error('expected a problem');
    expect(result.problems).toEqual([
      expect.objectContaining({ path: 'municipality.concernOnCall', sv: 'skriv jourens namn och telefonnummer, till exempel "Socialjouren Exempelby, 08-465 004 10"' }),
    ]);
    doc.municipality.concernOnCall = '  Socialjouren Exempelby, 08-465 004 10 ';
    expect(parseConfig(doc).municipality.concernOnCall).toBe('Socialjouren Exempelby, 08-465 004 10');
  });

  it('names a missing field and an unknown field', () => {
    const doc = clone(presetDocument('varmdo')) as Record<string, unknown>;
    delete doc.municipality;
    doc.colour = 'blue';
    const result = validateConfig(doc);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'municipality',
          sv: 'fältet "municipality" saknas; lägg till det, till exempel "municipality": { "name": "Salems kommun", "domains": ["salem.se"] }',
          en: 'the field "municipality" is missing; add it, e.g. "municipality": { "name": "Salems kommun", "domains": ["salem.se"] }',
        }),
        expect.objectContaining({
          path: '',
          sv: expect.stringMatching(/^okänt fält "colour"; tillåtna fält: "schemaVersion", .* och "senderCheck"$/),
          en: expect.stringMatching(/^unknown field "colour"; allowed fields: "schemaVersion", .* and "senderCheck"$/),
        }),
      ]),
    );
  });

  it('rejects duplicate rule ids and a rule that names neither channel nor kind', () => {
    const doc = clone(presetDocument('ljungby'));
    const rules = doc.policy.rules as unknown as Record<string, unknown>[];
    rules.push({ id: 'kanal:epost', channel: 'epost', due: { unit: 'workingDays', amount: 1 } });
    rules.push({ id: 'tom', due: { unit: 'workingDays', amount: 1 } });
    const result = validateConfig(doc);
    if (result.ok) throw new Error('expected problems');
    const messages = result.problems.map((p) => p.en);
    expect(messages).toContain('the rule id "kanal:epost" is used twice; each id may occur once');
    expect(messages).toContain('a rule must name a channel ("channel"), a case type ("kind") or both');
  });

  it('throws a ConfigError whose message lists the problems', () => {
    expect(() => parseConfig({ schemaVersion: 1 })).toThrow(ConfigError);
    expect(() => parseConfig({ schemaVersion: 1 })).toThrow(/municipality: the field "municipality" is missing/);
    expect(() => parseConfig({ schemaVersion: 1 })).toThrow(/municipality: fältet "municipality" saknas/);
  });

  it('gives every preset the seven default departments and the municipality name', () => {
    for (const id of PRESET_IDS) {
      const config = presetConfig(id);
      expect(config.departments.map((d) => d.id)).toEqual([
        'kontaktcenter', 'kommunledning', 'utbildning', 'socialtjanst', 'samhallsbyggnad', 'teknik', 'kultur_fritid',
      ]);
      expect(config.municipality.name).toMatch(/ kommun$/);
    }
  });

  // presetConfig parses a preset without its built-in rules (a faster command-line start) and
  // puts them back as written: that is only right while both of these hold.
  it('reads the built-in routing rules as they are written (the schema changes nothing in them)', () => {
    expect(z.array(routingRuleSchema).parse(DEFAULT_ROUTING_RULES)).toEqual(DEFAULT_ROUTING_RULES);
  });

  it('gives every preset exactly what validating its whole document gives, rules included', () => {
    for (const id of PRESET_IDS) {
      const config = presetConfig(id);
      expect(config).toStrictEqual(configSchema.parse(presetDocument(id)));
      // a copy: changing one configuration's rules changes no other
      config.triage.rules[0]!.name = 'ändrad';
      expect(presetConfig(id).triage.rules[0]!.name).not.toBe('ändrad');
    }
  });
});
