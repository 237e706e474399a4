import {
  Button,
  Divider,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Temporal } from 'temporal-polyfill';
import type { WorkingCalendar } from '../../core/calendar';
import { noticeAndDue, promiseAgainstDue } from '../../core/acknowledgement';
import type { SvarstidConfig } from '../../core/config';
import { closedAllDayToday, closingToday, concernOnCallMissing, handOnToday, formatDateText } from '../../core/display';
import type { Kind, Named } from '../../core/vocabulary';
import { describeError } from '../describeError';
import { useText } from '../i18n';
import { DepartmentPicker, KindPicker } from '../pickers';
import { departmentName, RecordView, type RecordLike } from '../RecordView';

/** What the task pane shows for the open message. */
export interface TaskPaneData {
  subject: string;
  /** The stored record, or the core's assessment when the worker has not labelled the message. */
  view: RecordLike;
  config: SvarstidConfig;
  calendar: WorkingCalendar;
  /** The signed-in person ("Jag tar det" writes this name). */
  userName: string;
  /** The mailbox the message lives in; `shared` when opened as a delegate. */
  mailbox: { address: string; shared: boolean };
}

/** The result of one action: what to tell the person. */
export type ActionOutcome = { ok: true; note: Named } | { ok: false; error: Named };

/**
 * The host calls the pane makes, passed in as functions (Microsoft's TaskPane-React passes
 * `insertText` the same way): the page wires them to Office, src/graph and src/core.
 */
export interface TaskPaneActions {
  load(): Promise<TaskPaneData>;
  /** Why: read lazily (the rule names and the on-the-spot triage load as their own chunk). */
  reasons(data: TaskPaneData): Promise<Named[]>;
  changeDepartment(department: string): Promise<ActionOutcome>;
  changeKind(kind: Kind): Promise<ActionOutcome>;
  markNotACase(): Promise<ActionOutcome>;
  /** "Jag tar det"; `takeOver` when someone else holds it. */
  claim(takeOver: boolean): Promise<ActionOutcome>;
  /** "Svara med besked": opens a reply with the acknowledgement. */
  acknowledge(): Promise<ActionOutcome>;
  /** Sets or corrects the promised date (`YYYY-MM-DD`); a past or closed day is refused with the reason. */
  setPromised?(date: string): Promise<ActionOutcome>;
  /**
   * "Markera som klar" (an anonymous contact, without a deadline, is dealt with) or "Besvarat på
   * annat sätt" (answered by phone, letter or a visit): the message leaves the open queue.
   */
  markDone?(): Promise<ActionOutcome>;
  /** Outlook tells a pinned pane when another message is selected. */
  onItemChanged?(listener: () => void): () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL, maxWidth: '36rem' },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  change: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', rowGap: tokens.spacingVerticalS },
  grow: { flexGrow: 1, minWidth: '12rem' },
});

type Busy = null | 'claim' | 'ack' | 'promise' | 'department' | 'kind' | 'notACase' | 'done';

