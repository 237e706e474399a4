import type * as MG from '@microsoft/microsoft-graph-types';
import type { SvarstidConfig } from '../../src/core/config';
import { parseRecord, recordTextOf, RECORD_EXPAND } from '../../src/core/record';
import { Temporal } from 'temporal-polyfill';
import { createWorkingCalendar } from '../../src/core/calendar';
import { handOnToday } from '../../src/core/display';
import { formatHumanDateTime } from '../../src/core/humanTime';
import { checkOutgoingMail, effectiveSenderAddress, plainLanguageHints } from '../../src/core/sender';
import type { GraphMailbox } from '../../src/graph';
import type { ComposePaneActions } from '../../src/ui/compose/ComposePane';
import { plainTextToHtml } from '../../src/ui/html';
import { departmentNames } from '../../src/core/triage/explain';
import type { Named } from '../../src/core/vocabulary';
import { ANSWER_OWED_SESSION_KEY } from '../onsend/onMessageSendHandler';

/** What the compose pane needs from Outlook, as functions. */
export interface ComposeItemHost {
  bodyText(): Promise<string>;
  bodyType(): Promise<'html' | 'text'>;
  /** What Outlook reports as From (not trusted alone). */
  from(): Promise<string | null>;
  /** The owner of the shared mailbox the item is written in, if any. */
  sharedOwner: string | null;
  conversationId: string | null;
  /** Puts the signature in the body's signature place (or at its end). */
  setSignature(content: string, type: 'html' | 'text'): Promise<void>;
  /** Leaves a note on the item for the on-send check (Mailbox 1.11 sessionData). */
  setSessionData(key: string, value: string): Promise<void>;
  /** The Smart Alerts button's context, when it opened the pane. */
  initializationContext(): Promise<string | null>;
}

/** `tisdag 24 november` / `Tuesday 24 November`: the day of an answer-by time, as a promise names it. */
function answerByDay(iso: string | null, timeZone: string): { sv: string; en: string; at: { sv: string; en: string } } | null {
  if (iso === null) return null;
  try {
    const year = Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(new Date(iso)));
    const sv = formatHumanDateTime(iso, timeZone, 'sv', { omitYear: year });
    const en = formatHumanDateTime(iso, timeZone, 'en', { omitYear: year });
    // the day to suggest, and the deadline's own time beside it (reader round 29, U6)
    return { sv: sv.split(' kl. ')[0]!, en: en.split(' at ')[0]!, at: { sv, en } };
  } catch {
    return null;
  }
}

/**
 * The compose pane's actions: read the body, run the core's sender check (SPEC §7) and the
 * klarspråk hints, and insert the standard signature.
 */
export function createComposeActions(deps: { graph: GraphMailbox; config: SvarstidConfig; host: ComposeItemHost }): ComposePaneActions {
  const { graph, config, host } = deps;
  let workingCalendar: ReturnType<typeof createWorkingCalendar> | null = null;
  const calendar = () => (workingCalendar ??= createWorkingCalendar(config.calendar));
  let owed: Promise<boolean> | null = null;
  /** The earliest answer-by time (promised, else due) of the open contacts in the conversation. */
  let answerBy: string | null = null;
  /** The department an open report of concern in the conversation goes to (null when there is none). */
  let openConcern: Named | null = null;

  /** Does this reply answer a contact that is still open (labelled, due, unanswered)? */
  const answerOwed = (): Promise<boolean> =>
    (owed ??= (async () => {
      if (!host.conversationId) return false;
      try {
        const messages = await graph.conversationMessages<MG.Message>(host.conversationId, { select: ['id', 'receivedDateTime'], expand: RECORD_EXPAND });
        const openTimes = messages.flatMap((m) => {
          const r = parseRecord(recordTextOf(m.singleValueExtendedProperties));
          if (r !== null && r.kind === 'orosanmalan' && r.done === undefined) openConcern ??= departmentNames(config, r.department);
          return r !== null && r.due !== null && r.answeredAt === null ? [r.promised ?? r.due] : [];
        });
        const open = openTimes.length > 0;
        answerBy = openTimes.sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null;
        await host.setSessionData(ANSWER_OWED_SESSION_KEY, open ? '1' : '0').catch(() => undefined);
        return open;
      } catch {
        return false;
      }
    })());

  return {
    async check() {
      const [text, from, open] = await Promise.all([host.bodyText(), host.from().catch(() => null), answerOwed()]);
      const sender = effectiveSenderAddress({ from, sharedOwner: host.sharedOwner });
      return {
        sender,
        municipality: config.municipality.name,
        result: checkOutgoingMail({ from: sender, bodyText: text, answersOpenContact: open, answerBy: answerByDay(answerBy, config.calendar.timeZone) }, config),
        hints: plainLanguageHints(text),
        answerOwed: open,
        openConcern,
        concernOnCall: config.municipality.concernOnCall,
        handOnToday: openConcern ? handOnToday(calendar(), Temporal.Now.instant(), config.municipality.concernOnCall) : undefined,
        mode: config.senderCheck.mode,
      };
    },
    async insertSignature() {
      const signature = config.senderCheck.signature ?? `Med vänlig hälsning\n${config.municipality.name}`;
      const type = await host.bodyType();
      await host.setSignature(type === 'html' ? plainTextToHtml(signature) : signature, type);
      return { ok: true, note: { sv: 'Standardsignaturen är infogad.', en: 'The standard signature is inserted.' } };
    },
    async openedForFix() {
      const context = await host.initializationContext();
      if (!context) return false;
      try {
        return (JSON.parse(context) as { fix?: unknown }).fix === 'signature';
      } catch {
        return false;
      }
    },
  };
}
