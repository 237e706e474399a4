/**
 * The demo mailbox (`--seed demo`): a Swedish municipal shared mailbox with ≥150 messages over every
 * channel, kind and department of SPEC §1, dated relative to now (so there is always overdue,
 * due-today and due-this-week mail), with sent replies in some conversations (in time and late)
 * and machine mail. Each inbox message carries the labels it was written for (`expect`).
 */
import type { Channel, DefaultDepartmentId, Kind } from '../core/vocabulary';
import { AREAS, CHILDREN, PEOPLE, replyText, SCHOOLS, STREETS, TEMPLATES, LIVE_TEMPLATE_INDEXES, type Ctx, type Template } from './demoContent';

export const DEMO_VARIANTS = 3;

export interface DemoLabels {
  channel: Channel;
  kind: Kind;
  department: DefaultDepartmentId;
  anonymous: boolean;
}

export interface DemoEntry {
  message: Record<string, unknown>;
  expect: DemoLabels;
  /** Whether the seed put a reply in sent items, and when. */
  answered: 'inTime' | 'late' | null;
}

export interface DemoSeed {
  inbox: DemoEntry[];
  /** Sent replies (Graph messages for the sentitems folder). */
  sent: Record<string, unknown>[];
}

const HOUR = 3_600_000;
const MUNICIPALITY = { name: 'Exempelby kommun', address: 'kommun@exempelby.se' };

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Stepping back over weekdays (holidays are not special here: spread covers them). */
function workingDaysBefore(now: Date, days: number): Date {
  const d = new Date(now.getTime());
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() - 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d;
}

// Offsets in working days and local hours: a spread that always yields overdue, due-today
// and due-this-week mail for 1- and 2-working-day promises, plus evenings and weekends.
const DAY_OFFSETS = [0, 1, 2, 0, 3, 1, 5, 2, 0, 4, 1, 8, 2, 6, 0, 10, 1, 3, 12, 2];
const HOURS_UTC = [7.2, 13.5, 8.1, 9.4, 14.8, 6.5, 10.3, 12.9, 19.6, 8.7, 11.2, 15.4, 21.1, 9.9];

function receivedAt(now: Date, i: number): number {
  const off = DAY_OFFSETS[i % DAY_OFFSETS.length] as number;
  const base = workingDaysBefore(now, off);
  const h = HOURS_UTC[(i * 5) % HOURS_UTC.length] as number;
  base.setUTCHours(Math.floor(h), Math.round((h % 1) * 60) + (i % 7), (i * 13) % 60, 0);
  let t = base.getTime();
  if (i % 17 === 5) t -= 36 * HOUR; // now and then a weekend or late-evening arrival
  if (t > now.getTime() - 5 * 60_000) t = now.getTime() - (20 + (i % 9) * 23) * 60_000;
  return t;
}

function phoneOf(i: number): string {
  const nn = 5 + ((i * 11) % 95);
  return `070-174 06 ${String(nn).padStart(2, '0')}`;
}

function ctxFor(i: number, variant: number, receivedMs: number): Ctx {
  const p = PEOPLE[(i * 7 + variant * 5) % PEOPLE.length] as (typeof PEOPLE)[number];
  const yy = String(40 + ((i * 3 + variant) % 45)).padStart(2, '0');
  const mm = String(1 + ((i + variant) % 12)).padStart(2, '0');
  const dd = String(1 + ((i * 2 + variant) % 28)).padStart(2, '0');
  return {
    p,
    phone: phoneOf(i * 3 + variant),
    street: STREETS[(i + variant * 3) % STREETS.length] as string,
    area: AREAS[(i * 2 + variant) % AREAS.length] as string,
    school: SCHOOLS[(i + variant) % SCHOOLS.length] as string,
    child: CHILDREN[(i * 3 + variant) % CHILDREN.length] as string,
    pnr: `${yy}${mm}${dd}-0000`,
    date: new Date(receivedMs).toISOString().slice(0, 10),
    n: i * DEMO_VARIANTS + variant,
  };
}

