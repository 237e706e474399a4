import { ACK_CUSTOM_PROPERTY, ackMarkerValue } from '../../src/core/acknowledgement/marker';
import { checkOutgoingMail, type SenderCheckResult, type SenderCheckSettings } from '../../src/core/sender/checkOutgoingMail';
import { effectiveSenderAddress } from '../../src/core/sender/effectiveSender';
import { sendAlertText } from '../../src/core/sender/sendAlert';
import { openConcernFor, OPEN_CONCERNS_SETTING } from '../host/openConcerns';
import { matchingAcknowledgement, PENDING_ACKNOWLEDGEMENT_SETTING } from '../host/pendingAcknowledgement';
import { SENDER_SETTINGS_SETTING } from '../host/senderSettingsCache';

/**
 * The on-send check (Outlook `messageSending`, actionId `onMessageSendHandler`): SPEC §7's
 * sender check, decided locally, before the message leaves.
 *
 * Classic Outlook on Windows runs this in a JavaScript-only runtime, so everything here works
 * with nothing but the `Office` object: no DOM, no `Office.onReady`, no fetch, no modules (the
 * build inlines it into one classic script). Every path ends in exactly one `event.completed`.
 *
 * Decisions:
 * - The configuration comes from the copy the panes leave in roaming settings; without one, from
 *   the build's settings. The check never waits on the network.
 * - `item.from` is not trusted alone (office-js #1832): in a shared mailbox or folder, the
 *   owner from `getSharedPropertiesAsync` is the sender.
 * - A reply opened by "Svara med besked" (a note the task pane left in roaming settings:
 *   same conversation, still stating the promised date) is sent with the acknowledgement marker.
 * - Mode `block`: a blocking finding stops the send, with a button (Mailbox 1.14) that opens the
 *   compose pane, which inserts the standard signature. Mode `warn`, and warnings such as a
 *   missing answer date: Outlook asks, and the person may send anyway (`sendModeOverride:
 *   promptUser`, Mailbox 1.14); older clients let it go.
 * - If the message cannot be read, `block` mode stops the send with a message saying so (the
 *   person tries again); `warn` mode lets it go. The manifest's `softBlock` sends mail when the
 *   add-in itself is unavailable, so a broken deployment never traps mail.
 */

/** The Smart Alerts button: the compose pane's ribbon button (its control id in the manifest). */
export const FIX_COMMAND_ID = 'svarstidComposeButton';
/** At most 20 characters (Outlook's limit for `cancelLabel`). */
export const FIX_LABEL = 'Infoga signatur';
/** What the compose pane gets as context when the Smart Alerts button opens it. */
export const FIX_CONTEXT = JSON.stringify({ fix: 'signature' });
/** The compose pane's note for the on-send check that an answer date is owed. */
export const ANSWER_OWED_SESSION_KEY = 'svarstid.answerOwed';

const FAILED_MESSAGE = 'Svarstid kunde inte kontrollera meddelandet och stoppade det för säkerhets skull. Försök skicka igen om en stund.';

/** What `event.completed` is given (Smart Alerts options, Mailbox 1.12–1.15). */
export interface SendDecision {
  allowEvent: boolean;
  errorMessage?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

/** The part of the Office object the handler uses. */
export interface OnSendOffice {
  context: {
    mailbox: { item?: unknown };
    roamingSettings?: Pick<Office.RoamingSettings, 'get' | 'set' | 'remove' | 'saveAsync'> | null;
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
}

export interface OnSendOptions {
  office: OnSendOffice;
  /** The build's settings, used when the panes have not left a copy. */
  fallbackSettings: SenderCheckSettings;
  now?: () => number;
  /** A check that has not finished by then ends as a failure (Outlook shows its own dialog after 5 s). */
  timeoutMs?: number;
}

type Callback<T> = (result: { status: unknown; value: T; error?: { message?: string } }) => void;

/** One Office.js call as a promise; a missing API or a failure rejects. */
function call<T>(start: ((cb: Callback<T>) => void) | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (typeof start !== 'function') {
      reject(new Error('not supported'));
      return;
    }
    try {
      start((result) => ((result.status as unknown) === 'succeeded' ? resolve(result.value) : reject(new Error(result.error?.message ?? 'failed'))));
    } catch (error) {
      reject(error);
    }
  });
}

/** The roaming copy of the settings when it is well-formed. */
export function cachedSenderSettings(value: unknown): SenderCheckSettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as { municipality?: { name?: unknown; domains?: unknown; mailbox?: unknown }; senderCheck?: Record<string, unknown> };
  const m = v.municipality;
  const s = v.senderCheck;
  if (!m || typeof m.name !== 'string' || !Array.isArray(m.domains) || !m.domains.every((d) => typeof d === 'string')) return null;
  if (m.mailbox !== undefined && typeof m.mailbox !== 'string') return null;
  if (!s || (s.mode !== 'block' && s.mode !== 'warn') || typeof s.requireAnswerTime !== 'boolean' || typeof s.lixHintAbove !== 'number') return null;
  if (s.signature !== undefined && typeof s.signature !== 'string') return null;
  if (typeof s.acknowledgement !== 'string') return null;
  return value as SenderCheckSettings;
}

