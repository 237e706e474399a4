import fc from 'fast-check';
import { localDepartmentHeadSchema } from '../../src/core/config/localModelSchema';
import { presetConfig } from '../../src/core/config';
import { parseMailMessage, type MailMessage } from '../../src/core/message';
import { LOCAL_DEPARTMENT_RULE_ID, triageMessage } from '../../src/core/triage';
import { writtenAsName } from '../../src/core/triage/localFeatures';
import { learnLocalModel, withLocalModel, type Correction } from '../../src/core/triage/localTraining';
import type { Kind } from '../../src/core/vocabulary';
import { citizenMessage, subjectOf } from '../fixtures/learning/localWords';

/**
 * The name gate of the local model: a municipality's own names (its nature reserve, its youth
 * centre) are what its staff correct again and again, but each only a few times — too few for a
 * word's own leave-one-out. A word written as a name (a capital inside a sentence) by two
 * writers, every correction holding it naming one department and one of them correcting the
 * default, is learnt as the mailbox's name, and may overrule a rule's single word.
 */

const NOW = new Date('2026-12-01T12:00:00Z');
const config = presetConfig('ljungby');

function parsed(raw: Record<string, unknown>): MailMessage {
  const p = parseMailMessage(raw);
  if (!p.ok) throw new Error(p.error);
  return p.message;
}

type Line = readonly [text: string, kind: Kind, department: string];

/** Everyday mail without names, the default mostly right. */
const EVERYDAY: readonly Line[] = [
  ['Jag vill anmäla en trasig gatlykta utanför vårt hus.', 'felanmalan', 'teknik'],
  ['Hur ansöker jag om bygglov för ett garage?', 'fraga', 'samhallsbyggnad'],
  ['Min son ska börja förskoleklass, hur väljer vi skola?', 'fraga', 'utbildning'],
  ['Hemtjänsten kom inte till min mamma i dag, det är tredje gången.', 'klagomal', 'socialtjanst'],
  ['När är nästa sammanträde med kommunfullmäktige?', 'fraga', 'kommunledning'],
  ['Biblioteket har fantastiska sagostunder, tack för dem!', 'berom', 'kultur_fritid'],
  ['Det är ett stort hål i asfalten på vår gata.', 'felanmalan', 'teknik'],
  ['Vad kostar det att hyra en lokal för ett kalas?', 'fraga', 'kontaktcenter'],
  ['Hur mycket kostar plats på fritidshemmet?', 'fraga', 'utbildning'],
  ['Vilka tider har återvinningscentralen öppet på lördagar?', 'fraga', 'teknik'],
];

/** Faults in the municipality's nature reserve, which its ecologists (samhällsbyggnad) look after; the rules read a bridge or a path as a street fault. */
const RESERVE: readonly Line[] = [
  ['Bron över bäcken vid Tallbacken har ruttnat, det går inte att gå över.', 'felanmalan', 'samhallsbyggnad'],
  ['Stigen upp mot utsiktstornet vid Tallbacken är översvämmad.', 'felanmalan', 'samhallsbyggnad'],
];

const LATER = 'Spången över kärret vid Tallbacken har gått sönder.';
/** A message the rules place by a stronger word (a park's sign, weight 2): two corrections' name does not outweigh it. */
const STRONG_RULE = 'Skylten med reglerna vid Tallbacken har blåst ner.';

function corrections(lines: readonly Line[], start = 0): Correction[] {
  return lines.map(([text, kind, department], i) => ({ message: parsed(citizenMessage(start + i, subjectOf(text), text)), kind, department }));
}

function learnt(lines: readonly Line[]) {
  const learning = learnLocalModel(corrections(lines), config, { now: NOW, population: lines.length });
  return { learning, config: learning.trained ? withLocalModel(config, learning.trained) : config };
}

describe('a name written inside a sentence', () => {
  it('is a capital letter followed by a small one after a word, a digit or a comma on the same line', () => {
    const text = 'Bron vid Tallbacken, Kvarnen och 3 Ekorrar';
    expect(writtenAsName(text, text.indexOf('Tallbacken'))).toBe(true);
    expect(writtenAsName(text, text.indexOf('Kvarnen'))).toBe(true);
    expect(writtenAsName(text, text.indexOf('Ekorrar'))).toBe(true);
  });

  it('is not a word that starts a text, a line, a sentence, a field value or a quotation, nor one in capitals or small letters', () => {
    for (const [text, word] of [
      ['Tallbacken är fin', 'Tallbacken'],
      ['Hej!\nTallbacken är fin', 'Tallbacken'],
      ['Hej. Tallbacken är fin', 'Tallbacken'],
      ['Plats: Tallbacken', 'Tallbacken'],
      ['skylten "Tallbacken" föll', 'Tallbacken'],
      ['vid TALLBACKEN', 'TALLBACKEN'],
      ['vid tallbacken', 'tallbacken'],
    ] as const) {
      expect([text, writtenAsName(text, text.indexOf(word))]).toEqual([text, false]);
    }
  });

  it('never starts a sentence or a line, whatever the words (property)', () => {
    const word = fc.stringMatching(/^[A-ZÅÄÖ][a-zåäö]{2,10}$/);
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zåäö]{1,8}$/), { maxLength: 5 }), fc.constantFrom('. ', '! ', '? ', '\n', ': ', '\n  '), word, (before, end, name) => {
        const text = `${before.join(' ')}${end}${name} är här`;
        expect(writtenAsName(text, text.lastIndexOf(name))).toBe(false);
      }),
    );
  });
});

