import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { lixLevel, type FindingCode, type PlainLanguageHints, type SenderCheckResult } from '../../core/sender';
import type { Named } from '../../core/vocabulary';
import { concernOnCallText } from '../../core/display';
import { useText } from '../i18n';
import { describeError } from '../describeError';
import type { ActionOutcome } from '../taskpane/TaskPane';

/** One live reading of the message being written. */
export interface ComposeCheck {
  /** The address the mail will be sent from, as far as Outlook lets us know. */
  sender: string | null;
  municipality: string;
  result: SenderCheckResult;
  hints: PlainLanguageHints;
  /** The reply answers a contact that is still open, so it should say when the answer comes. */
  answerOwed: boolean;
  /**
   * The reply is in the conversation of a report of concern that is not yet marked as handed on:
   * the department it goes to. Any mail from the shared mailbox there counts as the answer (SPEC §6),
   * but not as handing it on.
   */
  openConcern?: Named | null;
  /** The configuration's on-call service for reports of concern after closing (number and name), when given. */
  concernOnCall?: string | undefined;
  /** Today's rule for a report of concern (`handOnToday`: the last hour before today's closing, or a day closed all day). */
  handOnToday?: Named;
  mode: 'block' | 'warn';
}

export interface ComposePaneActions {
  check(): Promise<ComposeCheck>;
  insertSignature(): Promise<ActionOutcome>;
  /** True when the on-send check sent the person here to fix the signature. */
  openedForFix(): Promise<boolean>;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL, maxWidth: '36rem' },
  list: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  ok: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold, minWidth: '1.25rem' },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold, minWidth: '1.25rem' },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold, minWidth: '1.25rem' },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** How often the pane reads the body again while the person writes. */
const RECHECK_MS = 2000;

type Mark = 'ok' | 'bad' | 'warn';

