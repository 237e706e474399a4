import fc from 'fast-check';
import { PreviewBase, incrementalPlan, type PreviewResult } from '../../src/core/admin/preview';
import { presetConfig, validateConfig, type SvarstidConfig } from '../../src/core/config';
import { parseMailMessage, type MailMessage } from '../../src/core/message';
import { DEFAULT_ROUTING_RULES } from '../../src/core/triage';
import { CHANNELS, KINDS } from '../../src/core/vocabulary';
import { buildDemoSeed } from '../../src/emulator/demoSeed';
import { mail, readFixture } from '../fixtures/triage/messages';

/**
 * The admin view's preview triages again only the messages a draft's changes could affect
 * (src/core/admin/preview.ts). It must give exactly what triaging every message under the draft
 * gives: for random drafts — rules added, removed, edited (keywords, actions, weights, switched
 * off), moved; built-in rules overridden or switched off; departments added, removed, renamed;
 * kinds' fixed departments changed — from two stored configurations over a fixture inbox (the demo mailbox and two labelled
 * inboxes), the incremental preview equals the full one, field for field.
 */

function parse(raw: unknown, id: string): MailMessage {
  const parsed = parseMailMessage({ ...(raw as Record<string, unknown>), id });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.message;
}

const seed = buildDemoSeed(new Date('2026-11-20T12:00:00Z'));
const inbox: MailMessage[] = [
  ...seed.inbox.map((m, i) => parse(m.message, `demo-${i}`)),
  ...['granby', 'lillmora'].flatMap((name) => readFixture(`${name}.jsonl`).map((l, i) => parse(l.message, `${name}-${i}`))),
];

/** Words and subject starts the inbox really has, so that random rules match some messages. */
function wordsOf(messages: MailMessage[]): { words: string[]; starts: string[] } {
  const count = new Map<string, number>();
  const starts = new Set<string>();
  for (const m of messages) {
    const subject = m.subject ?? '';
    const first = subject.split(/\s+/)[0];
    if (first && first.length >= 3) starts.add(first);
    for (const w of `${subject} ${m.body?.content ?? ''}`.toLowerCase().match(/[a-zåäö]{5,}/g) ?? []) count.set(w, (count.get(w) ?? 0) + 1);
  }
  const words = [...count.entries()].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  return { words: words.filter((_, i) => i % 7 === 0).slice(0, 60), starts: [...starts].sort().slice(0, 30) };
}

const pool = wordsOf(inbox);
const ljungby = presetConfig('ljungby');
/**
 * Two stored configurations: a preset (its own copy of every rule), and the built-in rules alone
 * with one department missing — the built-in rules that send mail there decide nothing until a
 * draft adds it back.
 */
function builtinOnly(): SvarstidConfig {
  const json = structuredClone(ljungby) as unknown as Json & { triage: Json; departments: Json[] };
  json.triage.rules = [];
  json.departments = json.departments.filter((d) => d.id !== 'kultur_fritid');
  const checked = validateConfig(json);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems[0]));
  return checked.config;
}
const bases = [ljungby, builtinOnly()].map((config) => ({ config, base: new PreviewBase(config, inbox) }));
const DEPARTMENTS = [...ljungby.departments.map((d) => d.id), 'ny_avdelning'];
const TEXT_FIELDS = ['subject', 'body', 'text', 'from', 'signature', 'quoted'] as const;
const SIGNALS = ['question', 'emptyText', 'personalAddressee', 'concern', 'englishText'] as const;

type Json = Record<string, unknown>;
type Rule = { id: string; name: string; enabled?: boolean; weight?: number; when: { all?: Json[]; any?: Json[]; none?: Json[] }; then: Json };

