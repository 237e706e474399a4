import type * as MG from '@microsoft/microsoft-graph-types';

/**
 * Answered tracking (SPEC §6): a message counts as answered when mail from the shared mailbox
 * in the same conversation is sent after it. The index holds, per conversation, the send
 * times of the mailbox's sent items — ids and times only, no content. Forwards the worker
 * itself sent to department mailboxes are not answers and are kept apart.
 */

/** Fields read from sent items. */
export const SENT_SELECT = ['id', 'conversationId', 'sentDateTime', 'toRecipients'] as const;

export interface ForwardSeen {
  to: string;
  sentAt: number;
}

export class SentIndex {
  /** Send times (ms) of answers by conversation, kept sorted. */
  private readonly answers = new Map<string, number[]>();
  /** Forwards to department mailboxes by conversation. */
  private readonly forwards = new Map<string, ForwardSeen[]>();
  private readonly seen = new Set<string>();

  /** @param departmentMailboxes addresses the worker forwards to; mail only to them is not an answer. */
  constructor(private departmentMailboxes: ReadonlySet<string>) {}

  /** A new configuration's forward addresses (for sent items indexed from now on). */
  setDepartmentMailboxes(addresses: ReadonlySet<string>): void {
    this.departmentMailboxes = addresses;
  }

  /** Number of sent items indexed. */
  get size(): number {
    return this.seen.size;
  }

  /** Latest answer send time indexed (ms), 0 when none. */
  latest = 0;

  /** Adds a sent item; returns the conversation id when it is a new answer, else null. */
  add(item: MG.Message): string | null {
    const conversation = item.conversationId;
    const sent = item.sentDateTime ? Date.parse(item.sentDateTime) : NaN;
    if (!item.id || !conversation || Number.isNaN(sent) || this.seen.has(item.id)) return null;
    this.seen.add(item.id);
    const to = (item.toRecipients ?? [])
      .map((r) => (r.emailAddress?.address ?? '').toLowerCase())
      .filter((a) => a.length > 0);
    if (to.length > 0 && to.every((a) => this.departmentMailboxes.has(a))) {
      const list = this.forwards.get(conversation) ?? [];
      for (const a of to) list.push({ to: a, sentAt: sent });
      this.forwards.set(conversation, list);
      return null;
    }
    const times = this.answers.get(conversation) ?? [];
    const at = sortedIndex(times, sent);
    times.splice(at, 0, sent);
    this.answers.set(conversation, times);
    this.latest = Math.max(this.latest, sent);
    return conversation;
  }

  /** The first answer sent after `received` in the conversation (ms), or null. */
  answeredAfter(conversationId: string | null | undefined, received: string): number | null {
    if (!conversationId) return null;
    const times = this.answers.get(conversationId);
    if (!times) return null;
    const r = Date.parse(received);
    const at = sortedIndex(times, r + 1); // strictly after receipt
    return at < times.length ? times[at]! : null;
  }

  /** Conversations with an answer sent after `since` (ms). */
  conversationsAnsweredAfter(since: number): string[] {
    const out: string[] = [];
    for (const [conversation, times] of this.answers) if (times[times.length - 1]! > since) out.push(conversation);
    return out;
  }

  /** True when a forward to `to` in the conversation was sent at or after `since` (ms). */
  forwardedSince(conversationId: string | null | undefined, to: string, since: number): boolean {
    if (!conversationId) return false;
    const address = to.toLowerCase();
    return (this.forwards.get(conversationId) ?? []).some((f) => f.to === address && f.sentAt >= since);
  }
}

function sortedIndex(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
