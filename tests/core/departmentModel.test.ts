import fc from 'fast-check';
import { presetConfig, presetDocument } from '../../src/core/config/presets';
import { configSchema, type SvarstidConfig } from '../../src/core/config/schema';
import { parseMailMessage, type MailMessage } from '../../src/core/message';
import { DepartmentModel, defaultDepartmentModel, triageMessage, triageWithModel, type DepartmentModelData, type TriageResult } from '../../src/core/triage';
import { defaultKindModel } from '../../src/core/triage/defaultKindModel';
import { DEFAULT_PARAMS, messageFeatures, trainTextModel } from '../../scripts/train-kind-model';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mail } from '../fixtures/triage/messages';

const config = presetConfig('ljungby');
const doc = presetDocument('ljungby');
const withConfig = (triage: Record<string, unknown>, departments = doc.departments): SvarstidConfig =>
  configSchema.parse({ ...doc, departments, triage: { ...doc.triage, ...triage } });
const rulesOnly = withConfig({ departmentModel: false });
const DEPARTMENTS = config.departments.map((d) => d.id);

/**
 * A small model learnt here from made-up words no department rule knows: charcoal stacks and tar burning are
 * culture and leisure, the "seniorlots" and "vardagsguide" are social services, the rest (daily
 * talk) is spread over every department. Deterministic: training has no randomness.
 */
function trainedModel(fallback: number, weak: number | null): DepartmentModel {
  const lines: [string, string][] = [
    ['kultur_fritid', 'När tänds kolmilan i sommar?'],
    ['kultur_fritid', 'Finns det visning av tjärbränning och kolmila?'],
    ['kultur_fritid', 'Tjärbränningen vid sjön, vilka dagar?'],
    ['kultur_fritid', 'Kolmila och tjärbränning, vad kostar det?'],
    ['socialtjanst', 'Kan seniorlotsen komma förbi min mamma?'],
    ['socialtjanst', 'Vardagsguide för min bror, hur fungerar det?'],
    ['socialtjanst', 'Seniorlots och vardagsguide på kvällar?'],
    ['socialtjanst', 'Vi behöver vardagsguide och en seniorlots.'],
    ...DEPARTMENTS.map((d): [string, string] => [d, 'Hej, jag har en fråga till er. Tack på förhand.']),
  ];
  const rows = lines.map(([label, body]) => ({ label, weight: 1, features: messageFeatures(mail({ subject: 'Fråga', body }), config, DEFAULT_PARAMS.options) }));
  const weights = trainTextModel(rows, DEPARTMENTS, { ...DEFAULT_PARAMS, minDocs: 1 });
  const data: DepartmentModelData = { version: 1, departments: DEPARTMENTS, ...weights, fallback, weak };
  return new DepartmentModel(data);
}

const model = trainedModel(0.5, 0.6);
const kindModel = defaultKindModel();
const triage = (message: MailMessage, c: SvarstidConfig = config, m: DepartmentModel | null = model) => triageWithModel(message, c, kindModel, null, m);

const KAYAK = mail({ subject: 'Sommar', body: 'Hej! Vi vill se kolmilan och tjärbränningen i juli. Hur gör man?' });

