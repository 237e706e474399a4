import fc from 'fast-check';
import { presetConfig, presetDocument } from '../../src/core/config/presets';
import { configSchema } from '../../src/core/config';
import { triageMessage } from '../../src/core/triage';
import { readConcernInOtherScripts } from '../../src/core/triage/concernOtherScripts';
import { scriptFeatures, scriptModelConcern, scriptModelScore, type ScriptModelData } from '../../src/core/triage/concernScriptModel';
import { CONCERN_SCRIPT_MODEL_DATA } from '../../src/core/triage/concernScriptModelData';
import { ZONE_INDEX, type MessageZones } from '../../src/core/triage/zones';
import { loadScriptExamples, trainScriptModel } from '../../scripts/train-concern-script-model';
import { mail } from '../fixtures/triage/messages';

const config = presetConfig('ljungby');

/** Zones holding only a subject and a body (what the script model reads). */
function zonesOf(subject: string, body: string): MessageZones {
  const texts = Array.from({ length: Object.keys(ZONE_INDEX).length }, () => '');
  texts[ZONE_INDEX.subject] = subject;
  texts[ZONE_INDEX.body] = body;
  return { texts } as unknown as MessageZones;
}

/** A model written for these tests: "يبكي" (cries) and "ليلة" (night) weigh towards a concern, "مكتبة" (library) against, "كل" (every) a little. */
const SMALL: ScriptModelData = { version: 1, threshold: 0.6, bias: -1.2, weights: { 'w:یبکی': 1.5, 'w:لیلة': 1, 'w:مکتبة': -3, 'w:کل': 0.1 } };

describe('the script model (texts mostly in another script)', () => {
  it('reads a word the same with or without vowel marks, hamza or the Arabic kaf and ya (as the script reader does)', () => {
    const marks = fc.constantFrom('\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('ك', 'ي', 'أ', 'إ', 'ب', 'ت', 'ل', 'م', 'ن', 'ر'), marks), { minLength: 2, maxLength: 8 }), (letters) => {
        const written = letters.map(([l, m]) => l + m).join('');
        const plain = letters
          .map(([l]) => l)
          .join('')
          .replace(/ك/g, 'ک')
          .replace(/ي/g, 'ی')
          .replace(/[أإ]/g, 'ا');
        expect([...scriptFeatures(written).keys()]).toEqual([...scriptFeatures(plain).keys()]);
      }),
    );
  });

  it('knows each word and the letter sequences inside it, with the word’s edges (an apostrophe inside a word is part of it)', () => {
    expect(scriptFeatures("він п'яний").has("w:п'яний")).toBe(true);
    const features = scriptFeatures('бабуся впала');
    expect(features.get('w:бабуся')).toBe('бабуся');
    expect(features.get('^ба')).toBe('бабуся');
    expect(features.get('пала$')).toBe('впала');
    // numbers alone are no word (an age, a house number)
    expect([...scriptFeatures('84 12').keys()]).toEqual([]);
  });

  it('reads a concern at its threshold, names the words that weighed towards it as the writer wrote them, and nothing below', () => {
    const found = scriptModelConcern(zonesOf('', 'الطفلة تَبْكِي كل ليلة'), { ...SMALL, weights: { 'w:تبکی': 1.5, 'w:لیلة': 1 } });
    expect(found?.how).toBe('model');
    expect(found?.quote).toBe("تَبْكِي', 'ليلة");
    expect(found?.probability).toBeCloseTo(1 / (1 + Math.exp(-1.3)), 6);
    // one word alone is not enough, and a word against it takes it below
    expect(scriptModelConcern(zonesOf('', 'الطفل يبكي'), SMALL)).toBeNull();
    expect(scriptModelConcern(zonesOf('مكتبة', 'الطفل يبكي كل ليلة'), SMALL)).toBeNull();
    // a word that weighed against a concern is never named as a reason for one
    const score = scriptModelScore(SMALL, 'يبكي كل ليلة مكتبة');
    expect(score.words).not.toContain('مکتبة');
    // nor is a word of three letters or fewer, which tells an officer nothing
    expect(score.words).toEqual(['یبکی', 'لیلة']);
  });

  it('is what the training script makes of the committed texts (byte for byte but the threshold)', () => {
    const examples = loadScriptExamples();
    expect(examples.length).toBeGreaterThan(600);
    expect(CONCERN_SCRIPT_MODEL_DATA).not.toBeNull();
    expect(trainScriptModel(examples)).toEqual({ ...CONCERN_SCRIPT_MODEL_DATA!, threshold: 0.5 });
  });

  it('learnt its texts: most reports read, few false alarms (a guard against a broken model, not a measure of it)', () => {
    const examples = loadScriptExamples();
    const data = CONCERN_SCRIPT_MODEL_DATA!;
    const at = (e: (typeof examples)[number]) => scriptModelScore(data, e.text).probability >= data.threshold;
    const reports = examples.filter((e) => e.concern);
    const others = examples.filter((e) => !e.concern);
    expect(reports.filter(at).length / reports.length).toBeGreaterThan(0.95);
    expect(others.filter(at).length / others.length).toBeLessThan(0.03);
  });

  it('decides triage on a text mostly in another script, marked for a person’s look, and is off with the concern model', () => {
    // a worry told in words none of the script reader's lists hold
    const subject = 'طفل الجيران';
    const body = 'طفل الجيران يبكي كل ليلة لساعات، وامه تخرج وتتركه. اليوم رأيت على وجهه علامات زرقاء.';
    const arabic = mail({ subject, body });
    const zones = zonesOf(subject, body);
    // neither the script reader nor the concern model reads it; the script model does, and triage says so with its words
    expect(readConcernInOtherScripts(zones)).toBeNull();
    const found = scriptModelConcern(zones);
    expect(found).not.toBeNull();
    const result = triageMessage(arabic, config);
    expect(result.kind).toBe('orosanmalan');
    expect(result.uncertain).toBe(true);
    expect(result.explanation.sv).toContain(found!.quote);
    const doc = presetDocument('ljungby');
    const off = configSchema.parse({ ...doc, triage: { ...doc.triage, concernModel: false } });
    expect(triageMessage(arabic, off).kind).not.toBe('orosanmalan');
    // a text mostly in Latin letters is not the script model's: it reads nothing there
    expect(scriptModelConcern(zonesOf('Grannens barn', 'Barnet gråter varje natt i timmar och mamman går ut och lämnar honom.'))).toBeNull();
  });
});