const word = fc.constantFrom(...pool.words);
const condition: fc.Arbitrary<Json> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ field: fc.constantFrom(...TEXT_FIELDS), any: fc.array(word, { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ field: fc.constantFrom(...TEXT_FIELDS), all: fc.array(word, { minLength: 1, maxLength: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ field: fc.constant('subject'), startsWith: fc.array(fc.constantFrom(...pool.starts), { minLength: 1, maxLength: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ field: fc.constant('channel'), in: fc.subarray([...CHANNELS], { minLength: 1 }) }) },
  { weight: 1, arbitrary: fc.record({ field: fc.constant('kind'), in: fc.subarray([...KINDS], { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ field: fc.constant('hasAttachments'), equals: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ field: fc.constant('signal'), in: fc.subarray([...SIGNALS], { minLength: 1, maxLength: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ field: fc.constant('words'), atMost: fc.integer({ min: 0, max: 80 }) }) },
);
const then: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ department: fc.constantFrom(...DEPARTMENTS) }),
  fc.record({ kind: fc.constantFrom(...KINDS) }),
  fc.record({ department: fc.constantFrom(...DEPARTMENTS), kind: fc.constantFrom(...KINDS) }),
  fc.record({ categories: fc.constant(['Granska']), priority: fc.constantFrom('high', 'low') }),
);
const weight = fc.option(fc.constantFrom(0.5, 1, 2, -1), { nil: undefined });
/** Conditions on facts alone: a rule of them matches without any keyword. */
const factCondition: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ field: fc.constant('kind'), in: fc.subarray([...KINDS], { minLength: 1, maxLength: 3 }) }),
  fc.record({ field: fc.constant('channel'), in: fc.subarray([...CHANNELS], { minLength: 1, maxLength: 2 }) }),
  fc.record({ field: fc.constant('hasAttachments'), equals: fc.boolean() }),
  fc.record({ field: fc.constant('subject'), startsWith: fc.array(fc.constantFrom(...pool.starts), { minLength: 1, maxLength: 3 }) }),
);
const newRule = fc.record({
  id: fc.integer({ min: 1, max: 9 }).map((n) => `ny.regel-${n}`),
  name: fc.constant('Ny regel'),
  weight,
  when: fc.oneof(
    fc.record({ all: fc.array(condition, { maxLength: 2 }), any: fc.array(condition, { minLength: 1, maxLength: 2 }), none: fc.array(condition, { maxLength: 1 }) }),
    fc.record({ all: fc.array(factCondition, { minLength: 1, maxLength: 2 }) }),
  ),
  then,
});

