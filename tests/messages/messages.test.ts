import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { assessMessage } from '../../src/core/assess';
import { presetConfig } from '../../src/core/config';
import { parseMailMessage } from '../../src/core/message';
import { DEFAULT_RULE_NAMES_EN } from '../../src/core/triage/defaultRuleNamesEn';
import { DEFAULT_ROUTING_RULES } from '../../src/core/triage/defaultRules';
import { collectMessages, renderMessages, type Printed } from './collectMessages';

const FIXTURE = join(__dirname, '..', 'fixtures', 'messages', 'svarstid-messages.md');
const GLOSSARY = join(__dirname, '..', '..', 'docs', 'ordlista.md');

interface GlossaryRow {
  term: string;
  /** The term and its plural, when the glossary gives one: `sorteringsregel (pl. sorteringsregler)`. */
  forms: string[];
  avoid: string[];
}

/** The glossary table of docs/ordlista.md: each term and the words not to use for it. */
function glossary(): GlossaryRow[] {
  // the glossary is the first table, before the conventions and the review
  const rows = readFileSync(GLOSSARY, 'utf8')
    .split('\n## ')[0]!
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| term') && !l.startsWith('| ---'));
  return rows.map((l) => {
    const cells = l.split('|').map((c) => c.trim());
    const plural = /^(.*?) \(pl\. (.*)\)$/.exec(cells[1]!);
    const term = plural ? plural[1]! : cells[1]!;
    return { term, forms: plural ? [term, plural[2]!] : [term], avoid: cells[4]!.split(',').map((w) => w.trim()).filter(Boolean) };
  });
}

/** Human text only: quoted values, JSON machine fields and flags are not words of the product. */
function humanText(p: Printed): string {
  const lines = `${p.stdout}\n${p.stderr}`.split('\n').map((line) => {
    // a row of the demo's queue ends in a message's subject: the sender's words, not the product's
    if (/^[! ] \S+ \d+ \S+ \d+[.:]\d+ /.test(line)) return line.slice(0, 72);
    if (line.startsWith('{')) {
      // a JSON line: only the explanation and the error are read by people
      try {
        const value = JSON.parse(line) as { explanation?: string; error?: string };
        return [value.explanation, value.error].filter(Boolean).join(' ');
      } catch {
        return '';
      }
    }
    return line;
  });
  return lines
    .join('\n')
    .replace(/'[^'\n]*'|"[^"\n]*"|`[^`\n]*`/g, ' ')
    .replace(/\{[^}\n]*\}/g, ' ')
    .replace(/--[a-z-]+/g, ' ')
    // rule ids such as kanal:epost or ej.studs are machine names
    .replace(/[\p{L}\p{N}_-]+[:.][\p{L}\p{N}_.:-]+/gu, ' ');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A JSON output line, or null for any other line (help texts show JSON with … in it). */
function jsonLine(line: string): { explanation?: string; error?: string } | null {
  if (!line.startsWith('{"')) return null;
  try {
    return JSON.parse(line) as { explanation?: string; error?: string };
  } catch {
    return null;
  }
}

let printed: Printed[];

beforeAll(async () => {
  printed = await collectMessages();
}, 300_000);

