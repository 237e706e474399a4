import type * as MG from '@microsoft/microsoft-graph-types';
import type { SvarstidConfig } from '../core/config/schema';
import { parseMailMessage, type MailMessage } from '../core/message';
import {
  RECORD_EXPAND,
  buildRecord,
  categoriesFor,
  labelPatch,
  parseRecord,
  recordMatches,
  recordTextOf,
  type LabelDecision,
  type LabelPatch,
  type SvarstidRecord,
} from '../core/record';
import { withAcknowledgements, type AckEvent } from '../core/acknowledgement';
import { LABELLED_SELECT } from '../graph/messageFields';

/**
 * Decides, for one inbox message, whether and how to label it — purely, from the message as
 * read (with its record), the assessment the core makes and the answer time. The worker turns
 * a `write` plan into exactly one PATCH.
 */

/** The message fields the worker reads from the inbox: what triage needs, plus flag, categories and the record. */
export const INBOX_SELECT = LABELLED_SELECT;
export { RECORD_EXPAND };

/** Decides triage and deadline for a message (the core's `assessMessage`). */
export type Assessor = (message: MailMessage, config: SvarstidConfig) => LabelDecision;

export type LabelPlan =
  | { action: 'write'; id: string; record: SvarstidRecord; previous: SvarstidRecord | null; patch: LabelPatch; firstLabel: boolean }
  | { action: 'unchanged'; id: string; record: SvarstidRecord }
  | { action: 'invalid'; id: string | null; error: string };

/**
 * True when an open report of concern, labelled automatically, would lose its kind under the
 * decision now made (concern recognition switched off, a rule changed, a new version): it keeps
 * its labels, so it stays first in the queue and among the reports not handed on, or handed on
 * and out of the queue (reader round 29, U3). A person who finds it is no report corrects it.
 */
function keepsConcern(existing: SvarstidRecord | null, decision: LabelDecision): existing is SvarstidRecord {
  return existing !== null && existing.kind === 'orosanmalan' && decision.kind !== 'orosanmalan';
}

/**
 * Plans the labels of one inbox message. `answeredAt` is the first answer's time (ISO) or null;
 * `acks` the acknowledgements sent before it (their promise becomes the deadline, SPEC §6).
 * `current` replaces the record read with the message when the caller knows the message was
 * read before its own latest write (a stale read). `retiredCategories` are categories Svarstid
 * set under an earlier configuration and no longer uses (a renamed department category): an
 * open, automatically labelled message that carries one is relabelled even when its record is
 * unchanged. An open report of concern keeps its labels when the decision would no longer be one
 * (`keepsConcern`).
 */
export function planLabel(
  raw: MG.Message,
  config: SvarstidConfig,
  assess: Assessor,
  answeredAt: string | null,
  current?: SvarstidRecord | null,
  acks: readonly AckEvent[] = [],
  retiredCategories: ReadonlySet<string> = new Set(),
): LabelPlan {
  const parsed = parseMailMessage(raw);
  if (!parsed.ok) return { action: 'invalid', id: parsed.id, error: parsed.error };
  const message = parsed.message;
  const id = message.id;
  if (!id) return { action: 'invalid', id: null, error: 'message without id' };
  const existing = current !== undefined ? current : parseRecord(recordTextOf(raw.singleValueExtendedProperties));

  let wanted: SvarstidRecord;
  let extraCategories: string[] = [];
  let retired: string[] = [];
  if (existing !== null && (existing.source === 'manual' || existing.answeredAt !== null)) {
    // A person's correction is never overwritten, and an answered message is closed:
    // only a first answer time may still be added.
    wanted = { ...existing, answeredAt: existing.answeredAt ?? answeredAt };
  } else {
    let decision: LabelDecision;
    try {
      decision = assess(message, config);
    } catch (error) {
      return { action: 'invalid', id, error: `assessment failed: ${error instanceof Error ? error.name : 'error'}` };
    }
    if (keepsConcern(existing, decision)) {
      // A report of concern the worker once recognised is never turned back into an ordinary
      // matter by a later configuration or a new version: only a person's correction can do that.
      // (an answered record never comes here: it is closed above, so only a first answer time is added)
      wanted = { ...existing, answeredAt };
    } else {
      wanted = buildRecord(decision, 'auto', answeredAt, existing);
      extraCategories = decision.categories;
    }
    retired = (message.categories ?? []).filter((c) => retiredCategories.has(c));
  }
  // Acknowledgements are tracked for every record, a person's corrections included; a promised
  // date a person set is kept in the history.
  wanted = withAcknowledgements(wanted, acks, existing, config.calendar.timeZone);
  if (recordMatches(existing, wanted) && retired.length === 0) return { action: 'unchanged', id, record: existing ?? wanted };

  const patch = labelPatch({
    record: wanted,
    previous: existing,
    received: message.receivedDateTime,
    existingCategories: message.categories ?? [],
    wantedCategories: categoriesFor(config, wanted, extraCategories),
    previousCategories: [...(existing ? categoriesFor(config, existing) : []), ...retired],
  });
  return { action: 'write', id, record: wanted, previous: existing, patch, firstLabel: existing === null };
}
