import fc from 'fast-check';
import { localDepartmentHeadSchema, localKindHeadSchema } from '../../src/core/config/localModelSchema';
import { localModelStatus, presetConfig } from '../../src/core/config';
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

function learnt(lines: readonly Line[], params: { chanceRounds?: number } = {}) {
  const learning = learnLocalModel(corrections(lines), config, { now: NOW, population: lines.length, params });
  return { learning, config: learning.trained ? withLocalModel(config, learning.trained) : config };
}

describe('a name written inside a sentence', () => {
  it('is a capital letter followed by a small one after a word, a digit or a comma on the same line', () => {
    const text = 'Bron vid Tallbacken, Kvarnen och 3 Ekorrar';
    expect(writtenAsName(text, text.indexOf('Tallbacken'))).toBe(true);
    expect(writtenAsName(text, text.indexOf('Kvarnen'))).toBe(true);
    expect(writtenAsName(text, text.indexOf('Ekorrar'))).toBe(true);
  });

  it('is not a person: not after a greeting, a relative or a role, nor beside another capitalised word', () => {
    for (const [text, word] of [
      ['Hej Karin, bron är trasig', 'Karin'],
      ['min dotter Ella går där', 'Ella'],
      ['vi pratade med rektor Holm om det', 'Holm'],
      ['vi såg Anna Svensson där', 'Anna'],
      ['vi såg Anna Svensson där', 'Svensson'],
      ['Med vänliga hälsningar Anna', 'Anna'],
    ] as const) {
      expect([text, word, writtenAsName(text, text.indexOf(word))]).toEqual([text, word, false]);
    }
    // a capital at a sentence's start before it is only that
    expect(writtenAsName('Vid Tallbacken är bron trasig', 4)).toBe(true);
  });

  it('is not a word that starts a text, a line, a sentence, a field value or a quotation, nor one in capitals or small letters', () => {
    for (const [text, word] of [
      ['skylten ‘Tallbacken’ föll', 'Tallbacken'],
      ['det var …Tallbacken', 'Tallbacken'],
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
    // the whole word, never its start: 'tallb*' would also be Tallbacksskolan and tallbacksvägen
    expect(learning.trained?.department?.names).toEqual(['tallbacken']);
    const later = parsed(citizenMessage(100, subjectOf(LATER), LATER));
    const d = triageMessage(later, config);
    expect(d.department).toBe('teknik');
    const l = triageMessage(later, withModel);
    expect(l.department).toBe('samhallsbyggnad');
    expect(l.kind).toBe(d.kind);
    expect(l.rules).toContain(LOCAL_DEPARTMENT_RULE_ID);
    expect(l.explanation.sv).toContain("'Tallbacken'");
    // it overruled a rule's word: right in this mailbox, but marked for a person's look
    expect(l.uncertain).toBe(true);
    expect(l.explanation.sv).toContain('Förvaltningen är osäker och bör kontrolleras: förvaltningen bygger på ett namn som Svarstid har lärt av handläggarnas rättelser, mot sorteringsreglerna');
  });

  it('is counted for the admin view among the words the model knows', () => {
    const { config: withModel } = learnt([...EVERYDAY, ...RESERVE]);
    const status = localModelStatus(withModel);
    expect(status.names).toBe(1);
    expect(status.words).toBeGreaterThanOrEqual(status.names);
    expect(localModelStatus(config).names).toBe(0);
  });

  it('acts only where the name is written as one: not on the same letters in small letters or inside another word', () => {
    const { config: withModel } = learnt([...EVERYDAY, ...RESERVE]);
    for (const text of ['spången över kärret vid tallbacken har gått sönder', 'Spången vid Tallbackens skola har gått sönder.', 'Spången på Tallbacksvägen har gått sönder.']) {
      const m = parsed(citizenMessage(300, 'Spången', text));
      expect([text, triageMessage(m, withModel).department]).toEqual([text, triageMessage(m, config).department]);
    }
  });

  it('does not learn a name when a correction holding any form of it (Tallbackens) names another department', () => {
    const { learning } = learnt([...EVERYDAY, ...RESERVE, ['Hur djup är badplatsen vid Tallbackens strand, får barnen bada där?', 'fraga', 'kultur_fritid']]);
    expect(learning.trained?.department?.names ?? []).toEqual([]);
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
    // twelve villages, each named by two writers in a message no rule places (the default falls
    // back to Kontaktcenter, so every correction fixes it); the departments they were corrected to
    // agree for some villages, as about a quarter of pairs do by chance
    const villages = ['Norrby', 'Sörby', 'Österås', 'Västanå', 'Bäckby', 'Lindö', 'Hagby', 'Mossen', 'Åsen', 'Torpa', 'Kullen', 'Viken'];
    const departments = ['teknik', 'samhallsbyggnad', 'utbildning', 'socialtjanst', 'kultur_fritid'];
    const lines: Line[] = [];
    villages.forEach((village, v) => {
      lines.push([`Hej, vi bor ute i ${village} sedan i somras och undrar över en sak.`, 'fraga', departments[v % 5]!]);
      lines.push([`Hej, jag har en undran om det som händer i ${village} just nu.`, 'fraga', departments[(v * 3 + (v % 4 === 0 ? 0 : 1)) % 5]!]);
    });
    const agreeing = villages.filter((_, v) => lines[2 * v]![2] === lines[2 * v + 1]![2]).length;
    expect(agreeing).toBeGreaterThan(0);
    expect(agreeing).toBeLessThan(villages.length / 2);
    for (const [text] of lines) expect(triageMessage(parsed(citizenMessage(0, 'Fråga', text)), config).department).toBe('kontaktcenter');
    // without the test of chance the agreeing villages would be learnt as names …
    expect(learnt([...EVERYDAY, ...lines], { chanceRounds: 0 }).learning.trained?.department?.names?.length ?? 0).toBeGreaterThan(0);
    // … with it, none is
    expect(learnt([...EVERYDAY, ...lines]).learning.trained?.department?.names ?? []).toEqual([]);
  });

  it('stores names only as words of the model (the schema refuses a name without weights)', () => {
    const head = { classes: ['teknik', 'samhallsbyggnad'], defaults: {}, weights: { tallb: [0, 1] }, names: ['tallb', 'kvarn'], threshold: 0.75, margin: 1, ruleMargin: 5, keep: 0 };
    expect(localDepartmentHeadSchema.safeParse(head).success).toBe(false);
    expect(localDepartmentHeadSchema.safeParse({ ...head, names: ['tallb'] }).success).toBe(true);
    // not a fallback word at once, and never on the kind head
    expect(localDepartmentHeadSchema.safeParse({ ...head, names: ['tallb'], fallbackWords: ['tallb'] }).success).toBe(false);
    expect(localKindHeadSchema.safeParse({ ...head, classes: ['fraga', 'klagomal'], names: ['tallb'] }).success).toBe(false);
    expect(localKindHeadSchema.safeParse({ ...head, classes: ['fraga', 'klagomal'], names: undefined }).success).toBe(true);
  });
});