/** The compose pane: SPEC §7's sender check live, LIX with klarspråk hints, the signature in one click. */
export function ComposePane({ actions }: { actions: ComposePaneActions }): ReactNode {
  const t = useText();
  const styles = useStyles();
  const [check, setCheck] = useState<ComposeCheck | null>(null);
  const [error, setError] = useState<Named | null>(null);
  const [note, setNote] = useState<{ intent: 'success' | 'error'; text: Named } | null>(null);
  const [busy, setBusy] = useState(false);
  const signatureButton = useRef<HTMLButtonElement>(null);

  const refresh = useCallback(async (): Promise<void> => {
    try {
      setCheck(await actions.check());
      setError(null);
    } catch (e) {
      setError(describeError(e));
    }
  }, [actions]);

  const insert = useCallback(async (): Promise<void> => {
    setBusy(true);
    try {
      const outcome = await actions.insertSignature();
      setNote(outcome.ok ? { intent: 'success', text: outcome.note } : { intent: 'error', text: outcome.error });
    } catch (e) {
      setNote({ intent: 'error', text: describeError(e) });
    } finally {
      setBusy(false);
    }
    await refresh();
  }, [actions, refresh]);

  useEffect(() => {
    let stopped = false;
    void (async () => {
      await refresh();
      // Sent here by the on-send check's button: do the fix it named.
      if (!stopped && (await actions.openedForFix().catch(() => false))) await insert();
    })();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, RECHECK_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [actions, refresh, insert]);

  if (error && !check) {
    return (
      <main className={styles.root}>
        <MessageBar intent="error">
          <MessageBarBody>{t(error)}</MessageBarBody>
        </MessageBar>
      </main>
    );
  }
  if (!check) {
    return (
      <main className={styles.root} aria-busy="true">
        <Spinner label={t({ sv: 'Läser meddelandet …', en: 'Reading the message …' })} />
      </main>
    );
  }

  const has = (code: FindingCode): boolean => check.result.findings.some((f) => f.code === code);
  const blockMark: Mark = check.mode === 'block' ? 'bad' : 'warn';
  const rows: { id: string; mark: Mark; text: Named }[] = [
    {
      id: 'sender',
      mark: has('sender-not-municipal') ? blockMark : has('not-shared-mailbox') ? 'warn' : 'ok',
      text: check.sender
        ? has('not-shared-mailbox')
          ? {
              sv: `Avsändare: ${check.sender}, inte funktionsbrevlådan: svaret räknas då inte i Svarstid. Välj funktionsbrevlådan i fältet Från.`,
              en: `Sender: ${check.sender}, not the shared mailbox: the answer then does not count in Svarstid. Choose the shared mailbox in the From field.`,
            }
          : has('sender-not-municipal')
          ? {
              sv: `Avsändare: ${check.sender}. Välj kommunens adress i fältet Från; syns fältet inte, slå på det under Alternativ (Visa Från).`,
              en: `Sender: ${check.sender}. Choose the municipality's address in the From field; if the field is not shown, turn it on under Options (Show From).`,
            }
          : { sv: `Avsändare: ${check.sender}`, en: `Sender: ${check.sender}` }
        : { sv: 'Svarstid kan inte se vilken adress du skickar från: kontrollera fältet Från.', en: 'Svarstid cannot see which address you are sending from: check the From field.' },
    },
    {
      id: 'named',
      mark: has('municipality-not-named') ? blockMark : 'ok',
      text: has('municipality-not-named')
        ? { sv: `${check.municipality} nämns inte i texten eller signaturen`, en: `${check.municipality} is not named in the text or signature` }
        : { sv: `${check.municipality} nämns som avsändare`, en: `${check.municipality} is named as the sender` },
    },
  ];
  // (a report of concern is handed on, not answered with a date: the warning above says what to do)
  if (check.answerOwed && !check.openConcern) {
    rows.push({
      id: 'answer-time',
      mark: has('answer-time-missing') ? 'warn' : 'ok',
      text: has('answer-time-missing')
        ? {
            sv: 'Inget datum för svaret: är det här bara ett kvitto räknas ärendet som besvarat och lämnar kön, och lovar det att ni återkommer utan datum fortsätter svarstiden att gälla. Kommer det riktiga svaret senare, skriv när (ett datum, eller till exempel ”inom två arbetsdagar”), så blir det ett besked.',
            en: 'No date for the answer: if this is only a receipt, the case counts as answered and leaves the queue, and if it promises to come back without a date, the deadline keeps running. If the real answer comes later, say when (a date, or for example “within two working days”), so that it is a notice.',
          }
        : { sv: 'Meddelandet säger när det riktiga svaret kommer', en: 'The message says when the real answer will come' },
    });
  }
  const markText: Record<Mark, Named> = { ok: { sv: 'OK', en: 'OK' }, bad: { sv: 'Saknas', en: 'Missing' }, warn: { sv: 'Varning', en: 'Warning' } };
  const symbol: Record<Mark, string> = { ok: '✓', bad: '✗', warn: '!' };
  const level = check.result.lix === null ? null : lixLevel(check.result.lix);
  const blocked = !check.result.allowSend;

  return (
    <main className={styles.root} data-testid="compose" data-allow-send={String(check.result.allowSend)}>
      <Text as="h1" block size={500} weight="semibold" style={{ margin: 0 }}>
        {t({ sv: 'Avsändarkontroll', en: 'Sender check' })}
      </Text>
      {check.openConcern && (
        <MessageBar intent="error" layout="multiline" data-testid="concern-reply-warning">
          <MessageBarBody>
            {t({
              sv: `Det här är en orosanmälan som inte är markerad som lämnad till ${check.openConcern.sv}. Skickar du det här svaret, också om det bara är ett tack, räknas orosanmälan som besvarad och lämnar kön (ett besked som bara säger när svaret kommer gör det inte), men den är inte lämnad vidare för det. Lämna den först, så att någon på ${check.openConcern.sv} läser den i dag. ${check.handOnToday?.sv ?? `Den sista timmen före stängning: ring dem. Efter stängning ska du ${concernOnCallText(check.concernOnCall).sv}.`} Vid akut fara: ring 112. Välj sedan Lämnad till ${check.openConcern.sv} i Svarstid-tillägget (rutan till höger i Outlook).`,
              en: `This is a report of concern that is not marked as handed to ${check.openConcern.en}. If you send this reply, even if it is only a thank-you, the report counts as answered and leaves the queue (a notice that only says when the answer comes does not), but that does not hand it on. Hand it on first, so that someone at ${check.openConcern.en} reads it today. ${check.handOnToday?.en ?? `In the last hour before closing, call them. After closing you should ${concernOnCallText(check.concernOnCall).en}.`} In acute danger: call 112. Then choose Handed to ${check.openConcern.en} in the Svarstid add-in (the pane on the right in Outlook).`,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list} aria-label={t({ sv: 'Kontroller', en: 'Checks' })} data-testid="checks">
        {rows.map((r) => (
          <li key={r.id} className={styles.item} data-check={r.id} data-mark={r.mark}>
            <span className={styles[r.mark]} aria-hidden="true">
              {symbol[r.mark]}
            </span>
            <Text>
              <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{t(markText[r.mark])}: </span>
              {t(r.text)}
            </Text>
          </li>
        ))}
      </ul>
      {blocked && (
        <MessageBar intent="error" data-testid="blocked">
          <MessageBarBody>{t({ sv: 'Outlook skickar inte meddelandet förrän det som saknas är på plats.', en: 'Outlook will not send the message until what is missing is in place.' })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button ref={signatureButton} appearance={has('municipality-not-named') ? 'primary' : 'secondary'} disabled={busy} onClick={() => void insert()} data-testid="insert-signature">
          {t({ sv: 'Infoga signatur', en: 'Insert signature' })}
        </Button>
        <Button appearance="subtle" disabled={busy} onClick={() => void refresh()} data-testid="recheck">
          {t({ sv: 'Kontrollera igen', en: 'Check again' })}
        </Button>
      </div>
      <section aria-labelledby="svarstid-lix">
        <Text as="h2" block id="svarstid-lix" size={400} weight="semibold" style={{ margin: `0 0 ${tokens.spacingVerticalXS}` }}>
          {t({ sv: 'Klarspråk', en: 'Plain language' })}
        </Text>
        <Text as="p" block style={{ margin: 0 }} data-testid="lix" data-lix={check.result.lix ?? ''}>
          {check.result.lix === null || level === null
            ? t({ sv: 'Ingen text att bedöma än.', en: 'No text to judge yet.' })
            : t({ sv: `LIX ${check.result.lix}: ${level.sv}.`, en: `LIX ${check.result.lix}: ${level.en}.` })}
        </Text>
        <ul data-testid="hints">
          {check.hints.longSentences.map((s, i) => (
            <li key={`s${i}`}>
              <Text>{t({ sv: `Lång mening (${s.words} ord) som börjar ”${s.start} …”: dela den.`, en: `Long sentence (${s.words} words) starting “${s.start} …”: split it.` })}</Text>
            </li>
          ))}
          {check.hints.longWords.length > 0 && (
            <li>
              <Text>{t({ sv: `Långa ord: ${check.hints.longWords.join(', ')}. Finns det vardagligare ord?`, en: `Long words: ${check.hints.longWords.join(', ')}. Are there everyday words for them?` })}</Text>
            </li>
          )}
          {check.hints.longSentences.length === 0 && check.hints.longWords.length === 0 && check.result.lix !== null && (
            <li>
              <Text>{t({ sv: 'Inga långa meningar eller ord.', en: 'No long sentences or words.' })}</Text>
            </li>
          )}
        </ul>
      </section>
      <div role="status" aria-live="polite" data-testid="status-message">
        {note && (
          <MessageBar intent={note.intent}>
            <MessageBarBody>{t(note.text)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </main>
  );
}
