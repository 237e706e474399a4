import { Temporal } from 'temporal-polyfill';
import { createWorkingCalendar, type WorkingCalendar } from '../../src/core/calendar';
import type { SvarstidConfig } from '../../src/core/config';
import { formatDateText } from '../../src/core/display/describeDue';
import { joinList } from '../../src/core/text/joinList';
import type { ManualChange } from '../../src/core/manualLabel';
import { parseMailMessage, type MailMessage } from '../../src/core/message';
import { renderAcknowledgement } from '../../src/core/sender/acknowledgement';
import { choosePromise } from '../../src/core/acknowledgement/chosenPromise';
import { setPromisedPatch } from '../../src/core/acknowledgement/history';
import type { LabelDecision, SvarstidRecord } from '../../src/core/record';
import type { Named } from '../../src/core/vocabulary';
import { isConflict, readMessageWithRecord, routeMessage, writeMessageLabel, type GraphMailbox, type MessageWithRecord } from '../../src/graph';
import type { RecordLike } from '../../src/ui/RecordView';
import { departmentName } from '../../src/ui/RecordView';
import type { ActionOutcome, TaskPaneActions, TaskPaneData } from '../../src/ui/taskpane/TaskPane';
import { plainTextToHtml } from '../../src/ui/html';
import type { ItemMailbox, MailboxUser } from '../host/mailboxHost';
import { noteOpenConcern } from '../host/openConcerns';
import { rememberAcknowledgement } from '../host/pendingAcknowledgement';
import type * as LazyCoreModule from './lazyCore';

/**
 * The task pane's actions for one open message: read through src/graph, decide with src/core,
 * write back in one PATCH guarded by the message's ETag. A person's correction is written as a
 * `source: "manual"` record the worker respects; a claim adds only the `handler`.
 */

/** What the actions need from Outlook, as functions (the page passes Office's, tests pass fakes). */
export interface ReadItemHost {
  /** The message's Graph id (convertToRestId of the item id). */
  messageId: string;
  conversationId: string | null;
  mailbox: ItemMailbox;
  user: MailboxUser;
  /** `Office.context.mailbox.item.displayReplyForm` with an HTML body. */
  displayReplyForm(html: string): void;
  /** Per-user settings that roam with the mailbox (the on-send script reads them too). */
  roamingSettings: Pick<Office.RoamingSettings, 'get' | 'set' | 'saveAsync'> | null;
}

/**
 * The core's heavier work — triage on the spot, rule names, planning a change. The page passes a
 * loader that fetches it as its own chunk after the pane has shown the deadline, so the first
 * view stays small; tests pass the module itself.
 */
export type LazyCore = typeof LazyCoreModule;

const calendars = new WeakMap<SvarstidConfig, WorkingCalendar>();
function calendarFor(config: SvarstidConfig): WorkingCalendar {
  let c = calendars.get(config);
  if (!c) calendars.set(config, (c = createWorkingCalendar(config.calendar)));
  return c;
}

/** A failure that is the person's to know about, in words. */
class PaneError extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'PaneError';
  }
}

interface Loaded {
  read: MessageWithRecord;
  mail: MailMessage;
  assessed: (LabelDecision & { triageExplanation: Named; anonymous: boolean }) | null;
}

