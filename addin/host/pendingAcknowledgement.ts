import { writeRoamingSetting, type RoamingSettings } from './roamingSettings';
/**
 * The link between "Svara med besked" in the read pane and the reply it opens: Outlook
 * gives the read pane no handle on the new compose item, so the pane leaves a note in the
 * user's roaming settings (ids and dates only, no mail content) and the on-send script, when it
 * lets that reply go, marks it with the acknowledgement marker (src/core/acknowledgement/marker.ts).
 */

export const PENDING_ACKNOWLEDGEMENT_SETTING = 'svarstid.pendingAcknowledgement';

/** How long a note stays good: an acknowledgement is sent right away or not at all. */
export const PENDING_ACKNOWLEDGEMENT_MS = 12 * 60 * 60 * 1000;

export interface PendingAcknowledgement {
  conversationId: string | null;
  /** The promised time (ISO 8601 with offset, from proposePromise). */
  promised: string;
  /** The date as the reply states it ("tisdag 24 november"): the reply must still say it. */
  phrase: string;
  /** When the reply was opened (ISO 8601). */
  at: string;
}

type Settings = RoamingSettings;

/** Leaves the note. Never fails the action: the mark is a convenience for the worker. */
export function rememberAcknowledgement(settings: Settings | null, pending: PendingAcknowledgement): Promise<void> {
  return writeRoamingSetting(settings, PENDING_ACKNOWLEDGEMENT_SETTING, () => pending);
}

/** The note, when it is for this conversation, still fresh, and the reply still states the date. */
export function matchingAcknowledgement(
  value: unknown,
  compose: { conversationId: string | null; bodyText: string; now: number },
): PendingAcknowledgement | null {
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Partial<PendingAcknowledgement>;
  if (typeof p.promised !== 'string' || typeof p.phrase !== 'string' || typeof p.at !== 'string') return null;
  const at = Date.parse(p.at);
  if (Number.isNaN(at) || compose.now - at > PENDING_ACKNOWLEDGEMENT_MS || compose.now < at - 60_000) return null;
  if (!p.conversationId || p.conversationId !== compose.conversationId) return null;
  if (!compose.bodyText.includes(p.phrase)) return null;
  return { conversationId: p.conversationId, promised: p.promised, phrase: p.phrase, at: p.at };
}
