import { writeRoamingSetting, type RoamingSettings } from './roamingSettings';
import type { Named } from '../../src/core/vocabulary';

/**
 * The on-send check runs without network (classic Outlook's JavaScript-only runtime), so it
 * cannot read whether a reply's conversation holds a report of concern. The task pane, which has
 * read the message, leaves a note in the user's roaming settings — conversation ids and the
 * department's name only, no mail content — for each report of concern it shows that nobody has
 * marked as handed on, and removes it when someone has (round 27 of the readers: the box Outlook
 * shows on Send must say it, not only the compose pane a person has to open).
 */
export const OPEN_CONCERNS_SETTING = 'svarstid.openConcerns';

/** At most this many notes are kept (the newest): roaming settings are small (32 KB in all). */
export const OPEN_CONCERNS_MAX = 20;
/** A note older than this is dropped: a report of concern is handed on within hours, not weeks. */
export const OPEN_CONCERN_MS = 14 * 24 * 60 * 60 * 1000;

export interface OpenConcernNote {
  conversationId: string;
  /** The department it goes to, as the configuration names it. */
  to: Named;
  /** When the pane saw it (ISO 8601). */
  at: string;
}

type Settings = RoamingSettings;

function isNote(value: unknown): value is OpenConcernNote {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<OpenConcernNote>;
  return typeof v.conversationId === 'string' && v.conversationId !== '' && typeof v.at === 'string' && typeof v.to === 'object' && v.to !== null && typeof v.to.sv === 'string' && typeof v.to.en === 'string';
}

/** The well-formed, fresh notes of a stored value (anything else is ignored). */
export function openConcernNotes(value: unknown, now: number): OpenConcernNote[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isNote).filter((n) => {
    const at = Date.parse(n.at);
    return !Number.isNaN(at) && now - at <= OPEN_CONCERN_MS && at - now <= 60_000;
  });
}

/** The department a reply in this conversation should hand the report to, when a note says so. */
export function openConcernFor(value: unknown, conversationId: string | null | undefined, now: number): Named | null {
  if (!conversationId) return null;
  return openConcernNotes(value, now).find((n) => n.conversationId === conversationId)?.to ?? null;
}

/**
 * The notes after the pane has shown a message: `open` a report of concern not handed on (noted,
 * newest last), or not (its note, if any, removed). Null when nothing changes.
 */
export function updatedOpenConcerns(value: unknown, conversationId: string, open: Named | null, now: number): OpenConcernNote[] | null {
  const notes = openConcernNotes(value, now);
  const others = notes.filter((n) => n.conversationId !== conversationId);
  if (open === null) return others.length === notes.length && Array.isArray(value) && value.length === notes.length ? null : others;
  return [...others, { conversationId, to: { sv: open.sv, en: open.en }, at: new Date(now).toISOString() }].slice(-OPEN_CONCERNS_MAX);
}

/** Stores the change. Never fails the pane: the note is a convenience for the on-send check. */
export function noteOpenConcern(settings: Settings | null, conversationId: string | null | undefined, open: Named | null, now: number): Promise<void> {
  if (!conversationId) return Promise.resolve();
  return writeRoamingSetting(settings, OPEN_CONCERNS_SETTING, (stored) => updatedOpenConcerns(stored, conversationId, open, now) ?? undefined);
}
