/** Bounds on the work triage does per message (SECURITY rule 2). */

/** Triage reads at most this many characters of body text. */
export const MAX_TEXT_CHARS = 64 * 1024;

/** HTML is markup-heavy: at most this many characters of HTML are converted to text. */
export const MAX_HTML_CHARS = 512 * 1024;

/** At most this many characters of a subject, name or address are read. */
export const MAX_FIELD_CHARS = 1024;

/** At most this many recipients of a list are read. */
export const MAX_RECIPIENTS = 50;
