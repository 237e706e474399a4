/**
 * Rebasing an admin's draft on a configuration someone else saved meanwhile (a colleague, or the
 * service storing what it learnt): a three-way merge of plain JSON values. What only the other save
 * changed is taken over, what only the draft changed is kept, and where both changed the same
 * place differently the draft's value wins and the place is reported, so the admin can look.
 * Objects merge key by key; arrays and scalars are whole values. Pure.
 */

import { isJsonObject as isObject, sameJson as same } from '../jsonValue';

export type { Json } from '../jsonValue';

export interface MergeResult<T> {
  merged: T;
  /** Paths (keys from the root) where both changed the same place differently; the draft's value was kept. */
  conflicts: string[][];
}

function merge(base: unknown, mine: unknown, theirs: unknown, path: string[], conflicts: string[][]): unknown {
  if (same(mine, base)) return structuredClone(theirs);
  if (same(theirs, base) || same(mine, theirs)) return structuredClone(mine);
  if (isObject(base) && isObject(mine) && isObject(theirs)) {
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)])) {
      const v = merge(base[key], mine[key], theirs[key], [...path, key], conflicts);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  conflicts.push(path);
  return structuredClone(mine);
}

/**
 * @param base - the configuration the draft started from
 * @param mine - the admin's draft
 * @param theirs - the configuration saved meanwhile
 * @example
 * mergeDraft({ a: 1, b: 1 }, { a: 2, b: 1 }, { a: 1, b: 3 }).merged //=> { a: 2, b: 3 }
 */
export function mergeDraft<T>(base: T, mine: T, theirs: T): MergeResult<T> {
  const conflicts: string[][] = [];
  const merged = merge(base, mine, theirs, [], conflicts) as T;
  return { merged, conflicts };
}
