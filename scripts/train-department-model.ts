/**
 * Trains the department model that backs the department rules (src/core/triage/departmentModel.ts)
 * and writes src/core/triage/departmentModelData.ts.
 *
 * Training data: ONLY the repository's tuning inboxes — tests/fixtures/triage/*.jsonl,
 * tests/fixtures/concern/*.jsonl — and the emulator's demo seed (weight 1/3). The held-out
 * inboxes (tests/fixtures/heldout) are never trained on, so they still measure a new
 * municipality. Messages whose department the kind decides (inget ärende, orosanmälan,
 * förtroendevald) are left out: their words do not say which department acts.
 *
 * Model: the kind model's (multinomial logistic regression, L2 1e-4, over hashed folded unigrams,
 * bigrams and 5-letter word starts of the author's own text; scripts/train-kind-model.ts), with
 * the seven default departments as classes.
 *
 * Thresholds: leave one municipality (fixture file; the demo seed is one more fold) out, with the
 * rules as they were before each inbox was added (a new municipality's situation, as for the kind
 * model). For the fallback (no rule names a department), for a single weak keyword and for a close
 * call between two departments' rules (the model may pick the runner-up) separately,
 * the threshold with the best utility (a message put right counts one, a message put wrong counts
 * two) is taken; of thresholds within one message of it, the most cautious.
 *
 *   npx tsx scripts/train-department-model.ts            # cross-validate, choose thresholds, write the model
 *   npx tsx scripts/train-department-model.ts --cv-only  # report only
 *   --blind-only  skip the second cross-validation (with today's rules; a report only)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { presetConfig } from '../src/core/config/presets';
import type { SvarstidConfig } from '../src/core/config/schema';
import { parseMailMessage, type MailMessage } from '../src/core/message';
import { triageWithModel } from '../src/core/triage';
import { defaultKindModel } from '../src/core/triage/defaultKindModel';
import { DepartmentModel, type DepartmentModelData } from '../src/core/triage/departmentModel';
import type { Kind } from '../src/core/vocabulary';
import { buildDemoSeed } from '../src/emulator/demoSeed';
import { DEFAULT_PARAMS, blindConfig, messageFeatures, removeBlindRules, trainTextModel, type LabelledFeatures } from './train-kind-model';

const ROOT = resolve(__dirname, '..');
/** Kinds whose department the kind decides: their words are not trained on. */
const FORCED: ReadonlySet<Kind> = new Set<Kind>(['ej_arende', 'orosanmalan', 'fortroendevald']);
const THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

interface Row extends LabelledFeatures {
  message: MailMessage;
  kind: Kind;
}
interface Fold {
  name: string;
  path: string | null;
  rows: Row[];
}

function loadFolds(config: SvarstidConfig): Fold[] {
  const files = ['tests/fixtures/triage', 'tests/fixtures/concern'].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => ({ name: f.replace(/\.jsonl$/, ''), path: join(ROOT, dir, f) })),
  );
  const row = (raw: unknown, expect: { kind: Kind; department: string }, weight: number): Row => {
    const parsed = parseMailMessage(raw);
    if (!parsed.ok) throw new Error(parsed.error);
    return { message: parsed.message, kind: expect.kind, label: expect.department, weight, features: messageFeatures(parsed.message, config, DEFAULT_PARAMS.options) };
  };
  const folds: Fold[] = files.map(({ name, path }) => ({
    name,
    path,
    rows: readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const line = JSON.parse(l) as { message: unknown; expect: { kind: Kind; department: string } };
        return row(line.message, line.expect, 1);
      }),
  }));
  const seed = buildDemoSeed(new Date('2026-11-20T12:00:00Z'));
  folds.push({ name: 'demo', path: null, rows: seed.inbox.map((e) => row(e.message, e.expect, 1 / 3)) });
  return folds;
}

function train(rows: readonly Row[], departments: string[], fallback: number, weak: number | null, close: number | null = null): DepartmentModelData {
  const weights = trainTextModel(
    rows.filter((r) => !FORCED.has(r.kind)),
    departments,
    DEFAULT_PARAMS,
  );
  return { version: 1, departments, ...weights, fallback, weak, close };
}

interface Tally {
  fixes: number;
  breaks: number;
}