describe('the name gate', () => {
  it('learns a name two writers corrected to one department, and the name then overrules a rule’s single word, explained by the name', () => {
    const { learning, config: withModel } = learnt([...EVERYDAY, ...RESERVE]);
    expect(learning.noWorse).toBe(true);
    expect(learning.trained?.department?.names?.some((w) => w.startsWith('tallb'))).toBe(true);
    const later = parsed(citizenMessage(100, subjectOf(LATER), LATER));
    const d = triageMessage(later, config);
    expect(d.department).toBe('teknik');
    const l = triageMessage(later, withModel);
    expect(l.department).toBe('samhallsbyggnad');
    expect(l.kind).toBe(d.kind);
    expect(l.rules).toContain(LOCAL_DEPARTMENT_RULE_ID);
    expect(l.explanation.sv).toContain("'Tallbacken'");
  });

  it('does not overrule a rule with stronger evidence than two corrections give the name', () => {
    const { config: withModel } = learnt([...EVERYDAY, ...RESERVE]);
    const m = parsed(citizenMessage(100, subjectOf(STRONG_RULE), STRONG_RULE));
    expect(triageMessage(m, config).department).toBe('teknik');
    expect(triageMessage(m, withModel).department).toBe('teknik');
  });

  it('leaves the everyday mail of the other departments as the default decided it', () => {
    const { config: withModel } = learnt([...EVERYDAY, ...RESERVE]);
    for (const text of ['Gatlyktan utanför skolan är trasig.', 'Hur ansöker jag om plats i förskolan?', 'Bron över ån i centrum har ett stort hål.']) {
      const m = parsed(citizenMessage(200, subjectOf(text), text));
      expect(triageMessage(m, withModel).department).toBe(triageMessage(m, config).department);
    }
  });

  it('does not learn a word that is only ever written where every word has a capital (a line or sentence start)', () => {
    const atStart: Line[] = RESERVE.map(([text, kind, department]) => [text.replace(/^(.*) vid Tallbacken (.*)$/, 'Tallbacken: $1 $2'), kind, department]);
    expect(atStart.every(([t]) => t.startsWith('Tallbacken: '))).toBe(true);
    const { learning } = learnt([...EVERYDAY, ...atStart]);
    expect(learning.trained?.department?.names ?? []).toEqual([]);
  });

  it('does not learn a name whose corrections name different departments', () => {
    const mixed: Line[] = [...RESERVE, ['Får man grilla vid Tallbacken i sommar, finns det grillplatser?', 'fraga', 'kultur_fritid']];
    const { learning } = learnt([...EVERYDAY, ...mixed]);
    expect((learning.trained?.department?.names ?? []).filter((w) => w.startsWith('tallb'))).toEqual([]);
  });

  it('learns no names when chance explains them: villages that two corrections share agree on a department no more often than shuffled answers would', () => {
    // twelve villages, each named by two writers; the departments they were corrected to agree
    // for three of them, as about a quarter of pairs do by chance
    const villages = ['Norrby', 'Sörby', 'Österås', 'Västanå', 'Bäckby', 'Lindö', 'Hagby', 'Mossen', 'Åsen', 'Torpa', 'Kullen', 'Viken'];
    const topics: [string, Kind, string][] = [
      ['gatlyktan på vägen är trasig', 'felanmalan', 'teknik'],
      ['hur ansöker man om bygglov för en altan', 'fraga', 'samhallsbyggnad'],
      ['skolskjutsen kom inte i morse', 'klagomal', 'utbildning'],
      ['hemtjänsten kom för sent till pappa', 'klagomal', 'socialtjanst'],
      ['när öppnar badplatsen', 'fraga', 'kultur_fritid'],
    ];
    const lines: Line[] = [];
    villages.forEach((village, v) => {
      for (const j of [0, 1]) {
        const [topic, kind, department] = topics[(v * 2 + j * (v % 4 === 0 ? 0 : 1 + (v % 3))) % topics.length]!;
        lines.push([`Hej, vi bor i ${village} och ${topic}.`, kind, department]);
      }
    });
    const agreeing = villages.filter((_, v) => lines[2 * v]![2] === lines[2 * v + 1]![2]).length;
    expect(agreeing).toBeGreaterThan(0);
    expect(agreeing).toBeLessThan(villages.length / 2);
    const { learning } = learnt([...EVERYDAY, ...lines]);
    expect(learning.trained?.department?.names ?? []).toEqual([]);
  });

  it('stores names only as words of the model (the schema refuses a name without weights)', () => {
    const head = { classes: ['teknik', 'samhallsbyggnad'], defaults: {}, weights: { tallb: [0, 1] }, names: ['tallb', 'kvarn'], threshold: 0.75, margin: 1, ruleMargin: 5, keep: 0 };
    expect(localDepartmentHeadSchema.safeParse(head).success).toBe(false);
    expect(localDepartmentHeadSchema.safeParse({ ...head, names: ['tallb'] }).success).toBe(true);
  });
});