/** The read-mode task pane: the deadline, the reasons and the actions for the open message. */
export function TaskPane({ actions }: { actions: TaskPaneActions }): ReactNode {
  const t = useText();
  const styles = useStyles();
  const [data, setData] = useState<TaskPaneData | null>(null);
  const [loadError, setLoadError] = useState<Named | null>(null);
  const [reasons, setReasons] = useState<Named[] | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: Named } | null>(null);
  const [department, setDepartment] = useState('');
  const [kind, setKind] = useState<Kind>('fraga');
  const [promiseDate, setPromiseDate] = useState('');
  const [now, setNow] = useState(() => Temporal.Now.instant());
  // a pane left open over closing time or midnight: today's hand-on sentence and the times follow the clock
  useEffect(() => {
    const id = setInterval(() => setNow(Temporal.Now.instant()), 60_000);
    return () => clearInterval(id);
  }, []);
  const generation = useRef(0);
  const actionsRef = useRef<HTMLElement>(null);

  const load = useCallback(async (): Promise<void> => {
    const mine = ++generation.current;
    setLoadError(null);
    setReasons(null);
    try {
      const loaded = await actions.load();
      if (mine !== generation.current) return;
      setData(loaded);
      setNow(Temporal.Now.instant());
      setDepartment(loaded.view.department);
      setKind(loaded.view.kind === 'ej_arende' ? 'fraga' : loaded.view.kind);
      setPromiseDate(loaded.view.promised ? Temporal.Instant.from(loaded.view.promised).toZonedDateTimeISO(loaded.calendar.timeZone).toPlainDate().toString() : '');
    } catch (error) {
      if (mine !== generation.current) return;
      setData(null);
      setLoadError(describeError(error));
    }
  }, [actions]);

  // The reasons load after the deadline is on screen (their chunk holds triage and the rule names).
  useEffect(() => {
    if (!data) return;
    const mine = generation.current;
    actions.reasons(data).then(
      (r) => mine === generation.current && setReasons(r),
      () => mine === generation.current && setReasons([]),
    );
  }, [actions, data]);

  useEffect(() => {
    void load();
    const off = actions.onItemChanged?.(() => {
      setMessage(null);
      void load();
    });
    return off;
  }, [actions, load]);

  const run = async (what: Exclude<Busy, null>, action: () => Promise<ActionOutcome>): Promise<void> => {
    setBusy(what);
    setMessage(null);
    try {
      const outcome = await action();
      setMessage(outcome.ok ? { intent: 'success', text: outcome.note } : { intent: 'error', text: outcome.error });
    } catch (error) {
      setMessage({ intent: 'error', text: describeError(error) });
    } finally {
      setBusy(null);
    }
    refocus.current = true;
    await load();
  };

  // Keep keyboard users in the actions: if the button they used is gone (the claim button after
  // a claim), focus goes to the first action instead of the top of the page.
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const section = actionsRef.current;
    if (section && !section.contains(document.activeElement)) section.querySelector<HTMLButtonElement>('button')?.focus();
  }, [data]);

  if (loadError) {
    return (
      <main className={styles.root}>
        <MessageBar intent="error">
          <MessageBarBody>{t(loadError)}</MessageBarBody>
        </MessageBar>
        <div>
          <Button onClick={() => void load()}>{t({ sv: 'Försök igen', en: 'Try again' })}</Button>
        </div>
      </main>
    );
  }
  if (!data) {
    return (
      <main className={styles.root} aria-busy="true">
        <Spinner label={t({ sv: 'Hämtar meddelandet …', en: 'Loading the message …' })} />
      </main>
    );
  }

  const { view, config, calendar } = data;
  const handler = view.handler ?? null;
  const mine = handler !== null && handler.name === data.userName;
  const claimedAt = handler ? t(formatDateText(handler.at, calendar.timeZone, { now })) : '';
  // Buttons that cannot act now (an action runs, nothing to change) stay focusable but inert
  // (aria-disabled): keyboard focus is never thrown away, and screen readers still find them.
  const waiting = busy !== null;
  // Round 18: a date after the deadline moves the queue, not the statistics; say so where it is chosen.
  const noticeRule = view.answeredAt === null ? noticeAndDue(view, calendar, now) : null;
  const promiseLate = promiseDate === '' ? null : promiseAgainstDue(promiseDate, view, now, calendar);
  // a report of concern is closed by handing it on, not by "answered another way" (round 21 of the readers)
  const concern = view.kind === 'orosanmalan';
  const concernTo = departmentName(config, view.department); // the department the message is labelled with
  const onCallMissing = concernOnCallMissing(config.municipality.concernOnCall);
  const today = handOnToday(calendar, now, config.municipality.concernOnCall);
  const closing = closingAction(concern, concernTo, closedAllDayToday(calendar, now) ? null : closingToday(calendar, now));
  // answered by a reply (a receipt, a thank-you) but not marked as handed on: an answer is not handing it on (round 27)
  const notHandedOn = concern && view.answeredAt !== null && view.done === undefined;

  return (
    <main className={styles.root} data-testid="taskpane" data-ready="true">
      <header className={styles.header}>
        <Text as="h1" block size={500} weight="semibold" style={{ margin: 0 }}>
          Svarstid
        </Text>
        <Text size={200} data-testid="mailbox" data-shared={data.mailbox.shared}>
          {data.mailbox.shared
            ? t({ sv: `Funktionsbrevlåda: ${data.mailbox.address}`, en: `Shared mailbox: ${data.mailbox.address}` })
            : t({ sv: `Brevlåda: ${data.mailbox.address}`, en: `Mailbox: ${data.mailbox.address}` })}
        </Text>
      </header>
      {view.kind === 'orosanmalan' && view.answeredAt === null && (
        <MessageBar intent="error" layout="multiline" data-testid="concern-banner">
          <MessageBarBody>
            {t({
              sv: `Orosanmälan: lämna den till ${concernTo.sv} så snart du har läst den. ${today.sv} Vid akut fara: ring 112. Markera sedan Lämnad till ${concernTo.sv} nedan.${onCallMissing ? ` ${onCallMissing.sv}` : ''}`,
              en: `Report of concern: hand it to ${concernTo.en} as soon as you have read it. ${today.en} In acute danger: call 112. Then mark Handed to ${concernTo.en} below.${onCallMissing ? ` ${onCallMissing.en}` : ''}`,
            })}
          </MessageBarBody>
        </MessageBar>
      )}

      {notHandedOn && (
        <MessageBar intent="warning" layout="multiline" data-testid="concern-not-handed-on">
          <MessageBarBody>
            {t({
              sv: `Orosanmälan har fått ett svar från funktionsbrevlådan (${t(formatDateText(view.answeredAt!, calendar.timeZone, { now }))}), men ingen har markerat den som lämnad till ${concernTo.sv}, så den kanske inte är lämnad vidare. Ett svar till den som anmälde, också ett automatiskt kvitto, är inte att lämna den vidare. Vet du inte säkert att den är lämnad (fråga den som svarade), lämna den till ${concernTo.sv} nu: hellre två gånger än ingen gång. ${today.sv} Vid akut fara: ring 112. Markera sedan Lämnad till ${concernTo.sv} nedan.${onCallMissing ? ` ${onCallMissing.sv}` : ''}`,
              en: `The report of concern has had a reply from the shared mailbox (${t(formatDateText(view.answeredAt!, calendar.timeZone, { now }))}), but nobody has marked it as handed to ${concernTo.en}, so it may not have been handed on. A reply to the person who reported it, even an automatic receipt, is not handing it on. Unless you know for certain it has been handed on (ask whoever replied), hand it to ${concernTo.en} now: twice is better than not at all. ${today.en} In acute danger: call 112. Then mark Handed to ${concernTo.en} below.${onCallMissing ? ` ${onCallMissing.en}` : ''}`,
            })}
          </MessageBarBody>
        </MessageBar>
      )}

      <RecordView record={view} config={config} calendar={calendar} now={now} reasons={reasons} changeBelow />

      <Divider />

      <section ref={actionsRef} className={styles.actions} aria-label={t({ sv: 'Åtgärder', en: 'Actions' })}>
        <Text as="p" block data-testid="handler" data-handler={handler?.name ?? ''} style={{ margin: 0 }}>
          {handler === null
            ? t({ sv: 'Ingen har tagit ärendet än.', en: 'Nobody has claimed this yet.' })
            : mine
              ? t({ sv: `Du har ärendet sedan ${claimedAt}.`, en: `You have claimed it (since ${claimedAt}).` })
              : t({ sv: `${handler.name} har ärendet sedan ${claimedAt}.`, en: `${handler.name} has claimed it (since ${claimedAt}).` })}
        </Text>
        <div className={styles.buttons}>
          {!mine && (
            <Button appearance="primary" disabledFocusable={waiting} onClick={() => void run('claim', () => actions.claim(handler !== null))} data-testid="claim">
              {handler === null ? t({ sv: 'Jag tar det', en: "I'll take it" }) : t({ sv: 'Ta över', en: 'Take over' })}
            </Button>
          )}
          {/* A report of concern is handed on, not answered: no date to promise the reporter. */}
          {!concern && (
            <Button
              appearance={mine ? 'primary' : 'secondary'}
              disabledFocusable={waiting || view.due === null || view.answeredAt !== null}
              onClick={() => void run('ack', () => actions.acknowledge())}
              data-testid="acknowledge"
            >
              {t({ sv: 'Svara med besked', en: 'Reply with a notice' })}
            </Button>
          )}
        </div>
        {view.due === null && view.kind !== 'ej_arende' && view.answeredAt === null ? (
          view.done ? (
            <Text size={200} data-testid="done" data-done-by={view.done.name}>
              {t({
                sv: `${view.done.name} markerade det som klart ${t(formatDateText(view.done.at, calendar.timeZone, { now }))}: det står inte längre i kön.`,
                en: `${view.done.name} marked it as done (${t(formatDateText(view.done.at, calendar.timeZone, { now }))}): it is no longer in the queue.`,
              })}
            </Text>
          ) : (
            <>
              <Text size={200} data-testid="done-hint">
                {t({
                  sv: `Ingen svarstid: en anonym kontakt kan inte besvaras. Se till att ${concernTo.sv} får meddelandet (vidarebefordra det om det inte redan har gjorts) och markera det som klart när de har fått det. Till dess står det kvar i kön.`,
                  en: `No deadline: an anonymous contact cannot be answered. Make sure ${concernTo.en} gets the message (forward it unless that is already done) and mark it as done once they have it. Until then it stays in the queue.`,
                })}
              </Text>
              {actions.markDone && (
                <div className={styles.buttons}>
                  <Button disabledFocusable={waiting} onClick={() => void run('done', () => actions.markDone!())} data-testid="mark-done">
                    {t({ sv: 'Markera som klar', en: 'Mark as done' })}
                  </Button>
                </div>
              )}
            </>
          )
        ) : view.due === null ? (
          <Text size={200}>
            {t(
              view.kind === 'ej_arende'
                ? { sv: 'Ingen svarstid: inget besked behövs. Står det ändå en fråga, ett fel eller oro för ett barn eller en utsatt vuxen i meddelandet, byt ärendetyp nedan (vid oro: Orosanmälan, och lämna den vidare nu), så får det en svarstid.', en: 'No deadline: no notice needed. If the message does hold a question, a fault or concern for a child or a vulnerable adult, change the case type below (for concern: Report of concern, and hand it on now), and it gets a deadline.' }
                : { sv: 'Ingen svarstid: inget besked behövs.', en: 'No deadline: no notice needed.' },
            )}
          </Text>
        ) : view.answeredAt !== null ? (
          <Text size={200}>{t({ sv: 'Meddelandet är besvarat: inget besked behövs.', en: 'The message is answered: no notice needed.' })}</Text>
        ) : concern ? null : (
          <Text size={200} data-testid="notice-hint">
            {t({
              sv: 'Ett besked bekräftar att meddelandet har kommit och säger vilken dag svaret kommer; det är inte svaret, och meddelandet ligger kvar i kön.',
              en: 'A notice confirms that the message has arrived and says on which day the answer comes; it is not the answer, and the message stays in the queue.',
            })}
            {noticeRule && ` ${t(noticeRule)}`}
          </Text>
        )}

        {view.due !== null && view.done && (
          <Text size={200} data-testid="done" data-done-by={view.done.name}>
            {t(closing.done(view.done.name, t(formatDateText(view.done.at, calendar.timeZone, { now }))))}
          </Text>
        )}
        {actions.markDone && view.due !== null && (view.answeredAt === null || notHandedOn) && view.kind !== 'ej_arende' && (
          <div className={styles.change}>
            <Text size={200} className={styles.grow} id={`${closing.id}-hint`} data-testid={`${closing.id}-hint`}>
              {t(closing.hint)}
            </Text>
            <Button disabledFocusable={waiting} aria-describedby={`${closing.id}-hint`} onClick={() => void run('done', () => actions.markDone!())} data-testid={closing.id}>
              {t(closing.label)}
            </Button>
          </div>
        )}

        {actions.setPromised && !concern && view.source !== 'assessed' && view.due !== null && view.answeredAt === null && (
          <div className={styles.change}>
            <div className={styles.grow}>
              <Field
                label={t(view.promised ? { sv: 'Ändra utlovat datum', en: 'Change the promised date' } : { sv: 'Sätt utlovat datum', en: 'Set the promised date' })}
                validationState={promiseLate ? 'warning' : 'none'}
                validationMessage={promiseLate ? t(promiseLate) : undefined}
                hint={t({ sv: 'Välj en arbetsdag, i dag eller senare: svaret ska komma senast vid stängningstid den dagen. Datumet skickas inte till invånaren av sig självt: skriv det i ditt svar, eller använd Svara med besked, som skriver in det här datumet. Skickar du sedan ett besked med ett annat datum, gäller datumet i beskedet.', en: 'Pick a working day, today or later: the answer is due by closing time that day. The date is not sent to the resident by itself: write it in your reply, or use Reply with a notice, which writes in this date. If you then send a notice with another date, the date in the notice counts.' })}
              >
                <Input
                  type="date"
                  value={promiseDate}
                  min={now.toZonedDateTimeISO(calendar.timeZone).toPlainDate().toString()}
                  onChange={(_e, d) => setPromiseDate(d.value)}
                  data-testid="promise-date"
                />
              </Field>
            </div>
            <Button
              disabledFocusable={waiting || promiseDate === ''}
              onClick={() => void run('promise', () => actions.setPromised!(promiseDate))}
              data-testid="set-promise"
            >
              {t({ sv: 'Spara datum', en: 'Save date' })}
            </Button>
          </div>
        )}

        <div className={styles.change}>
          <div className={styles.grow}>
            <DepartmentPicker departments={config.departments} value={department} onChange={setDepartment} label={{ sv: 'Förvaltning', en: 'Department' }} />
          </div>
          <Button disabledFocusable={waiting || department === view.department} onClick={() => void run('department', () => actions.changeDepartment(department))} data-testid="change-department">
            {t({ sv: 'Byt förvaltning', en: 'Change department' })}
          </Button>
        </div>
        <div className={styles.change}>
          <div className={styles.grow}>
            <KindPicker value={kind} onChange={setKind} />
          </div>
          <Button disabledFocusable={waiting || kind === view.kind} onClick={() => void run('kind', () => actions.changeKind(kind))} data-testid="change-kind">
            {t({ sv: 'Byt ärendetyp', en: 'Change case type' })}
          </Button>
        </div>
        <div className={styles.buttons}>
          <Button appearance="subtle" disabledFocusable={waiting || view.kind === 'ej_arende'} onClick={() => void run('notACase', () => actions.markNotACase())} data-testid="not-a-case">
            {t({ sv: 'Inget ärende', en: 'Not a case' })}
          </Button>
        </div>
      </section>

      <div role="status" aria-live="polite" data-testid="status-message">
        {busy !== null && <Spinner size="tiny" label={t({ sv: 'Sparar …', en: 'Saving …' })} />}
        {message && (
          <MessageBar intent={message.intent}>
            <MessageBarBody>{t(message.text)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </main>
  );
}

/**
 * How a case is closed in the pane when no e-mail answered it: a report of concern by handing it on
 * to the department it goes to (round 21 of the readers), anything else as answered another way.
 */
function closingAction(concern: boolean, to: Named, closes: Named | null): { id: string; hint: Named; label: Named; done: (name: string, when: string) => Named } {
  if (concern) {
    return {
      id: 'handed-over',
      hint: {
        sv: `En orosanmälan är hanterad när den är lämnad till ${to.sv}. Markera det här när ${to.sv} har den så att någon där läser den i dag: du har ringt dem, använt deras e-tjänst eller vidarebefordrat den till en adress som någon där läser i dag. ${closes ? `Den sista timmen före stängning (${closes.sv}) räcker inget skriftligt, varken e-tjänst eller vidarebefordran: ring dem. Efter stängning ringer du jouren;` : 'I dag är det stängt hela dagen, så inget skriftligt räcker, varken e-tjänst eller vidarebefordran: ring jouren;'} markera det här också när jouren har tagit emot den. Den räknas som hanterad och lämnar kön när du markerar det. Ett svar från funktionsbrevlådan till den som anmälde, också ett tack eller ett automatiskt kvitto, räknas som svar och tar den ur kön (ett besked som bara säger när svaret kommer gör det inte), men den står kvar bland orosanmälningarna som inte är lämnade, här och i Teams-fliken, tills någon markerar den.`,
        en: `A report of concern is handled when it has been handed to ${to.en}. Mark it here once ${to.en} have it so that someone there reads it today: you have called them, used their e-service or forwarded it to an address someone there reads today. ${closes ? `In the last hour before closing time (${closes.en}) nothing in writing is enough, neither the e-service nor forwarding: call them. After closing time you call the on-call service;` : 'It is closed all day today, so nothing in writing is enough, neither the e-service nor forwarding: call the on-call service;'} mark it here too once the on-call service has taken it. It counts as handled and leaves the queue when you mark it. A reply from the shared mailbox to the person who reported it, even a thank-you or an automatic receipt, counts as the answer and takes it out of the queue (a notice that only says when the answer comes does not), but it stays among the reports of concern not handed on, here and in the Teams tab, until someone marks it.`,
      },
      label: { sv: `Lämnad till ${to.sv}`, en: `Handed to ${to.en}` },
      done: (name, when) => ({ sv: `${name} markerade orosanmälan som lämnad till ${to.sv} ${when}.`, en: `${name} marked the report of concern as handed to ${to.en} (${when}).` }),
    };
  }
  return {
    id: 'answered-otherwise',
    hint: {
      sv: 'Svar räknas automatiskt när de skickas från funktionsbrevlådan med Svara eller Svara alla på invånarens meddelande (samma konversation); ett nytt meddelande till samma adress räknas inte, och inte heller en vidarebefordran. Har du svarat på annat sätt (per telefon, per brev eller vid ett besök) eller har förvaltningen svarat från sin egen e-post, markera det här: ärendet räknas som besvarat när du markerar det, inte när svaret gavs, och lämnar kön.',
      en: 'Answers are counted automatically when they are sent from the shared mailbox with Reply or Reply All to the resident\'s message (the same conversation); a new message to the same address does not count, nor does a forward. If you answered another way (by phone, by letter or in person) or the department answered from its own e-mail, mark it here: the case counts as answered when you mark it, not when the answer was given, and leaves the queue.',
    },
    label: { sv: 'Besvarat på annat sätt', en: 'Answered another way' },
    done: (name, when) => ({ sv: `${name} markerade det som besvarat utanför funktionsbrevlådan ${when}.`, en: `${name} marked it as answered outside the shared mailbox (${when}).` }),
  };
}