/** Per threshold, what the model put right and wrong against the rules alone (out of fold). */
function crossValidate(folds: Fold[], config: SvarstidConfig, blind: boolean) {
  const departments = config.departments.map((d) => d.id);
  const kindModel = config.triage.kindModel ? defaultKindModel() : null;
  const fallback = new Map<number, Tally>(THRESHOLDS.map((t) => [t, { fixes: 0, breaks: 0 }]));
  const weak = new Map<number, Tally>(THRESHOLDS.map((t) => [t, { fixes: 0, breaks: 0 }]));
  const close = new Map<number, Tally>(THRESHOLDS.map((t) => [t, { fixes: 0, breaks: 0 }]));
  let rulesRight = 0;
  let n = 0;
  for (const held of folds) {
    const data = train(
      folds.filter((f) => f !== held).flatMap((f) => f.rows),
      departments,
      0,
      null,
    );
    const foldConfig = blind ? blindConfig(held, config) : config;
    for (const r of held.rows) {
      const rules = triageWithModel(r.message, foldConfig, kindModel, null, null);
      n++;
      if (rules.department === r.label) rulesRight++;
      // each threshold: the same model, deciding at that threshold (fallback and weak apart)
      for (const [t, tally] of fallback) count(tally, r.label, rules.department, triageWithModel(r.message, foldConfig, kindModel, null, new DepartmentModel({ ...data, fallback: t, weak: null })).department);
      for (const [t, tally] of weak) count(tally, r.label, rules.department, triageWithModel(r.message, foldConfig, kindModel, null, new DepartmentModel({ ...data, fallback: 2, weak: t })).department);
      for (const [t, tally] of close) count(tally, r.label, rules.department, triageWithModel(r.message, foldConfig, kindModel, null, new DepartmentModel({ ...data, fallback: 2, weak: null, close: t })).department);
    }
  }
  return { n, rulesRight, fallback, weak, close };
}

function count(tally: Tally, expected: string, rules: string, model: string): void {
  if (model === rules) return;
  if (model === expected) tally.fixes++;
  else if (rules === expected) tally.breaks++;
}

function choose(tallies: Map<number, Tally>): number | null {
  const utility = (t: Tally) => t.fixes - 2 * t.breaks;
  const best = Math.max(0, ...[...tallies.values()].map(utility));
  if (best === 0) return null;
  const within = [...tallies.entries()].filter(([, t]) => utility(t) >= best - 1).map(([th]) => th);
  return Math.max(...within);
}

function report(title: string, cv: ReturnType<typeof crossValidate>, fallback: number | null, weak: number | null, close: number | null): void {
  const pct = (x: number) => `${((100 * x) / cv.n).toFixed(1)} %`;
  const f = fallback === null ? { fixes: 0, breaks: 0 } : cv.fallback.get(fallback)!;
  const w = weak === null ? { fixes: 0, breaks: 0 } : cv.weak.get(weak)!;
  const c = close === null ? { fixes: 0, breaks: 0 } : cv.close.get(close)!;
  const right = cv.rulesRight + f.fixes - f.breaks + w.fixes - w.breaks + c.fixes - c.breaks;
  console.log(`${title}\n  ${cv.n} messages: department ${pct(cv.rulesRight)} with the rules alone → ${pct(right)} with the model`);
  console.log(
    `  fallback ≥ ${fallback ?? '-'}: ${f.fixes} put right, ${f.breaks} put wrong; weak hit ≥ ${weak ?? '-'}: ${w.fixes} put right, ${w.breaks} put wrong; ` +
      `close call ≥ ${close ?? '-'}: ${c.fixes} put right, ${c.breaks} put wrong`,
  );
  for (const t of THRESHOLDS) {
    const a = cv.fallback.get(t)!;
    const b = cv.weak.get(t)!;
    const d = cv.close.get(t)!;
    console.log(`    ${t.toFixed(2)}  fallback +${a.fixes}/-${a.breaks}   weak +${b.fixes}/-${b.breaks}   close +${d.fixes}/-${d.breaks}`);
  }
}

function main(): void {
  const config = presetConfig('ljungby');
  const folds = loadFolds(config);
  const blind = crossValidate(folds, config, true);
  const fallback = choose(blind.fallback);
  const weak = choose(blind.weak);
  const close = choose(blind.close);
  report('leave-one-municipality-out, rules from before the inbox was added', blind, fallback, weak, close);
  // (--blind-only: the thresholds come from the blind run alone; the second report only shows how flat today's rules are)
  if (!process.argv.includes('--blind-only')) report("leave-one-municipality-out, today's rules (tuned on these inboxes)", crossValidate(folds, config, false), fallback, weak, close);
  if (process.argv.includes('--cv-only')) return;
  const data = train(
    folds.flatMap((f) => f.rows),
    config.departments.map((d) => d.id),
    fallback ?? 2,
    weak,
    close,
  );
  const file = join(ROOT, 'src/core/triage/departmentModelData.ts');
  const text =
    `// Generated by scripts/train-department-model.ts — do not edit. Trained on tests/fixtures/triage/*.jsonl,\n` +
    `// tests/fixtures/concern/*.jsonl and the demo seed; thresholds from leave-one-municipality-out CV.\n` +
    `import type { DepartmentModelData } from './departmentModel';\n\n` +
    `export const DEPARTMENT_MODEL_DATA: DepartmentModelData | null = ${JSON.stringify(data, null, 1).replace(/"([a-z_]+)":/g, '$1:')};\n`;
  writeFileSync(file, text);
  console.log(`wrote ${file} (${(text.length / 1024).toFixed(1)} KB)`);
}

if (require.main === module) {
  try {
    main();
  } finally {
    removeBlindRules();
  }
}
