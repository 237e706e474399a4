import fc from 'fast-check';
import { modelPercent } from '../../src/core/triage/explain';
import { presetConfig, presetDocument } from '../../src/core/config/presets';
import { configSchema } from '../../src/core/config/schema';
import { parseMailMessage } from '../../src/core/message';
import { KindModel, triageMessage, triageWithModel } from '../../src/core/triage';
import { channelEvidence } from '../../src/core/triage/channel';
import { KIND_MODEL_DATA } from '../../src/core/triage/kindModelData';
import { messageZones } from '../../src/core/triage/zones';
import { KINDS, type Kind } from '../../src/core/vocabulary';
import { DEFAULT_PARAMS, messageFeatures, trainKindModel, type Example } from '../../scripts/train-kind-model';
import { mail, readFixture } from '../fixtures/triage/messages';

const config = presetConfig('ljungby');
const doc = presetDocument('ljungby');
const rulesOnly = configSchema.parse({ ...doc, triage: { ...doc.triage, kindModel: false } });

/** A model that would take any kind at any confidence and overrule every rule hit it could. */
const reckless = new KindModel({
  ...KIND_MODEL_DATA,
  thresholds: Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>,
  veto: { maxRuleScore: 100, probability: 0, kinds: [...KINDS], toQuestion: true },
});

/** Messages written for these tests, in words none of the kind rules know (checked below). */
const UNKNOWN_WORDING: { kind: Kind; subject: string; body: string }[] = [
  {
    kind: 'klagomal',
    subject: 'Sophämtningen',
    body: 'För tredje gången på en månad har de struntat i att tömma vår tunna. Hur ska det bli med det?',
  },
  {
    kind: 'forslag',
    subject: 'Övergångsställe',
    body: 'Skulle kommunen kunna måla ett övergångsställe vid skolan? Det är farligt för barnen att korsa där.',
  },
];