describe('every message the CLI and the demo print', () => {
  it('is what the fixture shows (a reader reviews the fixture; UPDATE_MESSAGES=1 writes it anew)', () => {
    const now = renderMessages(printed);
    if (process.env.UPDATE_MESSAGES === '1') writeFileSync(FIXTURE, now);
    const stored = readFileSync(FIXTURE, 'utf8');
    // Compared by shape only, so that other work does not have to regenerate this file for text
    // that did not change: the demo's queue (it depends on today), the list of built-in rules and
    // the line numbers in the preset file (they follow the rule set).
    // The run lines: how many requests a pass takes and whether a progress line came (every 2 s)
    // depend on the machine.
    const stable = (text: string) =>
      text
        .split('\n')
        .filter((l) => !/^[! ] \S+ # \S+ #[.:]#/.test(l) && !/^ +# \S/.test(l) && !/^(Öppna meddelanden per förvaltning|Open messages per department):/.test(l))
        .filter((l) => !/^ {2}… (och|and) # /.test(l) && !/^(Nytt|New): /.test(l))
        .filter((l) => !/^ {2}(egen|ändrad|inbyggd|avstängd|custom|changed|built-in|off) +\S+ /.test(l) && !/^Sorteringsregler \/ Routing rules:/.test(l))
        .filter((l) => !/^svarstid run: \d+ (meddelanden lästa|messages read)/.test(l))
        .map((l) => l.replace(/^(fel\d+\.json):\d+:\d+:/, '$1:L:C:').replace(/"requests":\d+/g, '"requests":N').replace(/\\"requests\\":\d+/g, '\\"requests\\":N'))
        .join('\n');
    expect(stable(now)).toBe(stable(stored));
  });

  it('uses the glossary: every term appears, no word to avoid does', () => {
    const text = printed.map(humanText).join('\n');
    const all = printed.map((p) => `${p.stdout}\n${p.stderr}`).join('\n');
    for (const row of glossary()) {
      const found = row.forms.some((form) => all.toLowerCase().includes(form.toLowerCase()));
      expect({ term: row.term, found }).toEqual({ term: row.term, found: true });
      for (const word of row.avoid) {
        const hits = text.match(new RegExp(`(?<![\\p{L}\\p{N}-])${escape(word)}(?![\\p{L}\\p{N}-])`, 'giu')) ?? [];
        expect({ word, hits }).toEqual({ word, hits: [] });
      }
    }
  });

  it('never shows a library\'s raw English or "problem(s)"', () => {
    const all = printed.map((p) => `${p.stdout}\n${p.stderr}`).join('\n');
    for (const raw of ['Invalid input', 'Invalid option', 'Unrecognized key', 'Unexpected token', 'Unexpected end of JSON', 'in JSON at position', 'expected one of', 'problem(s)', 'ERR_PARSE_ARGS', 'EADDRINUSE', 'ENOENT']) {
      expect({ raw, found: all.includes(raw) }).toEqual({ raw, found: false });
    }
  });

  it('refuses in Swedish and in English', () => {
    const refusals = printed.filter((p) => p.code !== null && p.code !== 0 && p.stderr !== '');
    expect(refusals.length).toBeGreaterThan(30);
    for (const p of refusals) {
      const swedish = /\b(och|är|inte|finns|ange|välj|saknas|tar|behöver|behövs|används|okänd|ogiltigt|fel)\b/.test(p.stderr);
      const english = /\b(the|is|not|choose|give|unknown|invalid|needs|takes|missing|wrong|problems?)\b/.test(p.stderr);
      expect({ title: p.title, swedish, english }).toEqual({ title: p.title, swedish: true, english: true });
    }
  });

  it('writes dates and times for people in explanations and the demo, never ISO 8601', () => {
    const explanations = printed
      .flatMap((p) => p.stdout.split('\n'))
      .filter((l) => l.startsWith('{"id"'))
      .map((l) => jsonLine(l)?.explanation ?? '');
    expect(explanations.some((e) => /Svara senast \S+ \d+ \S+ kl\. \d\d\.\d\d/.test(e))).toBe(true);
    expect(explanations.some((e) => /Answer by \S+ \d+ \S+ at \d\d:\d\d/.test(e))).toBe(true);
    for (const e of explanations) expect(e).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
    const demo = printed.find((p) => p.title.startsWith('svarstid demo --once --rows'))!;
    expect(demo.code).toBe(0);
    expect(demo.stdout).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
  });

  it('explains in full sentences', () => {
    const explanations = printed
      .flatMap((p) => p.stdout.split('\n'))
      .filter((l) => l.startsWith('{"id"'))
      .map((l) => jsonLine(l)?.explanation)
      .filter((e): e is string => e !== undefined);
    expect(explanations.length).toBeGreaterThan(10);
    for (const e of explanations) {
      for (const sentence of e.split(/(?<=\.) (?=[A-ZÅÄÖ])/)) {
        // a subject and a verb, a capital first and a full stop last: "Meddelandet går till …", "The channel is …"
        expect(sentence).toMatch(
          /^(Kanalen är|Meddelandet är|Meddelandet går till|Kontakten är|Svara senast|Lämna den till|Hand it to|Målet är|Meddelandet får ingen svarstid|Vid akut fara|Det är den yttersta gränsen|That is the latest it may wait|That is the outer limit|Hinner de inte|If they cannot|Den sista timmen före stängning|In the last hour before closing|Efter stängning|After closing|Ta reda på i dag|Find out today|Ett besked räcker|Ett besked om när svaret|Förvaltningen eller ärendetypen är osäker|The department or case type is uncertain|Ärendetypen är osäker|The case type is uncertain|Förvaltningen är osäker|The department is uncertain|Den är hanterad när|It is handled when|The channel is|The message is|The message goes to|The contact is|Answer by|Handle by|The target is|The message gets no deadline|In acute danger|A notice is not enough|A notice saying when the answer|Regeln för|The rule for|Ett riktigt svar|A real answer|En begäran om allmänna handlingar|A request for public records|Vänta inte till dess|Do not wait until then|Det står kvar i kön|It stays in the queue|Se till att|Make sure|Står det ändå en|If it does hold|Svarstid saknar jourens nummer|Svarstid does not have the on-call number|Orosanmälan bygger på|The report of concern rests on|Kan den handla om|If it may be about)\b.*\.$/s,
        );
      }
    }
  });
});

describe('the words of refusals and summaries', () => {
  const lines = (p: Printed) => `${p.stdout}\n${p.stderr}`.split('\n');
  const configScenarios = () => printed.filter((p) => /^svarstid (check-config|deadline)( |$)/.test(p.title));

  it('suggests values for a JSON file in double quotes, as they are written in the file', () => {
    const suggestions = configScenarios()
      .flatMap(lines)
      .map((l) => l.replace(/\\"/g, '"'))
      .filter((l) => /(menade du|did you mean|tillåtna värden:|allowed values:|till exempel|e\.g\.|skriv|write) /.test(l));
    expect(suggestions.length).toBeGreaterThan(10);
    for (const l of suggestions) expect({ line: l, singleQuoted: /(menade du|did you mean|tillåtna värden:|allowed values:|till exempel|e\.g\.|skriv|write) '/.test(l) }).toEqual({ line: l, singleQuoted: false });
  });

  it('says what a flag must be in Swedish ("ska vara"), not in translated English ("tar")', () => {
    const swedish = printed.flatMap(lines).filter((l) => /^svarstid [a-z-]+: /.test(l));
    expect(swedish.length).toBeGreaterThan(40);
    for (const l of swedish) expect({ line: l, tar: /--[a-z-]+ tar |kommandot tar emot|väntade /.test(l) }).toEqual({ line: l, tar: false });
  });

  it('calls the case type a case type in English, never a "kind"', () => {
    const english = printed
      .flatMap(lines)
      .flatMap((l) => {
        const v = jsonLine(l);
        return v ? [v.explanation ?? '', (v.error ?? '').split(' / ')[1] ?? ''] : [];
      })
      .concat(printed.filter((p) => p.title.includes('--lang en')).flatMap(lines).filter((l) => !l.startsWith('{')));
    expect(english.join('\n')).toMatch(/case type/);
    for (const l of english) expect({ line: l, kind: /\bkinds?\b/.test(l.replace(/"kind"/g, '')) }).toEqual({ line: l, kind: false });
  });

  it('gives every built-in rule a name of its own, in Swedish and in English', () => {
    const sv = DEFAULT_ROUTING_RULES.map((r) => r.name);
    const en = DEFAULT_ROUTING_RULES.map((r) => DEFAULT_RULE_NAMES_EN[r.id]);
    // (by id: toEqual would take [undefined] for [])
    expect(DEFAULT_ROUTING_RULES.filter((r) => DEFAULT_RULE_NAMES_EN[r.id] === undefined).map((r) => r.id)).toEqual([]);
    expect(sv.filter((n, i) => sv.indexOf(n) !== i)).toEqual([]);
    expect(en.filter((n, i) => en.indexOf(n) !== i)).toEqual([]);
    expect(Object.keys(DEFAULT_RULE_NAMES_EN).filter((id) => !DEFAULT_ROUTING_RULES.some((r) => r.id === id))).toEqual([]);
    // check-config lists them in a 50-character column
    expect([...sv, ...en].filter((n) => (n ?? '').length > 50)).toEqual([]);
  });

  it('shows in a valid configuration what decides a deadline, the opening hours and what to check next', () => {
    const valid = printed.find((p) => p.title.startsWith('svarstid check-config kommun.json (salem'))!;
    expect(valid.stdout).toContain('gäller den tidigaste svarstiden av dem alla');
    expect(valid.stdout).toContain('utom en orosanmälan');
    expect(valid.stdout).toMatch(/Öppettider \/ Opening hours[^\n]*\n {2}mån–fre 08\.00–16\.00/);
    expect(valid.stdout).toMatch(/Kontrollera och ändra det innan filen används:\n {2}municipality\.domains +kommunens e-postdomäner: salem\.se/);
    expect(valid.stdout).toMatch(/Nästa steg \/ Next:\n {2}1\. Prova besluten/);
  });

  it('leads from a valid configuration along the safe path: doctor, config set, a dry run, and never a run over the whole mailbox', () => {
    const valid = printed.filter((x) => /^svarstid check-config (kommun|borttagen)\.json/.test(x.title) && x.code === 0);
    expect(valid.length).toBeGreaterThanOrEqual(3);
    for (const p of valid) {
      const next = p.stdout.split(/Nästa steg \/ Next:\n/)[1]!;
      expect(next).toMatch(/svarstid doctor --mailbox \S+@/);
      expect(next).toMatch(/svarstid config set \S+\.json --mailbox \S+@/);
      expect(next).toMatch(/svarstid run [^\n]*--once --dry-run/);
      const runs = next.split('\n').filter((l) => /svarstid run --mailbox/.test(l));
      expect(runs.length).toBe(2);
      // every run it suggests leaves old mail alone and follows the configuration stored in the mailbox
      for (const l of runs) expect({ line: l, since: /--since /.test(l), config: /--config /.test(l) }).toEqual({ line: l, since: true, config: false });
      // the dry run comes before the live one
      expect(next.indexOf('--dry-run')).toBeLessThan(next.indexOf(runs[1]!));
    }
  });

  it('says in the start lines of run whether change notifications arrive or the service polls, and how to get them', () => {
    const continuous = printed.find((p) => p.title.startsWith('svarstid run --graph-url URL'))!;
    expect(continuous.stderr).toContain('"notifications":"polling"');
    const start = continuous.stderr.split('\n').filter((l) => l.startsWith('svarstid run: märker') || l.startsWith('svarstid run: labelling'));
    expect(start).toHaveLength(2);
    expect(start[0]).toMatch(/Inga ändringsaviseringar: Graph på http:\/\/127\.0\.0\.1:\d+ tog inte emot prenumerationen .* var 60:e sekund .*--public-url https:/);
    expect(start[1]).toMatch(/No change notifications: Graph at http:\/\/127\.0\.0\.1:\d+ refused the subscription .* every 60 seconds .*--public-url https:/);
    expect(start[0]).toMatch(/Hälsokontroll: http:\/\/127\.0\.0\.1:\S+\/health\./);
  });

  it('never advises removing a file that is not a state file', () => {
    const refusal = printed.find((p) => p.title.startsWith('svarstid run --once --state kommun.json'))!;
    expect(refusal.code).toBe(2);
    expect(refusal.stderr).toContain('lämnas orörd');
    expect(refusal.stderr).not.toMatch(/ta bort|remove/);
  });
});

describe('every explanation triage gives for the fixture inboxes', () => {
  it('keeps to the glossary and writes human dates', () => {
    const dirs = [join(__dirname, '..', 'fixtures', 'triage'), join(__dirname, '..', 'fixtures', 'heldout')];
    const config = presetConfig('salem');
    // compiled once: a Unicode pattern with letter classes costs about a millisecond to compile
    const avoid = glossary()
      .flatMap((r) => r.avoid)
      .map((word) => ({ word, pattern: new RegExp(`(?<![\\p{L}-])${escape(word.toLowerCase())}(?![\\p{L}-])`, 'u') }));
    let n = 0;
    // every explanation that breaks a rule, with the words it should not use (one assertion at the end)
    const wrong: object[] = [];
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
        for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
          if (line.trim() === '') continue;
          const parsed = parseMailMessage((JSON.parse(line) as { message: unknown }).message);
          if (!parsed.ok) continue;
          const { sv, en } = assessMessage(parsed.message, config).explanation;
          n += 1;
          const words = sv.replace(/'[^']*'/g, ' ');
          const lower = words.toLowerCase();
          const avoided = avoid.filter(({ pattern }) => pattern.test(lower)).map(({ word }) => word);
          if (avoided.length > 0) wrong.push({ file, sv, avoided });
          if (/\d{4}-\d\d-\d\dT\d\d:/.test(`${sv} ${en}`)) wrong.push({ file, sv, en, machineDate: true });
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(n).toBeGreaterThan(500);
  });
});