describe('department model backing the department rules', () => {
  it('names a department where no rule names one, with its words, and asks for a look', () => {
    expect(triage(KAYAK, config, null).department).toBe('kontaktcenter');
    const result = triage(KAYAK);
    expect(result.department).toBe('kultur_fritid');
    expect(result.rules).toContain('avd.modell');
    expect(result.explanation.sv).toMatch(
      /Meddelandet går till Kultur- och fritidsförvaltningen, eftersom Svarstids inbyggda textmodell \(en statistisk bedömning av orden, inte en regel\) läser texten som ett ärende för förvaltningen \(sannolikhet \d+ %; starkast: '[^']*(kolmila|tjärbränning)[^']*'/,
    );
    expect(result.explanation.en).toMatch(/The message goes to Culture and leisure, because Svarstid's built-in text model \(a statistical reading of the words, not a rule\) reads the text as a matter for that department \(probability \d+%; strongest: '/);
    expect(result.uncertain).toBe(true);
    expect(result.uncertainty?.sv).toContain('förvaltningen är den inbyggda textmodellens bedömning');
  });

  it('is switched off with triage.departmentModel: false', () => {
    const off = withConfig({ departmentModel: false });
    expect(triageMessage(KAYAK, off).department).toBe('kontaktcenter');
    expect(triageWithModel(KAYAK, off, kindModel, null).rules).not.toContain('avd.modell');
  });

  it('only names a department the municipality has configured', () => {
    const departments = doc.departments!.filter((d) => d.id !== 'kultur_fritid');
    const rules = doc.triage!.rules!.filter((r) => r.then.department !== 'kultur_fritid');
    const result = triage(KAYAK, withConfig({ rules }, departments));
    expect(result.department).not.toBe('kultur_fritid');
    expect(config.departments.map((d) => d.id)).toContain(result.department);
  });

  it('never moves a report of concern, a letter to a politician or machine mail', () => {
    const concern = mail({ subject: 'Orosanmälan', body: 'Jag vill göra en orosanmälan. Grannens barn lämnas ensamma hela nätterna, de går till kolmilan ensamma.' });
    expect(triage(concern)).toMatchObject({ kind: 'orosanmalan', department: 'socialtjanst' });
    const politician = mail({ subject: 'Till kommunstyrelsens ordförande', body: 'Till kommunstyrelsens ordförande: varför finns ingen tjärbränning och kolmila längre?' });
    expect(triage(politician)).toMatchObject({ kind: 'fortroendevald', department: 'kommunledning' });
    const autoReply = mail({ subject: 'Automatiskt svar: Sommar', body: 'Jag är på semester vid kolmilan till och med 1 augusti.' });
    expect(triage(autoReply)).toMatchObject({ kind: 'ej_arende', department: 'kontaktcenter' });
  });

  it('leaves clear rule evidence alone and overrules one weak keyword only when allowed', () => {
    const clear = mail({ subject: 'Gatubelysningen', body: 'Gatubelysningen på Storgatan är släckt och gatlyktan vid busshållplatsen är trasig. Vi går till kolmilan förbi där.' });
    expect(triage(clear).department).toBe(triage(clear, config, null).department);
    // one weak keyword for culture and leisure ('föreningen'), the rest social services' words
    const weakOne = mail({ subject: 'Fråga', body: 'Vardagsguide och en seniorlots för min bror när han är i föreningen?' });
    const rules = triage(weakOne, config, null);
    expect(rules.department).toBe('kultur_fritid');
    expect(rules.uncertainty?.sv).toContain('förvaltningen bygger på en enda svag träff');
    expect(triage(weakOne, config, trainedModel(0.5, null)).department).toBe('kultur_fritid');
    const overruled = triage(weakOne, config, trainedModel(0.5, 0.6));
    expect(overruled.department).toBe('socialtjanst');
    expect(overruled.explanation.sv).toMatch(/; regeln '[^']+' pekar på Kultur- och fritidsförvaltningen \(.*föreningen.*\) men räcker inte ensam/);
  });

  it('changes a decision only from the fallback or a single weak keyword, and always to a configured department (property)', () => {
    const words = ['kolmilan', 'tjärbränning', 'vardagsguide', 'seniorlots', 'gatubelysningen', 'bygglov', 'förskolan', 'hemtjänsten', 'biblioteket', 'faktura', 'hej', 'undrar', 'sommar', 'tack', 'barnen', 'vägen'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }), fc.constantFrom('Fråga', 'Hej', ''), (body, subject) => {
        const message = mail({ subject, body: body.join(' ') });
        const off = triage(message, config, null);
        const on = triage(message);
        expect(DEPARTMENTS).toContain(on.department);
        if (on.department !== off.department) {
          expect(on.rules).toContain('avd.modell');
          const fromFallback = off.department === config.fallbackDepartment;
          const fromWeak = off.uncertainty?.sv.includes('förvaltningen bygger på en enda svag träff') === true;
          expect(fromFallback || fromWeak).toBe(true);
          expect(['ej_arende', 'orosanmalan', 'fortroendevald']).not.toContain(on.kind);
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** Every labelled tuning message (the model's training set), decided with the rules alone and with the model — read once for the tests below. */
let tuning: { expected: string; rules: TriageResult; model: TriageResult }[] | null = null;
function tuningDecisions(): NonNullable<typeof tuning> {
  if (tuning !== null) return tuning;
  tuning = [];
  for (const dir of ['../fixtures/triage', '../fixtures/concern']) {
    for (const f of readdirSync(join(__dirname, dir)).filter((x) => x.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(__dirname, dir, f), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const row = JSON.parse(line) as { message: unknown; expect: { department: string } };
        const parsed = parseMailMessage(row.message);
        if (!parsed.ok) throw new Error(parsed.error);
        tuning.push({ expected: row.expect.department, rules: triageMessage(parsed.message, rulesOnly), model: triageMessage(parsed.message, config) });
      }
    }
  }
  return tuning;
}

describe('a close call between two departments', () => {
  it('the model picks the runner-up only where the rules found two departments close, and says so in both languages', () => {
    const closeCalls = tuningDecisions().filter(({ model }) => model.explanation.sv.includes('väger nästan lika tungt'));
    for (const { rules, model } of closeCalls) {
      // the rules alone call it close between the two, and the model's department is the other one
      expect(rules.uncertainty?.sv).toContain('två förvaltningar ligger nära varandra');
      expect(rules.department).not.toBe(model.department);
      expect(model.explanation.en).toContain('weigh almost as much');
      expect(model.explanation.sv).toMatch(/textmodell .* men reglerna för /);
    }
    expect(closeCalls.length).toBeGreaterThanOrEqual(10);
  });
});

describe('the shipped department model', () => {
  it('is shipped, over the seven default departments, with cautious thresholds', () => {
    const shipped = defaultDepartmentModel();
    expect(shipped).not.toBeNull();
    expect([...shipped!.data.departments].sort()).toEqual([...DEPARTMENTS].sort());
    expect(shipped!.data.fallback).toBeGreaterThanOrEqual(0.5);
    expect(shipped!.data.weak === null || shipped!.data.weak >= shipped!.data.fallback).toBe(true);
  });

  it('on the labelled tuning inboxes it was trained on, puts many decisions right and hardly any wrong', () => {
    let fixed = 0;
    let broke = 0;
    // trained on every tuning inbox (2026-12-07, twenty-ninth session)
    for (const { expected, rules, model } of tuningDecisions()) {
      if (rules.department === model.department) continue;
      if (model.department === expected) fixed++;
      if (rules.department === expected) broke++;
    }
    // (at the session's training: 139 put right, one put wrong — a text message about a mother's bill that the
    // rules left to the contact centre, read by the model at 52 %)
    expect(fixed).toBeGreaterThanOrEqual(100);
    expect(broke).toBeLessThanOrEqual(Math.floor(fixed / 50));
  });
});