describe('kind model backing the rules', () => {
  it.each(UNKNOWN_WORDING)('turns a fallback fråga into $kind when the rules know none of the words', ({ kind, subject, body }) => {
    const message = mail({ subject, body });
    const rules = triageMessage(message, rulesOnly);
    expect(rules.kind).toBe('fraga');
    expect(rules.explanation.sv).toContain('ingen regel pekar på någon annan ärendetyp');
    const withModel = triageMessage(message, config);
    expect(withModel.kind).toBe(kind);
    expect(withModel.rules).toContain('typ.modell');
  });

  it('an unsure guess names the next likeliest kind, so an officer can weigh it', () => {
    const result = triageMessage(mail({ subject: 'Synpunkt', body: 'Biblioteket är så dåligt skyltat.' }), config);
    expect(result.rules).toContain('typ.modell');
    // the guess says it is one where the percentage stands, not only in the warning at the end
    const sure = /Meddelandet är troligast [^,]+ enligt Svarstids inbyggda textmodell, en statistisk bedömning av orden och inte en regel \(sannolikhet (\d+) %, en osäker gissning\)/.exec(result.explanation.sv);
    expect(result.explanation.en).toMatch(/The message is most likely [^,]+ according to Svarstid's built-in text model, a statistical reading of the words and not a rule \(probability \d+%, an uncertain guess\)/);
    const next = /ärendetypen är en osäker gissning av den inbyggda textmodellen \(näst troligast: ([^,]+), (\d+) %\)/.exec(result.uncertainty?.sv ?? '');
    expect(sure).not.toBeNull();
    expect(next).not.toBeNull();
    expect(next![1]).not.toBe(result.kind);
    expect(Number(next![2])).toBeLessThanOrEqual(Number(sure![1]));
    expect(result.uncertainty?.en).toMatch(/the case type is an uncertain guess by the built-in text model \(next likeliest: [^,]+, \d+%\)/);
  });

  it('names the words that weighed most, in Swedish and English', () => {
    const { subject, body } = UNKNOWN_WORDING[0]!;
    const result = triageMessage(mail({ subject, body }), config);
    const sv = /Meddelandet är ett klagomål enligt Svarstids inbyggda textmodell, en statistisk bedömning av orden och inte en regel \(sannolikhet \d+ %\), främst på grund av ('[^']+'(?:(?:, | och )'[^']+'){0,2})/.exec(result.explanation.sv);
    expect(sv).not.toBeNull();
    const quoted = [...sv![1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
    expect(quoted.length).toBeGreaterThanOrEqual(1);
    // every quote is the message's own words, and says something (not only "har", "de", "på")
    for (const words of quoted) {
      expect(`${subject}\n${body}`).toContain(words);
      expect(words.length).toBeGreaterThanOrEqual(4);
    }
    expect(result.explanation.en).toMatch(/The message is a complaint according to Svarstid's built-in text model, a statistical reading of the words and not a rule \(probability \d+%\), mainly because of '/);
  });

  it('keeps a plain question a question', () => {
    const result = triageMessage(mail({ subject: 'Öppettider', body: 'Hej, vilka tider har återvinningscentralen öppet på lördagar? Tack, Lars' }), config);
    expect(result.kind).toBe('fraga');
  });

  it('never overrules an auto-reply, even a model that would take anything', () => {
    const message = mail({ subject: 'Automatiskt svar: Fråga om bygglov', body: 'Jag är på semester till och med 18 augusti och läser inte e-post.' });
    expect(triageWithModel(message, config, null).kind).toBe('ej_arende');
    expect(triageWithModel(message, config, reckless).kind).toBe('ej_arende');
    expect(triageMessage(message, config).rules).not.toContain('typ.modell');
  });

  it('never overrules an orosanmälan with concrete signs, even a model that would take anything', () => {
    const message = mail({
      subject: 'Orolig för en granne',
      body: 'Jag vill göra en orosanmälan. Pojken i lägenheten bredvid, ungefär 6 år, har blåmärken i ansiktet och jag hör skrik varje kväll.',
    });
    expect(triageWithModel(message, config, null).kind).toBe('orosanmalan');
    expect(triageWithModel(message, config, reckless).kind).toBe('orosanmalan');
    expect(triageMessage(message, config).priority).toBe('high');
  });

  it('is switched off by triage.kindModel: false', () => {
    const { subject, body } = UNKNOWN_WORDING[0]!;
    const result = triageMessage(mail({ subject, body }), rulesOnly);
    expect(result.kind).toBe('fraga');
    expect(result.rules).not.toContain('typ.modell');
    expect(configSchema.parse(doc).triage.kindModel).toBe(true);
  });

  it('ships a small model', () => {
    const model = new KindModel(KIND_MODEL_DATA);
    expect(model.featureCount).toBeGreaterThan(500);
    expect(JSON.stringify(KIND_MODEL_DATA).length).toBeLessThan(300 * 1024);
  });
});

describe('train-kind-model', () => {
  it('trains deterministically: the same data gives the same weights', () => {
    const examples: Example[] = readFixture('tallmo.jsonl').map((line) => {
      const parsed = parseMailMessage(line.message);
      if (!parsed.ok) throw new Error(parsed.error);
      return {
        message: parsed.message,
        kind: line.expect.kind as Kind,
        weight: 1,
        features: messageFeatures(parsed.message, config, DEFAULT_PARAMS.options),
      };
    });
    const params = { ...DEFAULT_PARAMS, iterations: 40, minDocs: 1 };
    const a = trainKindModel(examples, params);
    const b = trainKindModel(examples, params);
    expect(b).toEqual(a);
    expect(a.weights.length).toBeGreaterThan(100);
    // and the model learnt its training data
    const model = new KindModel(a);
    const right = examples.filter((e) => {
      const channel = channelEvidence(e.message, config.triage.channelMarkers);
      return model.score(messageZones(e.message, channel.channel, channel.subjectPrefixLength), channel.channel).best === e.kind;
    });
    expect(right.length / examples.length).toBeGreaterThan(0.8);
  });
});

describe('how sure a model says it is', () => {
  it('never prints 100 % or 0 %: a model that learnt from examples is never certain (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        const pct = modelPercent(p);
        expect(pct).toBeGreaterThanOrEqual(1);
        expect(pct).toBeLessThanOrEqual(99);
        expect(Number.isInteger(pct)).toBe(true);
      }),
    );
    expect(modelPercent(0.824)).toBe(82);
  });
});
