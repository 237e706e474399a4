/** Request counters per mailbox, method and path family (ids replaced by {id}). */

const LITERALS = new Set([
  'mailFolders',
  'childFolders',
  'messages',
  'delta',
  'move',
  'copy',
  'reply',
  'replyAll',
  'createReply',
  'createReplyAll',
  'send',
  'sendMail',
  'outlook',
  'masterCategories',
  '$count',
  '$value',
  '$batch',
  'subscriptions',
]);

export function pathFamily(segments: string[]): string {
  let segs = segments;
  if (segs[0] === 'users') segs = segs.slice(2);
  else if (segs[0] === 'me') segs = segs.slice(1);
  if (segs.length === 0) return segments[0] === 'users' || segments[0] === 'me' ? 'user' : '';
  return segs.map((s) => (LITERALS.has(s) ? s : '{id}')).join('/');
}

export interface MailboxStats {
  requests: Record<string, number>;
  total: number;
  throttled: number;
}

export interface EmulatorStats {
  total: number;
  throttled: number;
  faultsInjected: number;
  notificationsDelivered: number;
  notificationDeliveryFailures: number;
  mailboxes: Record<string, MailboxStats>;
}

export class StatsCollector {
  total = 0;
  throttled = 0;
  private readonly perMailbox = new Map<string, MailboxStats>();

  private bucket(mailbox: string): MailboxStats {
    let b = this.perMailbox.get(mailbox);
    if (!b) {
      b = { requests: {}, total: 0, throttled: 0 };
      this.perMailbox.set(mailbox, b);
    }
    return b;
  }

  record(mailbox: string, method: string, family: string): void {
    this.total++;
    const b = this.bucket(mailbox);
    b.total++;
    const k = `${method} ${family}`;
    b.requests[k] = (b.requests[k] ?? 0) + 1;
  }

  recordThrottled(mailbox: string): void {
    this.throttled++;
    this.bucket(mailbox).throttled++;
  }

  snapshot(extra: { faultsInjected: number; notificationsDelivered: number; notificationDeliveryFailures: number }): EmulatorStats {
    const mailboxes: Record<string, MailboxStats> = {};
    for (const [k, v] of this.perMailbox) mailboxes[k] = { requests: { ...v.requests }, total: v.total, throttled: v.throttled };
    return { total: this.total, throttled: this.throttled, ...extra, mailboxes };
  }

  reset(): void {
    this.total = 0;
    this.throttled = 0;
    this.perMailbox.clear();
  }
}