export function createTaskPaneActions(deps: {
  graph: GraphMailbox;
  config: SvarstidConfig;
  host: ReadItemHost;
  loadCore: () => Promise<LazyCore>;
  now?: () => Temporal.Instant;
}): TaskPaneActions {
  const { graph, config, host } = deps;
  let core: Promise<LazyCore> | null = null;
  const loadLazyCore = (): Promise<LazyCore> => (core ??= deps.loadCore());
  const now = deps.now ?? (() => Temporal.Now.instant());
  const calendar = calendarFor(config);
  let messageId = host.messageId;
  let last: Loaded | null = null;

  async function read(): Promise<Loaded> {
    const read = await readMessageWithRecord(graph, messageId);
    messageId = read.message.id;
    const parsed = parseMailMessage(read.message);
    if (!parsed.ok) throw new PaneError('Meddelandet kunde inte läsas.', 'The message could not be read.');
    let assessed: Loaded['assessed'] = null;
    if (read.record === null) {
      const core = await loadLazyCore();
      assessed = core.assessNow(parsed.message, config);
    }
    last = { read, mail: parsed.message, assessed };
    return last;
  }

  function viewOf(loaded: Loaded): RecordLike {
    const r = loaded.read.record;
    if (r) return { ...r, ...(r.handler ? { handler: r.handler } : {}), uncertain: r.uncertain === true };
    const a = loaded.assessed!;
    return { channel: a.channel, kind: a.kind, department: a.department, due: a.due, target: a.target, answeredAt: null, source: 'assessed', uncertain: a.uncertain === true };
  }

  async function anonymousOf(loaded: Loaded): Promise<boolean> {
    if (loaded.assessed) return loaded.assessed.anonymous;
    const core = await loadLazyCore();
    return core.anonymousNow(loaded.mail, loaded.read.record!.channel, config);
  }

  /**
   * Reads, plans and writes one change; when someone wrote between the read and the write (412),
   * reads again and tries once more — unless `stillWanted` says the change no longer makes sense.
   */
  async function write(change: (loaded: Loaded) => ManualChange, stillWanted: (loaded: Loaded) => Named | null): Promise<SvarstidRecord> {
    for (let attempt = 0; ; attempt++) {
      const loaded = await read();
      const refusal = stillWanted(loaded);
      if (refusal) throw new PaneError(refusal.sv, refusal.en);
      const core = await loadLazyCore();
      const plan = core.planManualLabel({
        current: loaded.read.record,
        assessed: loaded.assessed,
        received: loaded.mail.receivedDateTime,
        anonymous: await anonymousOf(loaded),
        existingCategories: loaded.read.message.categories ?? [],
        change: change(loaded),
        config,
      });
      try {
        await writeMessageLabel(graph, messageId, plan.patch, loaded.read.etag);
      } catch (error) {
        if (isConflict(error) && attempt === 0) continue;
        if (isConflict(error)) throw new PaneError('Någon annan ändrade meddelandet samtidigt. Se det aktuella läget och försök igen.', 'Someone else changed the message at the same time. Look at the current state and try again.');
        throw error;
      }
      // Route after the label is written: a message that cannot be forwarded is not moved.
      const dept = config.departments.find((d) => d.id === plan.record.department);
      for (const action of plan.route) {
        try {
          await routeMessage(graph, messageId, dept!, action);
        } catch {
          throw new PaneError(
            `Förvaltningen är ändrad, men meddelandet kunde inte ${action === 'forward' ? 'vidarebefordras' : 'flyttas'}. Gör det för hand.`,
            `The department is changed, but the message could not be ${action === 'forward' ? 'forwarded' : 'moved'}. Please do it by hand.`,
          );
        }
      }
      return plan.record;
    }
  }

  const me = (): { name: string; at: string } => ({ name: host.user.name, at: now().toZonedDateTimeISO(calendar.timeZone).toString({ timeZoneName: 'never', smallestUnit: 'second' }) });
  const deptName = (id: string): Named => departmentName(config, id);

  async function claim(takeOver: boolean): Promise<SvarstidRecord> {
    const expected = last ? (viewOf(last).handler?.name ?? null) : null;
    return write(
      () => ({ type: 'claim', handler: me() }),
      (loaded) => {
        const holder = viewOf(loaded).handler?.name ?? null;
        if (holder === host.user.name) return null;
        // Someone claimed it after this pane showed it: do not take it from them unasked.
        if (holder !== null && (!takeOver || holder !== expected)) {
          return { sv: `${holder} hann före och har redan tagit det här ärendet.`, en: `${holder} got there first and is already handling this.` };
        }
        return null;
      },
    );
  }

  const outcome = async (what: () => Promise<Named>): Promise<ActionOutcome> => ({ ok: true, note: await what() });
  /** Tells the on-send check whether a reply in this conversation would answer a report of concern not handed on. */
  const noteConcern = (view: Pick<RecordLike, 'kind' | 'department' | 'done'>): Promise<void> =>
    noteOpenConcern(host.roamingSettings, host.conversationId, view.kind === 'orosanmalan' && view.done === undefined ? departmentName(config, view.department) : null, now().epochMilliseconds);

  return {
    async load(): Promise<TaskPaneData> {
      const loaded = await read();
      const view = viewOf(loaded);
      await noteConcern(view);
      return { subject: loaded.read.message.subject ?? '', view, config, calendar, userName: host.user.name, mailbox: host.mailbox };
    },

    async reasons(data: TaskPaneData): Promise<Named[]> {
      const core = await loadLazyCore();
      const loaded = last;
      if (!loaded) return [];
      return core.reasonsFor({ record: loaded.read.record, mail: loaded.mail, config, assessedKind: data.view.kind });
    },

    changeDepartment: (department) =>
      outcome(async () => {
        const record = await write(() => ({ type: 'department', department }), () => null);
        const name = deptName(record.department);
        // what was done, as the department's routing says: its category, a move, a forward (round 20)
        const dept = config.departments.find((d) => d.id === record.department);
        const actions = dept?.routing.actions ?? [];
        const done = {
          sv: [`märkt ${dept?.category ?? name.sv}`, ...(actions.includes('move') ? [`flyttat till mappen ${dept?.routing.folder ?? ''}`] : []), ...(actions.includes('forward') ? [`vidarebefordrat till ${dept?.routing.forwardTo ?? ''}`] : [])],
          en: [`labelled ${dept?.category ?? name.en}`, ...(actions.includes('move') ? [`moved to the folder ${dept?.routing.folder ?? ''}`] : []), ...(actions.includes('forward') ? [`forwarded to ${dept?.routing.forwardTo ?? ''}`] : [])],
        };
        const forwarded = actions.includes('forward')
          ? {
              sv: ' Svar som förvaltningen skickar därifrån syns inte i Svarstid: markera Besvarat på annat sätt när de har svarat.',
              en: ' Replies the department sends from there are not seen by Svarstid: mark Answered another way once they have replied.',
            }
          : { sv: '', en: '' };
        return {
          sv: `Meddelandet går nu till ${name.sv}: ${joinList(done.sv, 'och')}.${forwarded.sv}`,
          en: `The message now goes to ${name.en}: ${joinList(done.en, 'and')}.${forwarded.en}`,
        };
      }),

    changeKind: (kind) =>
      outcome(async () => {
        const record = await write(() => ({ type: 'kind', kind }), () => null);
        const due = record.due ? formatDateText(record.due, calendar.timeZone, { now: now() }) : null;
        return due
          ? { sv: `Ärendetypen är ändrad. Svar senast ${due.sv}.`, en: `The case type has been changed. Answer by ${due.en}.` }
          : { sv: 'Ärendetypen är ändrad. Ingen svarstid.', en: 'The case type has been changed. No deadline.' };
      }),

    markNotACase: () =>
      outcome(async () => {
        await write(() => ({ type: 'notACase' }), () => null);
        return { sv: 'Markerat som inget ärende: ingen svarstid.', en: 'Marked as not a case: no deadline.' };
      }),

    claim: (takeOver) =>
      outcome(async () => {
        await claim(takeOver);
        return { sv: 'Du har ärendet nu. Kollegorna ser att du handlägger meddelandet.', en: 'You have claimed it. Your colleagues see that you are handling it.' };
      }),

    markDone: () =>
      outcome(async () => {
        const record = await write(
          () => ({ type: 'done', by: me() }),
          (loaded) => {
            const view = viewOf(loaded);
            // (awaitsHandOn in src/core/record.ts, written out: the pane's first chunk does not load the record schema)
            if (view.answeredAt !== null && !(view.kind === 'orosanmalan' && view.done === undefined)) return { sv: 'Meddelandet är redan besvarat.', en: 'The message has already been answered.' };
            if (view.kind === 'ej_arende') return { sv: 'Meddelandet är inget ärende: det finns inget att markera.', en: 'The message is not a case: there is nothing to mark.' };
            return null;
          },
        );
        if (record.due === null) return { sv: 'Markerat som klart: det står inte längre i kön.', en: 'Marked as done: it is no longer in the queue.' };
        // a report of concern that a reply had already answered: now it is handed on as well
        if (record.kind === 'orosanmalan' && record.done !== undefined && record.answeredAt !== record.done.at) {
          return { sv: 'Orosanmälan är markerad som lämnad vidare och står inte längre bland dem som inte är lämnade.', en: 'The report of concern is marked as handed on and is no longer among those not handed on.' };
        }
        // in time against the deadline in force (the promise once there is one), as the queue says
        const inTime = Date.parse(record.answeredAt!) <= Date.parse(record.promised ?? record.due);
        if (record.kind === 'orosanmalan') {
          return inTime
            ? { sv: 'Orosanmälan är markerad som lämnad vidare i tid och tas bort ur kön.', en: 'The report of concern is marked as handed on in time and is removed from the queue.' }
            : { sv: 'Orosanmälan är markerad som lämnad vidare, men för sent: den tas bort ur kön och räknas som sent hanterad.', en: 'The report of concern is marked as handed on, but late: it is removed from the queue and counts as handled late.' };
        }
        return inTime
          ? { sv: 'Markerat som besvarat på annat sätt, i tid: ärendet lämnar kön.', en: 'Marked as answered another way, in time: the case leaves the queue.' }
          : { sv: 'Markerat som besvarat på annat sätt, efter svarstiden: ärendet lämnar kön och räknas som sent besvarat.', en: 'Marked as answered another way, after the deadline: the case leaves the queue and counts as answered late.' };
      }),

    setPromised: (date) =>
      outcome(async () => {
        // A promise a person sets is a working day ahead (src/core/acknowledgement/chosenPromise.ts),
        // written with the flag in one PATCH; a colleague's write in between: read again, once.
        for (let attempt = 0; ; attempt++) {
          const loaded = await read();
          const record = loaded.read.record;
          if (record === null) throw new PaneError('Svarstid har inte märkt meddelandet än. Försök igen om en stund.', 'Svarstid has not labelled this message yet. Try again in a moment.');
          if (record.answeredAt !== null) throw new PaneError('Meddelandet är redan besvarat.', 'The message has already been answered.');
          const chosen = choosePromise(date, now(), calendar);
          if (!chosen.ok) throw new PaneError(chosen.problem.sv, chosen.problem.en);
          const { patch } = setPromisedPatch(record, chosen.promised, now().toString(), loaded.mail.receivedDateTime, calendar.timeZone, host.user.name);
          try {
            await writeMessageLabel(graph, messageId, patch, loaded.read.etag);
          } catch (error) {
            if (isConflict(error) && attempt === 0) continue;
            if (isConflict(error)) throw new PaneError('Någon annan ändrade meddelandet samtidigt. Se det aktuella läget och försök igen.', 'Someone else changed the message at the same time. Look at the current state and try again.');
            throw error;
          }
          const day = formatDateText(chosen.promised, calendar.timeZone, { now: now() });
          return {
            sv: `Datumet är sparat: svar senast ${day.sv}. Flaggan i Outlook och kön följer nu det datumet. Invånaren har inte fått det av Svarstid: har du inte redan skrivit det i ett svar, gör det nu eller välj Svara med besked.`,
            en: `The date is saved: answer by ${day.en}. The Outlook flag and the queue now follow this date. Svarstid has not told the resident: if you have not already written it in a reply, do so now or choose Reply with a notice.`,
          };
        }
      }),

    acknowledge: () =>
      outcome(async () => {
        let loaded = last ?? (await read());
        let view = viewOf(loaded);
        // Naming yourself as handler to the citizen is claiming the message.
        if (!view.handler) {
          await claim(false);
          loaded = last!;
          view = viewOf(loaded);
        }
        if (view.due === null) throw new PaneError('Meddelandet har ingen svarstid att lova.', 'The message has no deadline to promise.');
        // The date to promise: one that will hold, from the policy (src/core/acknowledgement/proposePromise.ts).
        const core = await loadLazyCore();
        const record = loaded.read.record;
        // a date the officer already promised (Sätt utlovat datum) is the one the notice repeats;
        // else one that will hold, from the policy
        const setByOfficer = record?.promised && Date.parse(record.promised) > now().epochMilliseconds ? record.promised : null;
        const promised =
          setByOfficer ??
          core.proposePromise(
            { kind: view.kind, channel: view.channel, due: view.due, ...(record?.ackMeetsDue !== undefined ? { ackMeetsDue: record.ackMeetsDue } : {}) },
            now().toString(),
            config,
          ).promised;
        const promise = formatDateText(promised, calendar.timeZone, { month: 'long', time: false, now: now() }).sv;
        const text = renderAcknowledgement(config.senderCheck.acknowledgement, {
          kommun: config.municipality.name,
          svar_senast: promise,
          handlaggare: view.handler?.name ?? host.user.name,
          avdelning: deptName(view.department).sv,
        });
        await rememberAcknowledgement(host.roamingSettings, { conversationId: host.conversationId, promised, phrase: promise, at: now().toString() });
        host.displayReplyForm(plainTextToHtml(text));
        return {
          sv: `Ett svar med besked är öppnat. Det nämner ${config.municipality.name} och att svar kommer senast ${promise}; läs igenom det och skicka.`,
          en: `A reply with a notice is open. It names ${config.municipality.name} and promises an answer by ${promise}; check it and send it.`,
        };
      }),
  };
}

