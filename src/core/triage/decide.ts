import type { SvarstidConfig } from '../config/schema';
import { KIND_PRECEDENCE, type Kind } from '../vocabulary';
import type { CompiledRules } from './compileRules';
import { matchRule, type KeywordScan, type MessageFacts, type RuleMatch } from './matchRules';

/** An evidence score at or above this makes a kind fit and a department a candidate. */
export const SCORE_THRESHOLD = 1;

/** How a kind or department was decided. */
export type Decision<T> =
  | { value: T; how: 'decisive'; match: RuleMatch }
  | { value: T; how: 'evidence'; match: RuleMatch; score: number; outranked: T[] }
  | { value: T; how: 'forced'; cause: Kind }
  | { value: T; how: 'default' };

/** Adds every matching evidence rule to per-target scores; remembers each target's strongest rule. */
function scoreEvidence(
  matches: RuleMatch[],
  target: (m: RuleMatch) => string | undefined,
): Map<string, { score: number; best: RuleMatch; bestContribution: number }> {
  const scores = new Map<string, { score: number; best: RuleMatch; bestContribution: number }>();
  for (const m of matches) {
    const t = target(m);
    if (t === undefined) continue;
    const contribution = (m.rule.rule.weight ?? 0) * m.strength;
    const entry = scores.get(t);
    if (!entry) scores.set(t, { score: contribution, best: m, bestContribution: contribution });
    else {
      entry.score += contribution;
      if (contribution > entry.bestContribution) {
        entry.best = m;
        entry.bestContribution = contribution;
      }
    }
  }
  return scores;
}

/** Every rule that matches, in rule order. `phase` picks rules that can run before/after the kind is known. */
export function matchingRules(compiled: CompiledRules, scan: KeywordScan, facts: MessageFacts, phase: 'kind' | 'department'): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const rule of phase === 'kind' ? compiled.kindRules : compiled.departmentRules) {
    const m = matchRule(rule, scan, facts);
    if (m) out.push(m);
  }
  return out;
}

/** The kind: the first decisive rule, else the fitting kinds by precedence (SPEC §1), else `fraga`. */
export function decideKind(matches: RuleMatch[]): Decision<Kind> {
  const decisive = matches.find((m) => m.rule.decisive && m.rule.rule.then.kind !== undefined);
  if (decisive) return { value: decisive.rule.rule.then.kind!, how: 'decisive', match: decisive };
  const scores = scoreEvidence(
    matches.filter((m) => !m.rule.decisive),
    (m) => m.rule.rule.then.kind,
  );
  const fitting = [...scores.entries()].filter(([, s]) => s.score >= SCORE_THRESHOLD);
  for (const rank of KIND_PRECEDENCE) {
    const inRank = fitting.filter(([k]) => (rank as readonly string[]).includes(k)).sort((a, b) => b[1].score - a[1].score);
    const top = inRank[0];
    if (top) {
      const outranked = fitting
        .filter(([k, s]) => k !== top[0] && s.score > top[1].score)
        .map(([k]) => k as Kind);
      return { value: top[0] as Kind, how: 'evidence', match: top[1].best, score: top[1].score, outranked };
    }
  }
  return { value: 'fraga', how: 'default' };
}

/** The department: forced by the kind, else the first decisive rule, else the best score, else the fallback. */
export function decideDepartment(
  matches: RuleMatch[],
  kind: Kind,
  config: SvarstidConfig,
  compiled: CompiledRules,
): Decision<string> {
  const forced = kind === 'ej_arende' ? config.fallbackDepartment : config.triage.kindDepartments[kind];
  if (forced !== undefined && compiled.departmentIds.has(forced)) return { value: forced, how: 'forced', cause: kind };
  const decisive = matches.find(
    (m) => m.rule.decisive && m.rule.rule.then.department !== undefined && compiled.departmentIds.has(m.rule.rule.then.department),
  );
  if (decisive) return { value: decisive.rule.rule.then.department!, how: 'decisive', match: decisive };
  const scores = scoreEvidence(
    matches.filter((m) => !m.rule.decisive),
    (m) => {
      const d = m.rule.rule.then.department;
      return d !== undefined && compiled.departmentIds.has(d) ? d : undefined;
    },
  );
  let best: [string, { score: number; best: RuleMatch }] | null = null;
  for (const entry of scores) if (!best || entry[1].score > best[1].score) best = entry;
  if (best && best[1].score >= SCORE_THRESHOLD) {
    return { value: best[0], how: 'evidence', match: best[1].best, score: best[1].score, outranked: [] };
  }
  return { value: config.fallbackDepartment, how: 'default' };
}