/** What to tell Outlook for a check result. */
export function decide(result: SenderCheckResult, supportsSmartAlertsButtons: boolean): SendDecision {
  const text = sendAlertText(result, 'sv', supportsSmartAlertsButtons);
  if (text === null) return { allowEvent: true };
  const blocking = result.findings.some((f) => f.severity === 'block');
  const fix = supportsSmartAlertsButtons && result.signature !== null ? { cancelLabel: FIX_LABEL, commandId: FIX_COMMAND_ID, contextData: FIX_CONTEXT } : {};
  if (blocking) return { allowEvent: false, errorMessage: text, ...fix };
  // Only warnings: ask, and let the person send anyway; a client that cannot ask lets it go.
  if (!supportsSmartAlertsButtons) return { allowEvent: true };
  return { allowEvent: false, errorMessage: text, sendModeOverride: 'promptUser', ...fix };
}

interface CustomProperties {
  set(name: string, value: string): void;
  saveAsync(cb: Callback<void>): void;
}

interface ComposeItem {
  body?: { getAsync?(coercion: string, cb: Callback<string>): void };
  from?: { getAsync?(cb: Callback<{ emailAddress?: string }>): void };
  getSharedPropertiesAsync?(cb: Callback<{ owner?: string }>): void;
  sessionData?: { getAsync?(name: string, cb: Callback<string>): void };
  loadCustomPropertiesAsync?(cb: Callback<CustomProperties>): void;
  conversationId?: string | null;
}

/**
 * @summary Creates the handler Outlook calls on send (register it with
 * `Office.actions.associate('onMessageSendHandler', handler)`).
 */
export function createOnMessageSendHandler(options: OnSendOptions): (event: { completed(decision: SendDecision): void }) => void {
  const now = options.now ?? (() => Date.now());
  return function onMessageSendHandler(event) {
    let completed = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const office = options.office;
    const settings = cachedSenderSettings(safely(() => office.context.roamingSettings?.get(SENDER_SETTINGS_SETTING))) ?? options.fallbackSettings;
    const complete = (decision: SendDecision): void => {
      if (completed) return;
      completed = true;
      if (timer !== null) clearTimeout(timer);
      event.completed(decision);
    };
    const failed = (): SendDecision => (settings.senderCheck.mode === 'block' ? { allowEvent: false, errorMessage: FAILED_MESSAGE } : { allowEvent: true });
    if (typeof setTimeout === 'function' && options.timeoutMs !== 0) timer = setTimeout(() => complete(failed()), options.timeoutMs ?? 10_000);
    check(office, settings, now).then(complete, () => complete(failed()));
  };
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

async function check(office: OnSendOffice, settings: SenderCheckSettings, now: () => number): Promise<SendDecision> {
  const item = office.context.mailbox.item as ComposeItem | null;
  if (!item) throw new Error('no item');
  const body = item.body;
  const bodyText = await call<string>(body?.getAsync ? (cb) => body.getAsync!('text', cb) : undefined);
  const from = item.from;
  const [fromAddress, sharedOwner, owed] = await Promise.all([
    call<{ emailAddress?: string }>(from?.getAsync ? (cb) => from.getAsync!(cb) : undefined).then((v) => v.emailAddress ?? null, () => null),
    call<{ owner?: string }>(item.getSharedPropertiesAsync ? (cb) => item.getSharedPropertiesAsync!(cb) : undefined).then((v) => v.owner ?? null, () => null),
    call<string>(item.sessionData?.getAsync ? (cb) => item.sessionData!.getAsync!(ANSWER_OWED_SESSION_KEY, cb) : undefined).then((v) => v === '1', () => false),
  ]);
  const sender = effectiveSenderAddress({ from: fromAddress, sharedOwner });
  // a report of concern the task pane saw and nobody has marked as handed on (a note in roaming settings)
  const openConcern = openConcernFor(safely(() => office.context.roamingSettings?.get(OPEN_CONCERNS_SETTING)), item.conversationId, now());
  const result = checkOutgoingMail({ from: sender, bodyText, answersOpenContact: owed, openConcern }, settings);
  const supports114 = safely(() => office.context.requirements?.isSetSupported('Mailbox', '1.14')) === true;
  const decision = decide(result, supports114);
  if (decision.allowEvent) await markAcknowledgement(office, item, bodyText, now);
  return decision;
}

/**
 * A reply opened by "Svara med besked" leaves with the acknowledgement marker: the
 * add-in's custom property `svarstidAck` = the promised time, which Exchange keeps on the sent
 * item (src/core/acknowledgement/marker.ts). Best effort: the worker also reads the date in the text.
 */
async function markAcknowledgement(office: OnSendOffice, item: ComposeItem, bodyText: string, now: () => number): Promise<void> {
  const settings = office.context.roamingSettings;
  const pending = matchingAcknowledgement(safely(() => settings?.get(PENDING_ACKNOWLEDGEMENT_SETTING)), {
    conversationId: item.conversationId ?? null,
    bodyText,
    now: now(),
  });
  if (!pending || !item.loadCustomPropertiesAsync) return;
  try {
    const properties = await call<CustomProperties>((cb) => item.loadCustomPropertiesAsync!(cb));
    properties.set(ACK_CUSTOM_PROPERTY, ackMarkerValue(pending.promised));
    await call<void>((cb) => properties.saveAsync(cb));
    safely(() => {
      settings?.remove(PENDING_ACKNOWLEDGEMENT_SETTING);
      settings?.saveAsync();
    });
  } catch {
    // The mark is a convenience for the worker, which also recognises a stated date in the text.
  }
}
