/**
 * How strict the emulator is about behaviours Microsoft does not document either way.
 *
 * `default` serves what Graph documents (delta accepts `$expand`, a collection returns extended
 * property values in full, pages up to 1 000). `strict` turns on what real Exchange has been seen
 * to do or may do, so that a client passing against it is safe either way:
 *
 * - `messages/delta` with `$expand=singleValueExtendedProperties(…)` is refused (400), as open
 *   reports show for exactly that query;
 * - string values of extended properties in collections (list, delta, conversation queries)
 *   are cut at 255 characters, as EWS FindItem documents (a single GET returns them in full);
 * - a collection page holds at most 50 items whatever `$top` or `odata.maxpagesize` asks for
 *   (the rest follows by nextLink).
 */

export type EmulatorProfileName = 'default' | 'strict';

export interface EmulatorProfile {
  name: EmulatorProfileName;
  /** Whether `messages/delta` accepts `$expand` of extended properties. */
  deltaExpand: boolean;
  /** Characters of an extended property value a collection returns (null: all). */
  listValueLimit: number | null;
  /** Most items one collection page holds. */
  maxPageSize: number;
}

export const PROFILES: Record<EmulatorProfileName, EmulatorProfile> = {
  default: { name: 'default', deltaExpand: true, listValueLimit: null, maxPageSize: 1000 },
  strict: { name: 'strict', deltaExpand: false, listValueLimit: 255, maxPageSize: 50 },
};

export function profileFor(name: EmulatorProfileName | undefined): EmulatorProfile {
  return PROFILES[name ?? 'default'];
}
