import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { assessMessage } from '../../src/core/assess';
import { presetConfig } from '../../src/core/config';
import { parseMailMessage } from '../../src/core/message';
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
  const rows = readFileSync(GLOSSARY, 'utf8')
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

let printed: Printed[];

beforeAll(async () => {
  printed = await collectMessages();
}, 120_000);

describe('every message the CLI and the demo print', () => {
  it('is what the fixture shows (a reader reviews the fixture; UPDATE_MESSAGES=1 writes it anew)', () => {
    const now = renderMessages(printed);
    if (process.env.UPDATE_MESSAGES === '1') writeFileSync(FIXTURE, now);
    const stored = readFileSync(FIXTURE, 'utf8');
    // Compared by shape only, so that other work does not have to regenerate this file for text
    // that did not change: the demo's queue (it depends on today), the list of built-in rules and
    // the line numbers in the preset file (they follow the rule set).
    const stable = (text: string) =>
      text
        .split('\n')
        .filter((l) => !/^[! ] \S+ # \S+ #\.#/.test(l) && !/^# märkta meddelanden:/.test(l) && !/^Öppna meddelanden per förvaltning:/.test(l) && !/^ {2}… och # till\./.test(l))
        .filter((l) => !/^ {2}(egen|ändrad|inbyggd|avstängd|own|changed|built-in|off) +\S+ /.test(l) && !/^Sorteringsregler som gäller/.test(l))
        .map((l) => l.replace(/^(fel\d+\.json):\d+:\d+:/, '$1:L:C:'))
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
      .map((l) => (JSON.parse(l) as { explanation?: string }).explanation ?? '');
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
      .map((l) => (JSON.parse(l) as { explanation?: string }).explanation)
      .filter((e): e is string => e !== undefined);
    expect(explanations.length).toBeGreaterThan(10);
    for (const e of explanations) {
      for (const sentence of e.split(/(?<=\.) (?=[A-ZÅÄÖ])/)) {
        // a subject and a verb, a capital first and a full stop last: "Meddelandet går till …", "The channel is …"
        expect(sentence).toMatch(/^(Kanalen är|Meddelandet är|Meddelandet går till|Kontakten är|Svara senast|Målet är|Ingen svarstid|Beslutet är osäkert|The decision is unsure|The channel is|The message is|The message goes to|The contact is|Answer by|The target is|No deadline)\b.*\.$/s);
      }
    }
  });
});

describe('every explanation triage gives for the fixture inboxes', () => {
  it('keeps to the glossary and writes human dates', () => {
    const dirs = [join(__dirname, '..', 'fixtures', 'triage'), join(__dirname, '..', 'fixtures', 'heldout')];
    const config = presetConfig('salem');
    const avoid = glossary().flatMap((r) => r.avoid);
    let n = 0;
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
        for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
          if (line.trim() === '') continue;
          const parsed = parseMailMessage((JSON.parse(line) as { message: unknown }).message);
          if (!parsed.ok) continue;
          const { sv, en } = assessMessage(parsed.message, config).explanation;
          n += 1;
          const words = sv.replace(/'[^']*'/g, ' ');
          for (const word of avoid) expect(words.toLowerCase()).not.toMatch(new RegExp(`(?<![\\p{L}-])${escape(word.toLowerCase())}(?![\\p{L}-])`, 'u'));
          expect(`${sv} ${en}`).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
        }
      }
    }
    expect(n).toBeGreaterThan(500);
  });
});
