import type { Temporal } from 'temporal-polyfill';
import type { Channel, Kind } from '../vocabulary';

/** One message as the deadline rules see it. */
export interface DeadlineCase {
  channel: Channel;
  kind: Kind;
  /** When the message was received (Graph's `receivedDateTime`). */
  received: Temporal.Instant;
  /** A web form with no reply address (SPEC §1). */
  anonymous: boolean;
}

/** Why a message has no due time. */
export type NoDeadlineReason = 'ej_arende' | 'anonymous';

/** The promise for one message, with the rules that produced it. */
export interface DeadlineOutcome {
  /** The promise, in the calendar's time zone; null for ej_arende and anonymous contacts. */
  due: Temporal.ZonedDateTime | null;
  /** An earlier, softer goal; null when none applies or it is not earlier than due. */
  target: Temporal.ZonedDateTime | null;
  /** Id of the policy rule that produced `due` (`default` for the policy default). */
  dueRule: string | null;
  /** Id of the policy rule that produced `target`. */
  targetRule: string | null;
  /** Ids of every policy rule that matched the message, in policy order. */
  matchedRules: string[];
  reason: NoDeadlineReason | null;
}