/** One admin edit, applied to a JSON copy of the configuration. */
type Edit = (c: Json & { triage: Json & { rules: Rule[] }; departments: Json[] }) => void;
const at = fc.nat({ max: 10_000 });
const pick = <T,>(xs: T[], i: number): T | undefined => (xs.length === 0 ? undefined : xs[i % xs.length]);
const firstKeywords = (r: Rule): Json | undefined => [...(r.when.any ?? []), ...(r.when.all ?? [])].find((c) => 'any' in c || 'all' in c);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  at.map((i): Edit => (c) => void c.triage.rules.splice(i % Math.max(1, c.triage.rules.length), 1)),
  fc.tuple(at, newRule).map(([i, r]): Edit => (c) => void c.triage.rules.splice(i % (c.triage.rules.length + 1), 0, structuredClone(r) as Rule)),
  // a decisive rule (no weight) moved first or last: the first decisive rule that matches decides
  fc.tuple(at, fc.boolean()).map(([i, first]): Edit => (c) => {
    const decisive = c.triage.rules.filter((r) => r.weight === undefined && r.enabled !== false);
    const r = pick(decisive, i);
    if (!r) return;
    c.triage.rules = c.triage.rules.filter((x) => x !== r);
    if (first) c.triage.rules.unshift(r);
    else c.triage.rules.push(r);
  }),
  fc.tuple(at, fc.oneof(at, fc.constant(0), fc.constant(-1))).map(([i, j]): Edit => (c) => {
    if (c.triage.rules.length === 0) return;
    const [r] = c.triage.rules.splice(i % c.triage.rules.length, 1);
    c.triage.rules.splice(j < 0 ? c.triage.rules.length : j % (c.triage.rules.length + 1), 0, r!);
  }),
  at.map((i): Edit => (c) => {
    const r = pick(c.triage.rules, i);
    if (r) r.enabled = r.enabled === false;
  }),
  fc.tuple(at, then).map(([i, t]): Edit => (c) => {
    const r = pick(c.triage.rules, i);
    if (r) r.then = { ...t };
  }),
  fc.tuple(at, weight).map(([i, w]): Edit => (c) => {
    const r = pick(c.triage.rules, i);
    if (!r) return;
    if (w === undefined) delete r.weight;
    else r.weight = w;
  }),
  fc.tuple(at, word, fc.boolean()).map(([i, w, replace]): Edit => (c) => {
    const r = pick(c.triage.rules, i);
    const cond = r && firstKeywords(r);
    if (!cond) return;
    const key = 'any' in cond ? 'any' : 'all';
    cond[key] = replace ? [w] : [...(cond[key] as string[]), w];
  }),
  fc.tuple(at, then).map(([i, t]): Edit => (c) => {
    // an own copy of a built-in rule replaces it
    const builtin = pick([...DEFAULT_ROUTING_RULES], i)!;
    c.triage.rules = c.triage.rules.filter((r) => r.id !== builtin.id);
    c.triage.rules.push({ ...structuredClone(builtin), then: { ...t } } as Rule);
  }),
  at.map((i): Edit => (c) => void (c.triage.disabledBuiltinRules as string[]).push(pick([...DEFAULT_ROUTING_RULES], i)!.id)),
  fc.constantFrom('ny_avdelning', 'kultur_fritid').map((id): Edit => (c) => {
    if (!c.departments.some((d) => d.id === id)) c.departments.push({ ...structuredClone(c.departments[1]!), id, name: `Förvaltning ${id}`, category: `Avd: ${id}` });
  }),
  at.map((i): Edit => (c) => {
    const d = pick(c.departments, i)!;
    if (d.id !== c.fallbackDepartment) c.departments = c.departments.filter((x) => x !== d);
  }),
  at.map((i): Edit => (c) => void (pick(c.departments, i)!.name = 'Omdöpt förvaltning')),
  fc.tuple(fc.constantFrom(...KINDS), fc.option(fc.constantFrom(...DEPARTMENTS), { nil: undefined })).map(([k, d]): Edit => (c) => {
    const map = c.triage.kindDepartments as Json;
    if (d === undefined) delete map[k];
    else map[k] = d;
  }),
  fc.constant<Edit>((c) => void (c.triage.builtinClassifier = false)),
  // the concern reader runs only while some rule tests its signal
  fc.constant<Edit>((c) => {
    const concern = (r: Rule) => JSON.stringify(r.when).includes('"concern"');
    for (const r of c.triage.rules) if (concern(r)) r.enabled = false;
    for (const r of DEFAULT_ROUTING_RULES) if (concern(r as Rule)) (c.triage.disabledBuiltinRules as string[]).push(r.id);
  }),
);

/** What the page shows, in a form two previews compare by (order kept). */
function shown(r: PreviewResult): unknown {
  const { retriaged: _r, deadlinesOnly: _d, ...rest } = r;
  return rest;
}