function htmlOf(text: string): string {
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div>${esc.split('\n').join('<br>\r\n')}</div></body></html>`;
}

function webFormHtml(t: Template, c: Ctx, anonymous: boolean): string {
  const rows = t
    .text(c)
    .split('\n')
    .map((line) => {
      const k = line.indexOf(':');
      return k > 0 ? [line.slice(0, k), line.slice(k + 1).trim()] : ['', line];
    });
  rows.push(['Namn', anonymous ? 'Anonym' : `${c.p.first} ${c.p.last}`], ['E-post', anonymous ? '(ej angiven)' : c.p.email]);
  const tr = rows.map(([k, v]) => `<tr><td style="font-weight:bold;padding:4px 12px 4px 0">${k}</td><td>${(v ?? '').replace(/</g, '&lt;')}</td></tr>`).join('');
  return `<html><body><h2>${t.form ?? 'Kontakta oss'}</h2><p>Ett nytt ärende har skickats in via e-tjänsten på exempelby.se.</p><table>${tr}</table><p style="font-size:11px">Detta meddelande är automatiskt genererat. Svara inte till avsändaradressen.</p></body></html>`;
}

const rcpt = (name: string, address: string): { emailAddress: { name: string; address: string } } => ({ emailAddress: { name, address } });

/** One Graph message for template `t`, variant `variant`, global index `i`. */
export function demoMessage(t: Template, i: number, variant: number, receivedMs: number, mailbox: string): { message: Record<string, unknown>; ctx: Ctx; replyTo: { name: string; address: string } | null } {
  const c = ctxFor(i, variant, receivedMs);
  const to = [rcpt(MUNICIPALITY.name, mailbox)];
  let from = rcpt(`${c.p.first} ${c.p.last}`, c.p.email);
  let replyTo: { emailAddress: { name: string; address: string } }[] = [];
  let body: { contentType: 'text' | 'html'; content: string };
  const text = t.text(c);
  let hasAttachments = false;
  switch (t.channel) {
    case 'telefon':
      from = rcpt('Växeln Exempelby kommun', 'vaxel@exempelby.se');
      body = { contentType: 'text', content: text };
      hasAttachments = !t.callNote;
      break;
    case 'sms': {
      from = rcpt('SMS-tjänsten', 'sms@exempelby.se');
      const digits = c.phone.replace(/\D/g, '').replace(/^0/, '46');
      if (t.kind !== 'ej_arende') replyTo = [rcpt(c.phone, `${digits}@sms.exempelby.se`)];
      body = { contentType: 'text', content: text };
      break;
    }
    case 'post':
      from = rcpt('Skanner Registraturen', 'skanner@exempelby.se');
      body = { contentType: 'text', content: `OCR-text:\n\n${text}` };
      hasAttachments = true;
      break;
    case 'webb':
      from = rcpt('Exempelby kommun e-tjänster', 'no-reply@e-tjanst.exempelby.se');
      if (!t.anonymous) replyTo = [rcpt(`${c.p.first} ${c.p.last}`, c.p.email)];
      body = { contentType: 'html', content: webFormHtml(t, c, t.anonymous === true) };
      break;
    default:
      if (t.machine) from = rcpt(t.machine.name, t.machine.address);
      body = t.html ? { contentType: 'html', content: htmlOf(text) } : { contentType: 'text', content: text };
  }
  const sent = receivedMs - (30 + (i % 50)) * 1000;
  const message: Record<string, unknown> = {
    subject: t.subject(c),
    body,
    from,
    sender: from,
    toRecipients: to,
    ccRecipients: [],
    bccRecipients: [],
    replyTo,
    receivedDateTime: iso(receivedMs),
    sentDateTime: iso(sent),
    createdDateTime: iso(receivedMs + 1000),
    lastModifiedDateTime: iso(receivedMs + 1000),
    hasAttachments,
    importance: t.importance ?? 'normal',
    isRead: (i % 4 === 0) || receivedMs < Date.now() - 5 * 24 * HOUR,
    conversationId: `AAQkADdemo${String(i * DEMO_VARIANTS + variant).padStart(4, '0')}AQA${Buffer.from(`demo-${i}-${variant}`).toString('base64url')}=`,
    internetMessageId: `<demo.${i}.${variant}.${receivedMs}@${(from.emailAddress.address.split('@')[1] ?? 'mejl.example')}>`,
    categories: [],
    flag: { flagStatus: 'notFlagged' },
  };
  const answerTo = t.machine || t.kind === 'ej_arende' || t.anonymous || t.channel === 'post' || t.channel === 'telefon' ? null : (replyTo[0] ?? from).emailAddress;
  return { message, ctx: c, replyTo: answerTo };
}

export function buildDemoSeed(now: Date, mailbox = MUNICIPALITY.address): DemoSeed {
  const inbox: DemoEntry[] = [];
  const sent: Record<string, unknown>[] = [];
  let i = 0;
  for (let variant = 0; variant < DEMO_VARIANTS; variant++) {
    for (const t of TEMPLATES) {
      const received = receivedAt(now, i);
      const { message, ctx, replyTo } = demoMessage(t, TEMPLATES.indexOf(t), variant, received, mailbox);
      let answered: DemoEntry['answered'] = null;
      if (replyTo) {
        let sentAt: number | null = null;
        if (i % 5 === 1) {
          sentAt = received + 2 * HOUR + (i % 3) * 17 * 60_000;
          answered = 'inTime';
        } else if (i % 7 === 3) {
          sentAt = received + 6 * 24 * HOUR;
          answered = 'late';
        }
        if (sentAt !== null && sentAt < now.getTime() - 10 * 60_000) {
          sent.push({
            subject: `SV: ${String(message['subject'])}`,
            body: { contentType: 'text', content: `${replyText(ctx)}\n\n-----\n${String((message['body'] as { content: string }).content).slice(0, 400)}` },
            from: rcpt(MUNICIPALITY.name, mailbox),
            sender: rcpt(MUNICIPALITY.name, mailbox),
            toRecipients: [rcpt(replyTo.name, replyTo.address)],
            ccRecipients: [],
            bccRecipients: [],
            replyTo: [],
            receivedDateTime: iso(sentAt),
            sentDateTime: iso(sentAt),
            createdDateTime: iso(sentAt - 120_000),
            lastModifiedDateTime: iso(sentAt),
            isRead: true,
            conversationId: message['conversationId'],
            internetMessageId: `<reply.${i}.${sentAt}@exempelby.se>`,
          });
        } else {
          answered = null;
        }
      }
      inbox.push({
        message,
        expect: { channel: t.channel, kind: t.kind, department: t.department, anonymous: t.channel === 'webb' && t.anonymous === true },
        answered,
      });
      i++;
    }
  }
  return { inbox, sent };
}

/** JSON lines `{"message": …, "expect": …}` of the demo inbox (same format as the dev corpus). */
export function demoSeedLines(now: Date, mailbox = MUNICIPALITY.address): string {
  return buildDemoSeed(now, mailbox)
    .inbox.map((e) => JSON.stringify({ message: e.message, expect: e.expect }))
    .join('\n');
}

/** A new message for live mode (server-set fields are filled in on delivery). */
export function demoLiveMessage(n: number, now: Date): Record<string, unknown> {
  const idx = LIVE_TEMPLATE_INDEXES[n % LIVE_TEMPLATE_INDEXES.length] as number;
  const t = TEMPLATES[idx] as Template;
  const { message } = demoMessage(t, idx, 10 + n, now.getTime(), MUNICIPALITY.address);
  const out: Record<string, unknown> = { ...message };
  for (const k of ['receivedDateTime', 'sentDateTime', 'createdDateTime', 'lastModifiedDateTime', 'conversationId', 'internetMessageId', 'isRead']) delete out[k];
  return out;
}
