/**
 * The marker Svarstid's acknowledgement action (the add-in's "Svara med bekräftelse") sets on the
 * mail it sends: one single-value extended property on the sent item whose value is the promised
 * time. The worker reads it from sent items, so a marked reply is an acknowledgement whatever its
 * text says. The add-in and the worker share this module; the id is a public contract.
 */

/** Id of the extended property the acknowledgement action sets on its sent item. */
export const ACK_PROPERTY_ID = 'String {a79f6576-6d3d-4928-9312-8b8bacdc287c} Name svarstidAck';

/** `$expand` value that reads the marker with a sent item. */
export const ACK_EXPAND = `singleValueExtendedProperties($filter=id eq '${ACK_PROPERTY_ID}')`;

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

/** The promised time a marker value carries, or null when the value is not a usable time. */
export function parseAckMarker(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.length > 64) return null;
  const text = value.trim();
  return ISO_WITH_OFFSET.test(text) && !Number.isNaN(Date.parse(text)) ? text : null;
}

/** The marker's value among a sent item's expanded extended properties, if any. */
export function ackMarkerOf(properties: readonly { id?: string | null; value?: string | null }[] | null | undefined): string | null {
  const found = properties?.find((p) => (p.id ?? '').toLowerCase() === ACK_PROPERTY_ID.toLowerCase());
  return found?.value ?? null;
}