describe('incremental preview', () => {
  it('equals triaging every message under the draft, for random drafts', () => {
    let incremental = 0;
    let valid = 0;
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(edit, { minLength: 1, maxLength: 4 }), ({ config: stored, base }, edits) => {
        const json = structuredClone(stored) as unknown as Parameters<Edit>[0];
        for (const e of edits) e(json);
        const checked = validateConfig(json);
        if (!checked.ok) return; // the editor never previews an invalid draft
        valid += 1;
        const draft: SvarstidConfig = checked.config;
        const fast = base.preview(draft);
        if (!incrementalPlan(stored, draft).full) incremental += 1;
        expect(shown(fast)).toEqual(shown(base.preview(draft, { full: true })));
        expect(fast.retriaged).toBeLessThanOrEqual(inbox.length);
        if (process.env.PV_DEBUG) console.log(incrementalPlan(stored, draft).full, fast.retriaged, fast.changes.length);
      }),
      { numRuns: 40, seed: 20261202 },
    );
    // the property is about the incremental path: most drafts must take it, and be valid
    expect(valid).toBeGreaterThanOrEqual(30);
    expect(incremental).toBeGreaterThanOrEqual(20);
  });

  const { config: stored, base } = bases[0]!;
  it('triages again only the messages a changed rule can match', () => {
    const rules = stored.triage.rules.map((r) => (r.id === stored.triage.rules[5]!.id ? { ...r, enabled: false } : r));
    const draft = { ...stored, triage: { ...stored.triage, rules } };
    const result = base.preview(draft);
    expect(result.retriaged).toBeLessThan(inbox.length / 4);
    expect(shown(result)).toEqual(shown(base.preview(draft, { full: true })));
  });

  it('follows a moved rule: where two decisive rules match, the one now first decides', () => {
    const own = (id: string, department: string) => ({ id, name: id, when: { any: [{ field: 'text' as const, any: ['bibliotek'] }] }, then: { department } });
    const config = (order: string[]) => {
      const rules = { a: own('lokal.a', 'kultur_fritid'), b: own('lokal.b', 'teknik') };
      const checked = validateConfig({ ...ljungby, triage: { ...ljungby.triage, rules: order.map((k) => rules[k as 'a' | 'b']) } });
      if (!checked.ok) throw new Error('invalid');
      return checked.config;
    };
    const messages = [
      { ...mail({ subject: 'Öppettider', body: 'När öppnar biblioteket i Sjöbacka på lördag?' }), id: 'm1' },
      { ...mail({ subject: 'Soptunnan', body: 'Soptunnan har inte tömts på två veckor.' }), id: 'm2' },
    ];
    const local = new PreviewBase(config(['a', 'b']), messages);
    const draft = config(['b', 'a']);
    const result = local.preview(draft);
    expect(result.changes.map((c) => [c.id, c.before.department, c.after.department])).toEqual([['m1', 'kultur_fritid', 'teknik']]);
    expect(result.retriaged).toBe(1);
    expect(shown(result)).toEqual(shown(local.preview(draft, { full: true })));
  });

  it('triages every message again when a rule makes triage read quoted text it did not read', () => {
    const rule = { id: 'lokal.citat', name: 'Citerad gatlykta', when: { any: [{ field: 'quoted' as const, any: ['gatlykta'] }] }, then: { department: 'teknik' } };
    const checked = validateConfig({ ...ljungby, triage: { ...ljungby.triage, rules: [rule, ...ljungby.triage.rules] } });
    if (!checked.ok) throw new Error('invalid');
    const messages = [
      { ...mail({ subject: 'Sv: Fråga', body: 'Tack för svaret!\n\nDen 3 november 2026 skrev Kontaktcenter <kontakt@sjobacka.se>:\n> Gatlyktan på Storgatan är trasig, vi har skickat det vidare.\n> Med vänlig hälsning' }), id: 'm1' },
    ];
    const local = new PreviewBase(ljungby, messages);
    expect(incrementalPlan(ljungby, checked.config)).toMatchObject({ full: true });
    const result = local.preview(checked.config);
    expect(result.retriaged).toBe(1);
    expect(shown(result)).toEqual(shown(local.preview(checked.config, { full: true })));
  });

  it('triages every message again when the channel markers change', () => {
    const draft = { ...stored, triage: { ...stored.triage, channelMarkers: { ...stored.triage.channelMarkers, sms: { subjectPrefixes: ['Sms:'], senderLocalParts: [] } } } };
    expect(incrementalPlan(stored, draft).full).toBe(true);
    const result = base.preview(draft);
    expect(result.retriaged).toBe(inbox.length);
    expect(shown(result)).toEqual(shown(base.preview(draft, { full: true })));
  });
});
