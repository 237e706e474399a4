/** Bounds on the work triage does per message (SECURITY rule 2). */

/** Triage reads at most this many characters of body text. */
export const MAX_TEXT_CHARS = 64 * 1024;

/**
 * At most this many characters of HTML are read. Markup is skipped cheaply (the work is linear) and
 * does not count against {@link MAX_TEXT_CHARS}, so text behind heavy markup is still read; a body
 * longer than this is marked as not read in full, never as empty.
 */
export const MAX_HTML_CHARS = 16 * 1024 * 1024;

/** At most this many characters of a subject, name or address are read. */
export const MAX_FIELD_CHARS = 1024;

/** At most this many recipients of a list are read. */
export const MAX_RECIPIENTS = 50;
