import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Switch,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import DOMPurify from 'dompurify';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SvarstidConfig } from '../../src/core/config';
import { customPropertiesId } from '../../src/core/acknowledgement/marker';
import { ADDIN_ID } from '../../src/core/addinId';
import { listMessages, readMessageWithRecord, sendReply, type GraphMailbox, type MessageWithRecord } from '../../src/graph';
import { plainTextToHtml } from '../../src/ui/html';
import { openMailbox } from '../../addin/access';
import { demoAccess } from '../demoAccess';
import { toEwsId, type HostComposeItem, type OutlookHost, type StandInAction } from '../standIn/hostProtocol';

/**
 * The development harness (`/dev/outlook.html`): a small stand-in for Outlook on the web that
 * hosts the REAL task pane and compose pane (their pages with the Office stand-in instead of
 * office.js) and runs the REAL built on-send script, bound to the demo mailbox in the Graph
 * emulator. Own-mailbox mode: signed in as the shared mailbox itself. Shared mode: a delegate
 * (Anna Berg) who opened the shared mailbox; the panes must find the owner through
 * getSharedPropertiesAsync. Development only: never in a production bundle.
 */

export type Mode = 'own' | 'shared';

export interface HarnessSettings {
  mode: Mode;
  dark: boolean;
  lang: 'sv-SE' | 'en-US';
  /** Preselected message id (Graph id). */
  message: string | null;
}

interface ListItem {
  id: string;
  subject?: string | null;
  from?: { emailAddress?: { name?: string | null; address?: string | null } | null } | null;
  receivedDateTime?: string | null;
}

interface Compose {
  replyTo: MessageWithRecord;
  conversationId: string | null;
  subject: string;
  to: string;
  text: string;
  customProperties: Record<string, string>;
  sessionData: Map<string, string>;
}

interface Alert {
  message: string;
  cancelLabel: string | null;
  contextData: string | null;
  canSendAnyway: boolean;
}

const useStyles = makeStyles({
  shell: { display: 'grid', gridTemplateRows: 'auto 1fr', height: '100vh' },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  main: { display: 'grid', gridTemplateColumns: 'minmax(14rem, 22rem) minmax(20rem, 1fr) 26rem', minHeight: 0 },
  list: { overflowY: 'auto', borderRight: `1px solid ${tokens.colorNeutralStroke1}`, margin: 0, padding: 0, listStyle: 'none' },
  listButton: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  reading: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, overflowY: 'auto', minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  body: { width: '100%', minHeight: '16rem', border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: '#ffffff' },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, minHeight: 0 },
  frame: { width: '100%', height: '100%', border: 'none' },
  hidden: { display: 'none' },
});

const DELEGATE = { local: 'anna.berg', displayName: 'Anna Berg' };

function senderOf(m: ListItem | MessageWithRecord['message']): string {
  const a = m.from?.emailAddress;
  return a?.name || a?.address || '—';
}

function shortDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(lang, { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** Mail bodies are hostile: sanitised, then shown in a frame that may not run scripts. */
function safeBody(message: MessageWithRecord['message']): string {
  const content = message.body?.content ?? '';
  const html = message.body?.contentType?.toLowerCase() === 'html' ? content : plainTextToHtml(content);
  const clean = DOMPurify.sanitize(html, { FORBID_TAGS: ['style', 'form', 'input', 'button'], FORBID_ATTR: ['style'] });
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{font:14px/1.5 'Segoe UI',sans-serif;color:#242424;margin:12px}</style></head><body>${clean}</body></html>`;
}

export function Harness({ settings, config, onSettings }: { settings: HarnessSettings; config: SvarstidConfig; onSettings: (s: HarnessSettings) => void }): ReactNode {
  const styles = useStyles();
  const t = (sv: string, en: string): string => (settings.lang === 'en-US' ? en : sv);
  const mailbox = config.municipality.mailbox ?? `kommun@${config.municipality.domains[0]}`;
  const user = useMemo(
    () =>
      settings.mode === 'shared'
        ? { displayName: DELEGATE.displayName, emailAddress: `${DELEGATE.local}@${config.municipality.domains[0]}` }
        : { displayName: 'Kim Lund', emailAddress: mailbox },
    [settings.mode, config, mailbox],
  );
  const graph: GraphMailbox = useMemo(() => openMailbox(demoAccess({ name: user.displayName, address: user.emailAddress }), mailbox), [user, mailbox]);

  const [messages, setMessages] = useState<ListItem[] | null>(null);
  const [selected, setSelected] = useState<MessageWithRecord | null>(null);
  const [compose, setCompose] = useState<Compose | null>(null);
  const [pane, setPane] = useState<'task' | 'compose' | null>('task');
  const [paneKey, setPaneKey] = useState(0);
  const [alert, setAlert] = useState<Alert | null>(null);
  const [note, setNote] = useState<{ intent: 'success' | 'error' | 'info'; text: string } | null>(null);
  const [sending, setSending] = useState(false);

  // What the stand-in in the frames reads: always the latest state.
  const live = useRef({ selected, compose, settings, user, mailbox });
  live.current = { selected, compose, settings, user, mailbox };
  const itemListeners = useRef(new Set<() => void>());
  const actions = useRef(new Map<string, StandInAction>());
  const initContext = useRef<string | null>(null);
  const roaming = useRef(new Map<string, unknown>());
  const composeRef = useRef<Compose | null>(null);
  composeRef.current = compose;

  const host: OutlookHost = useMemo(
    () => ({
      user: () => live.current.user,
      displayLanguage: () => live.current.settings.lang,
      dark: () => live.current.settings.dark,
      sharedOwner: () => (live.current.settings.mode === 'shared' ? live.current.mailbox : null),
      readItem: () => {
        const s = live.current.selected;
        if (!s) return null;
        return {
          itemId: toEwsId(s.message.id),
          subject: s.message.subject ?? '',
          conversationId: s.message.conversationId ?? null,
          from: s.message.from?.emailAddress ? { displayName: s.message.from.emailAddress.name ?? '', emailAddress: s.message.from.emailAddress.address ?? '' } : null,
          dateTimeCreated: new Date(s.message.receivedDateTime ?? Date.now()),
        };
      },
      composeItem: (): HostComposeItem | null => {
        const c = composeRef.current;
        if (!c) return null;
        return {
          conversationId: c.conversationId,
          subject: c.subject,
          text: () => composeRef.current?.text ?? '',
          setText: (text) => {
            if (composeRef.current) composeRef.current = { ...composeRef.current, text };
            setCompose((prev) => (prev ? { ...prev, text } : prev));
          },
          // Like desktop Outlook on a reply from a shared mailbox: From may be the user's own address.
          from: live.current.user.emailAddress,
          customProperties: c.customProperties,
          sessionData: c.sessionData,
        };
      },
      takeInitializationContext: () => {
        const c = initContext.current;
        initContext.current = null;
        return c;
      },
      openReply: (htmlBody) => {
        const s = live.current.selected;
        if (s) startCompose(s, htmlBody);
      },
      onItemChanged: (listener) => {
        itemListeners.current.add(listener);
        return () => itemListeners.current.delete(listener);
      },
      registerAction: (name, action) => void actions.current.set(name, action),
      isSetSupported: (name, version) => {
        const supported: Record<string, number> = { Mailbox: 1.15, NestedAppAuth: 0 };
        const have = supported[name];
        return have !== undefined && have > 0 && (version === undefined || Number(version) <= have);
      },
      roaming: roaming.current,
    }),
    [],
  );
  window.svarstidOutlookHost = host;

  const refresh = useCallback(async () => {
    try {
      const list = await listMessages<ListItem>(graph, 'inbox', { select: ['id', 'subject', 'from', 'receivedDateTime'], top: 100 });
      setMessages(list);
    } catch (error) {
      setNote({ intent: 'error', text: t(`Kunde inte läsa brevlådan: ${String(error)}`, `Could not read the mailbox: ${String(error)}`) });
      setMessages([]);
    }
  }, [graph]);

  const select = useCallback(
    async (id: string) => {
      try {
        const read = await readMessageWithRecord(graph, id);
        setSelected(read);
        setCompose(null);
        setAlert(null);
        setPane((p) => (p === 'compose' ? 'task' : p));
        onSettings({ ...live.current.settings, message: read.message.id });
        // A pinned task pane is told that the item changed.
        setTimeout(() => itemListeners.current.forEach((l) => l()), 0);
      } catch (error) {
        setNote({ intent: 'error', text: t(`Kunde inte öppna meddelandet: ${String(error)}`, `Could not open the message: ${String(error)}`) });
      }
    },
    [graph, onSettings],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // F6 moves between the regions, as in Outlook: inbox, reading pane (or the reply), add-in pane.
  useEffect(() => {
    const regions = (): (HTMLElement | null)[] => [
      document.querySelector<HTMLElement>('[data-testid=inbox] button[aria-current=true]') ?? document.querySelector<HTMLElement>('[data-testid=inbox] button'),
      document.querySelector<HTMLElement>('[data-testid=compose-body] textarea, [data-testid=compose-body], [data-testid=reading] button'),
      document.querySelector<HTMLElement>('[data-testid=task-pane-frame], [data-testid=compose-pane-frame]'),
    ];
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'F6') return;
      e.preventDefault();
      const all = regions().filter((r): r is HTMLElement => r !== null);
      if (all.length === 0) return;
      const at = all.findIndex((r) => r === document.activeElement || r.contains(document.activeElement));
      const next = all[(at + (e.shiftKey ? all.length - 1 : 1)) % all.length]!;
      next.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (settings.message && !selected) void select(settings.message);
  }, [settings.message, selected, select]);

  function startCompose(replyTo: MessageWithRecord, htmlBody: string): void {
    const text = htmlBody ? new DOMParser().parseFromString(htmlBody.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n\n'), 'text/html').body.textContent?.trim() ?? '' : '';
    const subject = replyTo.message.subject ?? '';
    setCompose({
      replyTo,
      conversationId: replyTo.message.conversationId ?? null,
      subject: /^(sv|re):/i.test(subject) ? subject : `SV: ${subject}`,
      to: replyTo.message.replyTo?.[0]?.emailAddress?.address ?? replyTo.message.from?.emailAddress?.address ?? '',
      text,
      customProperties: {},
      sessionData: new Map(),
    });
    setNote(null);
  }

  async function onSendRuntime(): Promise<StandInAction> {
    const existing = actions.current.get('onMessageSendHandler');
    if (existing) return existing;
    const frame = document.getElementById('svarstid-onsend-runtime') as HTMLIFrameElement | null;
    if (!frame) throw new Error('no on-send runtime');
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const action = actions.current.get('onMessageSendHandler');
      if (action) return action;
    }
    throw new Error('the on-send script did not register onMessageSendHandler');
  }

  async function deliver(c: Compose): Promise<void> {
    // As Exchange does: the add-in's custom properties go with the item, as one JSON string under cecp-<add-in id>.
    const custom = Object.keys(c.customProperties).length > 0 ? [{ id: customPropertiesId(ADDIN_ID), value: JSON.stringify(c.customProperties) }] : [];
    await sendReply(graph, c.replyTo.message.id, { html: plainTextToHtml(c.text), extendedProperties: custom });
    setCompose(null);
    setAlert(null);
    setPane('task');
    setPaneKey((k) => k + 1);
    setNote({ intent: 'success', text: t('Svaret är skickat.', 'The reply is sent.') });
  }

  async function send(): Promise<void> {
    const c = composeRef.current;
    if (!c) return;
    setSending(true);
    setNote(null);
    try {
      const handler = await onSendRuntime();
      const options = await new Promise<Record<string, unknown>>((resolve) => {
        let calls = 0;
        handler({
          completed: (o) => {
            calls++;
            if (calls > 1) console.error('event.completed called more than once');
            resolve(o);
          },
        });
      });
      if (options.allowEvent === true) {
        await deliver(composeRef.current ?? c);
        return;
      }
      setAlert({
        message: String(options.errorMessage ?? ''),
        cancelLabel: typeof options.cancelLabel === 'string' ? options.cancelLabel : null,
        contextData: typeof options.contextData === 'string' ? options.contextData : null,
        canSendAnyway: options.sendModeOverride === 'promptUser',
      });
    } catch (error) {
      setNote({ intent: 'error', text: t(`Kunde inte skicka: ${String(error)}`, `Could not send: ${String(error)}`) });
    } finally {
      setSending(false);
    }
  }

  const changeSettings = (next: Partial<HarnessSettings>): void => {
    setSelected(null);
    setCompose(null);
    setAlert(null);
    setPaneKey((k) => k + 1);
    onSettings({ ...settings, ...next });
  };

  return (
    <div className={styles.shell}>
      <header className={styles.bar}>
        <Text as="h1" size={400} weight="semibold" style={{ margin: 0 }}>
          {t('Outlook-attrapp (utveckling)', 'Outlook stand-in (development)')}
        </Text>
        <RadioGroup layout="horizontal" aria-label={t('Brevlåda', 'Mailbox')} value={settings.mode} onChange={(_, d) => changeSettings({ mode: d.value as Mode })}>
          <Radio value="own" label={t('Egen brevlåda', 'Own mailbox')} />
          <Radio value="shared" label={t('Delad brevlåda som ombud', 'Shared mailbox as delegate')} />
        </RadioGroup>
        <Switch label={t('Mörkt tema', 'Dark theme')} checked={settings.dark} onChange={(_, d) => changeSettings({ dark: d.checked })} />
        <Switch label="English" checked={settings.lang === 'en-US'} onChange={(_, d) => changeSettings({ lang: d.checked ? 'en-US' : 'sv-SE' })} />
        <Text size={200}>
          {t('Inloggad', 'Signed in')}: {user.displayName} &lt;{user.emailAddress}&gt;
        </Text>
      </header>
      <div className={styles.main}>
        <nav aria-label={t('Inkorgen', 'Inbox')} style={{ overflowY: 'auto', minHeight: 0 }}>
          <div className={styles.toolbar} style={{ padding: tokens.spacingHorizontalS }}>
            <Button size="small" onClick={() => void refresh()}>
              {t('Uppdatera', 'Refresh')}
            </Button>
          </div>
          {messages === null ? (
            <Spinner size="small" label={t('Hämtar inkorgen …', 'Loading the inbox …')} />
          ) : (
            <ul className={styles.list} data-testid="inbox" data-count={messages.length}>
              {messages.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    className={`${styles.listButton} ${selected?.message.id === m.id ? styles.selected : ''}`}
                    aria-current={selected?.message.id === m.id ? 'true' : undefined}
                    data-message-id={m.id}
                    onClick={() => void select(m.id)}
                  >
                    <Text block weight="semibold" truncate wrap={false}>
                      {m.subject || t('(inget ämne)', '(no subject)')}
                    </Text>
                    <Text block size={200}>
                      {senderOf(m)} · {shortDate(m.receivedDateTime, settings.lang)}
                    </Text>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </nav>

        <main className={styles.reading} aria-label={compose ? t('Nytt svar', 'New reply') : t('Läsfönster', 'Reading pane')}>
          {note && (
            <MessageBar intent={note.intent} data-testid="harness-note">
              <MessageBarBody>{note.text}</MessageBarBody>
            </MessageBar>
          )}
          {compose ? (
            <section aria-label={t('Skriv svar', 'Write reply')} data-testid="compose-window" style={{ display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM }}>
              <div className={styles.toolbar}>
                <Button appearance="primary" disabled={sending} onClick={() => void send()} data-testid="send">
                  {t('Skicka', 'Send')}
                </Button>
                <Button
                  onClick={() => {
                    setPane('compose');
                    setPaneKey((k) => k + 1);
                  }}
                  data-testid="open-compose-pane"
                >
                  {t('Avsändarkontroll', 'Sender check')}
                </Button>
                <Button appearance="subtle" onClick={() => { setCompose(null); setPane('task'); }}>
                  {t('Släng', 'Discard')}
                </Button>
              </div>
              <Field label={t('Till', 'To')}>
                <Input value={compose.to} readOnly />
              </Field>
              <Field label={t('Ämne', 'Subject')}>
                <Input value={compose.subject} onChange={(_, d) => setCompose({ ...compose, subject: d.value })} />
              </Field>
              <Field label={t('Meddelande', 'Message')}>
                <Textarea value={compose.text} resize="vertical" rows={14} onChange={(_, d) => setCompose({ ...compose, text: d.value })} data-testid="compose-body" />
              </Field>
            </section>
          ) : selected ? (
            <article aria-labelledby="svarstid-reading-subject" data-testid="reading" data-message-id={selected.message.id}>
              <Text as="h2" id="svarstid-reading-subject" size={500} weight="semibold" block>
                {selected.message.subject || t('(inget ämne)', '(no subject)')}
              </Text>
              <Text block size={200}>
                {t('Från', 'From')}: {senderOf(selected.message)} · {shortDate(selected.message.receivedDateTime, settings.lang)}
              </Text>
              <div className={styles.toolbar} style={{ margin: `${tokens.spacingVerticalM} 0` }}>
                <Button onClick={() => startCompose(selected, '')}>{t('Svara', 'Reply')}</Button>
                <Button onClick={() => setPane('task')} data-testid="open-task-pane">
                  Svarstid
                </Button>
              </div>
              <iframe className={styles.body} title={t('Meddelandets text', 'Message text')} sandbox="" srcDoc={safeBody(selected.message)} />
            </article>
          ) : (
            <Text>{t('Välj ett meddelande i inkorgen.', 'Select a message in the inbox.')}</Text>
          )}
        </main>

        <aside className={styles.pane} aria-label={t('Tilläggets fönster', 'Add-in pane')}>
          {pane === 'task' && selected && !compose && (
            <iframe key={`task-${paneKey}-${settings.mode}-${settings.dark}-${settings.lang}`} className={styles.frame} title="Svarstid" src="/dev/taskpane.html" data-testid="task-pane-frame" />
          )}
          {pane === 'compose' && compose && (
            <iframe key={`compose-${paneKey}`} className={styles.frame} title={t('Svarstid – avsändarkontroll', 'Svarstid – sender check')} src="/dev/compose.html" data-testid="compose-pane-frame" />
          )}
        </aside>
      </div>

      <iframe id="svarstid-onsend-runtime" className={styles.hidden} title="on-send runtime" src="/dev/onsend.html" aria-hidden="true" tabIndex={-1} />

      <Dialog open={alert !== null} modalType="alert" onOpenChange={(_, d) => !d.open && setAlert(null)}>
        <DialogSurface data-testid="smart-alert">
          <DialogBody>
            <DialogTitle>Svarstid</DialogTitle>
            <DialogContent data-testid="smart-alert-message">{alert?.message}</DialogContent>
            <DialogActions>
              {alert?.cancelLabel && (
                <Button
                  appearance="primary"
                  data-testid="smart-alert-fix"
                  onClick={() => {
                    initContext.current = alert.contextData;
                    setAlert(null);
                    setPane('compose');
                    setPaneKey((k) => k + 1);
                  }}
                >
                  {alert.cancelLabel}
                </Button>
              )}
              {alert?.canSendAnyway && (
                <Button data-testid="smart-alert-send-anyway" onClick={() => composeRef.current && void deliver(composeRef.current)}>
                  {t('Skicka ändå', 'Send anyway')}
                </Button>
              )}
              <Button onClick={() => setAlert(null)} data-testid="smart-alert-dismiss">
                {t('Skicka inte', "Don't send")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
