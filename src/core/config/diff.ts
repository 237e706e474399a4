/**
 * What changed between two configurations, as a person reads it: fields changed, departments
 * and rules added, removed, changed (with the fields that changed) or reordered. Pure: the
 * configuration store writes it into the audit trail, and the admin view shows it before a save.
 */

import { isJsonObject as isObject, sameJson as same, type Json } from '../jsonValue';

export type ConfigChangeKind = 'added' | 'removed' | 'changed' | 'moved';

/** One change between two configurations. */
export interface ConfigChange {
  kind: ConfigChangeKind;
  /**
   * Where, as `check-config` writes paths; items of the lists keyed by id are named by their id:
   * `senderCheck.mode`, `departments[teknik]`, `triage.rules[gata.belysning]`.
   */
  path: string;
  /** For a changed department or rule: the fields that changed (`due`, `when`, `routing.folder`). */
  fields?: string[];
  /** The value before (absent when added); long values are shortened. */
  before?: unknown;
  /** The value after (absent when removed); long values are shortened. */
  after?: unknown;
  sv: string;
  en: string;
}

/** Lists whose items have an `id`, with how a person names one of their items. */
const KEYED_LISTS: Record<string, { sv: string; en: string }> = {
  departments: { sv: 'Förvaltning', en: 'Department' },
  'policy.rules': { sv: 'Svarstidsregel', en: 'Deadline rule' },
  'triage.rules': { sv: 'Sorteringsregel', en: 'Routing rule' },
};

/** Fields that change with every save and say nothing about the policy. */
const IGNORED = new Set(['revision']);

/** Values longer than this (as JSON) are shortened in a change. */
const MAX_VALUE_CHARS = 300;

/** A value for the audit trail: as is when short, else a shortened JSON text. */
function shown(v: unknown): unknown {
  if (v === undefined) return undefined;
  const text = JSON.stringify(v);
  if (text === undefined || text.length <= MAX_VALUE_CHARS) return v as Json;
  return `${text.slice(0, MAX_VALUE_CHARS - 1)}…`;
}

function text(v: unknown): string {
  const s = typeof v === 'string' ? `'${v}'` : JSON.stringify(v);
  return s === undefined ? '—' : s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function keyedIds(list: unknown[]): string[] | null {
  const ids: string[] = [];
  for (const item of list) {
    if (!isObject(item) || typeof item.id !== 'string' || ids.includes(item.id)) return null;
    ids.push(item.id);
  }
  return ids;
}

/** Paths of the fields that differ between two objects, one level of nesting deep (`routing.folder`). */
function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (same(a[k], b[k])) continue;
    if (isObject(a[k]) && isObject(b[k])) {
      const inner = a[k] as Record<string, unknown>;
      const outer = b[k] as Record<string, unknown>;
      for (const j of new Set([...Object.keys(inner), ...Object.keys(outer)])) if (!same(inner[j], outer[j])) out.push(`${k}.${j}`);
    } else {
      out.push(k);
    }
  }
  return out;
}

function diffKeyed(a: unknown[], b: unknown[], path: string, name: { sv: string; en: string }, out: ConfigChange[]): void {
  const byId = (list: unknown[]) => new Map(list.map((x) => [(x as { id: string }).id, x as Record<string, unknown>]));
  const before = byId(a);
  const after = byId(b);
  for (const [id, item] of before) {
    if (!after.has(id)) {
      out.push({ kind: 'removed', path: `${path}[${id}]`, before: shown(item), sv: `${name.sv} '${id}' borttagen`, en: `${name.en} '${id}' removed` });
    }
  }
  for (const [id, item] of after) {
    const old = before.get(id);
    if (!old) {
      out.push({ kind: 'added', path: `${path}[${id}]`, after: shown(item), sv: `${name.sv} '${id}' tillagd`, en: `${name.en} '${id}' added` });
    } else if (!same(old, item)) {
      const fields = changedFields(old, item);
      const pick = (o: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, f.split('.').reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), o)]));
      out.push({
        kind: 'changed',
        path: `${path}[${id}]`,
        fields,
        before: shown(pick(old)),
        after: shown(pick(item)),
        sv: `${name.sv} '${id}' ändrad: ${fields.join(', ')}`,
        en: `${name.en} '${id}' changed: ${fields.join(', ')}`,
      });
    }
  }
  const order = (list: unknown[], keep: Map<string, unknown>) => list.map((x) => (x as { id: string }).id).filter((id) => keep.has(id));
  const oldOrder = order(a, after);
  const newOrder = order(b, before);
  if (!same(oldOrder, newOrder)) {
    out.push({
      kind: 'moved',
      path,
      before: shown(oldOrder),
      after: shown(newOrder),
      sv: `Ordningen i ${path} ändrad`,
      en: `Order of ${path} changed`,
    });
  }
}

function walk(a: unknown, b: unknown, path: string, out: ConfigChange[]): void {
  if (same(a, b)) return;
  if (a === undefined) {
    out.push({ kind: 'added', path, after: shown(b), sv: `${path} satt till ${text(b)}`, en: `${path} set to ${text(b)}` });
    return;
  }
  if (b === undefined) {
    out.push({ kind: 'removed', path, before: shown(a), sv: `${path} borttaget (var ${text(a)})`, en: `${path} removed (was ${text(a)})` });
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
    for (const k of keys) {
      if (path === '' && IGNORED.has(k)) continue;
      walk(a[k], b[k], join(path, k), out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const name = KEYED_LISTS[path];
    const ida = keyedIds(a);
    const idb = keyedIds(b);
    if (ida && idb && (name || (ida.length > 0 && idb.length > 0))) {
      diffKeyed(a, b, path, name ?? { sv: `Post i ${path}`, en: `Item of ${path}` }, out);
      return;
    }
    if (a.every((x) => !isObject(x) && !Array.isArray(x)) && b.every((x) => !isObject(x) && !Array.isArray(x))) {
      const added = b.filter((x) => !a.some((y) => same(x, y)));
      const removed = a.filter((x) => !b.some((y) => same(x, y)));
      const parts = [...added.map((x) => `+ ${text(x)}`), ...removed.map((x) => `− ${text(x)}`)];
      const detail = parts.length > 0 ? parts.join(', ') : 'ny ordning';
      const detailEn = parts.length > 0 ? parts.join(', ') : 'new order';
      out.push({ kind: 'changed', path, before: shown(a), after: shown(b), sv: `${path}: ${detail}`, en: `${path}: ${detailEn}` });
      return;
    }
  }
  out.push({ kind: 'changed', path, before: shown(a), after: shown(b), sv: `${path}: ${text(a)} → ${text(b)}`, en: `${path}: ${text(a)} → ${text(b)}` });
}

/**
 * The changes from one configuration document to another, in document order. `before` null
 * means nothing was stored: one `added` change for the whole document. The `revision` field is
 * ignored (it changes with every save).
 *
 * @example
 * diffConfigs(ljungby, { ...ljungby, senderCheck: { ...ljungby.senderCheck, mode: 'warn' } })
 * //=> [{ kind: 'changed', path: 'senderCheck.mode', before: 'block', after: 'warn',
 * //      sv: "senderCheck.mode: 'block' → 'warn'", en: "senderCheck.mode: 'block' → 'warn'" }]
 */
export function diffConfigs(before: unknown, after: unknown): ConfigChange[] {
  if (before === null || before === undefined) {
    return [{ kind: 'added', path: '', sv: 'Första sparade konfigurationen', en: 'First stored configuration' }];
  }
  const out: ConfigChange[] = [];
  walk(before, after, '', out);
  return out;
}
