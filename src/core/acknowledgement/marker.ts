/**
 * The marker Svarstid's acknowledgement action (the add-in's "Svara med besked") sets on the
 * mail it sends: one single-value extended property on the sent item whose value is the promised
 * time. The worker reads it from sent items, so a marked reply is an acknowledgement whatever its
 * text says. The add-in and the worker share this module; the id is a public contract.
 */

/** Id of the extended property the acknowledgement action sets on its sent item. */
export const ACK_PROPERTY_ID = 'String {a79f6576-6d3d-4928-9312-8b8bacdc287c} Name svarstidAck';

/**
 * The name of the marker inside an Outlook add-in's custom properties. Office.js cannot set an
 * arbitrary extended property on the item being composed; it can set custom properties
 * (`item.loadCustomPropertiesAsync` → `set('svarstidAck', promised)` → `saveAsync`), which stay on
 * the sent item and are stored as one JSON string in the extended property
 * `String {00020329-0000-0000-C000-000000000046} Name cecp-<add-in id>` ([MS-OXCEXT] 2.2.5).
 * The worker reads either form: {@link ACK_PROPERTY_ID} (set through Graph) or this one.
 */
export const ACK_CUSTOM_PROPERTY = 'svarstidAck';

/** The extended property id of an add-in's custom properties: lower case, braces and `urn:uuid:` removed. */
export function customPropertiesId(addinId: string): string {
  const id = addinId.toLowerCase().replace(/[{}]/g, '').replace(/^urn:uuid:/, '');
  return `String {00020329-0000-0000-C000-000000000046} Name cecp-${id}`;
}

/** `$expand` value that reads the marker with a sent item (and the add-in's custom properties when its id is given). */
export function ackExpand(addinId?: string): string {
  const ids = [ACK_PROPERTY_ID, ...(addinId ? [customPropertiesId(addinId)] : [])];
  return `singleValueExtendedProperties($filter=${ids.map((id) => `id eq '${id}'`).join(' or ')})`;
}

/** `$expand` value that reads the marker with a sent item. */
export const ACK_EXPAND = ackExpand();

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The marker's value for a promised time: the instant as ISO 8601 with its offset, e.g.
 * `2026-11-27T16:00:00+01:00`. (A JSON object is not used: the value is one fact.)
 */
export function ackMarkerValue(promised: string): string {
  if (!ISO_WITH_OFFSET.test(promised) || Number.isNaN(Date.parse(promised))) {
    throw new RangeError(`the promised time must be ISO 8601 with an offset; got ${JSON.stringify(promised)}`);
  }
  return promised;
}

/**
 * The promised time a marker value carries, or null when the value is not a usable time. The
 * value is the time itself, or an add-in's custom-properties JSON with a `svarstidAck` member.
 */
export function parseAckMarker(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.length > 2500) return null;
  let text = value.trim();
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      const member = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[ACK_CUSTOM_PROPERTY] : undefined;
      if (typeof member !== 'string') return null;
      text = member.trim();
    } catch {
      return null;
    }
  }
  return text.length <= 64 && ISO_WITH_OFFSET.test(text) && !Number.isNaN(Date.parse(text)) ? text : null;
}

const CUSTOM_PROPERTIES_PREFIX = 'string {00020329-0000-0000-c000-000000000046} name cecp-';

/** The marker's value among a sent item's expanded extended properties (either form), if any. */
export function ackMarkerOf(properties: readonly { id?: string | null; value?: string | null }[] | null | undefined): string | null {
  for (const p of properties ?? []) {
    const id = (p.id ?? '').toLowerCase();
    if (id === ACK_PROPERTY_ID.toLowerCase()) return p.value ?? null;
    if (id.startsWith(CUSTOM_PROPERTIES_PREFIX) && parseAckMarker(p.value) !== null) return p.value ?? null;
  }
  return null;
}
