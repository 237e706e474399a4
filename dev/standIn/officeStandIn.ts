import { toRestId, type OutlookHost } from './hostProtocol';

/**
 * A local stand-in for office.js inside the development harness (`/dev/outlook.html`): the
 * parts of `Office` the add-in uses, backed by the harness window that hosts this frame. Loaded
 * instead of office.js in `/dev/taskpane.html`, `/dev/compose.html` and `/dev/onsend.html`;
 * the pane code after it is the real, unchanged add-in. Development only.
 */

type Callback<T> = (result: { status: 'succeeded' | 'failed'; value: T; error?: { code: number; name: string; message: string }; asyncContext?: unknown }) => void;

function host(): OutlookHost {
  const h = window.parent?.svarstidOutlookHost;
  if (!h) throw new Error('the Office stand-in runs only inside /dev/outlook.html');
  return h;
}

function ok<T>(cb: Callback<T> | undefined, value: T): void {
  if (cb) setTimeout(() => cb({ status: 'succeeded', value }), 0);
}
function fail(cb: Callback<never> | undefined, code: number, name: string, message: string): void {
  if (cb) setTimeout(() => cb({ status: 'failed', value: undefined as never, error: { code, name, message } }), 0);
}

/** Office.js passes options before the callback in many calls; find the callback. */
function callbackOf<T>(args: unknown[]): Callback<T> | undefined {
  const f = args.find((a) => typeof a === 'function');
  return f as Callback<T> | undefined;
}

function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  doc.querySelectorAll('p, div').forEach((p) => p.append('\n\n'));
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const isCompose = /compose|onsend/.test(location.pathname);

function sharedProperties(cb: Callback<Office.SharedProperties> | undefined): void {
  const owner = host().sharedOwner();
  if (!owner) {
    fail(cb as Callback<never>, 9041, 'GenericResponseError', "The current folder or mailbox isn't shared.");
    return;
  }
  ok(cb, { owner, targetMailbox: owner, targetRestUrl: '', delegatePermissions: 1 | 2 | 32 } as unknown as Office.SharedProperties);
}

function readItem(): unknown {
  const item = host().readItem();
  if (!item) return null;
  return {
    itemType: 'message',
    itemId: item.itemId,
    subject: item.subject,
    conversationId: item.conversationId,
    from: item.from,
    dateTimeCreated: item.dateTimeCreated,
    getSharedPropertiesAsync: (...args: unknown[]) => sharedProperties(callbackOf(args)),
    displayReplyForm: (form: string | { htmlBody?: string }) => host().openReply(typeof form === 'string' ? form : (form.htmlBody ?? '')),
  };
}

function composeItem(): unknown {
  const item = host().composeItem();
  if (!item) return null;
  return {
    itemType: 'message',
    conversationId: item.conversationId,
    subject: { getAsync: (...args: unknown[]) => ok(callbackOf(args), item.subject) },
    body: {
      getAsync: (coercion: string, ...args: unknown[]) => {
        const text = item.text();
        ok(callbackOf(args), coercion === 'html' ? `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>` : text);
      },
      getTypeAsync: (...args: unknown[]) => ok(callbackOf(args), 'html'),
      setAsync: (data: string, ...args: unknown[]) => {
        item.setText(htmlToText(data));
        ok(callbackOf(args), undefined);
      },
      setSelectedDataAsync: (data: string, ...args: unknown[]) => {
        item.setText(`${item.text()}\n\n${htmlToText(data)}`.trim());
        ok(callbackOf(args), undefined);
      },
      setSignatureAsync: (data: string, ...args: unknown[]) => {
        // Outlook puts the signature in its own place at the end of the body.
        item.setText(`${item.text().trimEnd()}\n\n${htmlToText(data)}`.trim());
        ok(callbackOf(args), undefined);
      },
    },
    from: { getAsync: (...args: unknown[]) => ok(callbackOf(args), { emailAddress: item.from, displayName: host().user().displayName }) },
    getSharedPropertiesAsync: (...args: unknown[]) => sharedProperties(callbackOf(args)),
    sessionData: {
      getAsync: (name: string, ...args: unknown[]) => {
        const v = item.sessionData.get(name);
        if (v === undefined) fail(callbackOf(args) as Callback<never>, 9057, 'SessionObjectMaxLengthExceeded', 'not found');
        else ok(callbackOf(args), v);
      },
      setAsync: (name: string, value: string, ...args: unknown[]) => {
        item.sessionData.set(name, value);
        ok(callbackOf(args), undefined);
      },
    },
    loadCustomPropertiesAsync: (...args: unknown[]) => {
      const pending: Record<string, string> = { ...item.customProperties };
      ok(callbackOf(args), {
        get: (name: string) => pending[name],
        set: (name: string, value: string) => void (pending[name] = String(value)),
        remove: (name: string) => void delete pending[name],
        getAll: () => ({ ...pending }),
        saveAsync: (...saveArgs: unknown[]) => {
          for (const key of Object.keys(item.customProperties)) delete item.customProperties[key];
          Object.assign(item.customProperties, pending);
          ok(callbackOf(saveArgs), undefined);
        },
      });
    },
    getInitializationContextAsync: (...args: unknown[]) => ok(callbackOf(args), host().takeInitializationContext()),
  };
}

const handlers = new Map<string, () => void>();

const standIn = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Text: 'text', Html: 'html' },
  EventType: { ItemChanged: 'olkItemSelectedChanged', DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived', OfficeThemeChanged: 'officeThemeChanged' },
  MailboxEnums: { RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' }, ItemType: { Message: 'message', Appointment: 'appointment' } },
  HostType: { Outlook: 'Outlook' },
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
    const info = { host: 'Outlook', platform: 'OfficeOnline' };
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
  actions: {
    associate(name: string, action: (event: { completed(options: Record<string, unknown>): void }) => void): void {
      host().registerAction(name, action);
    },
  },
  context: {
    get displayLanguage(): string {
      return host().displayLanguage();
    },
    get officeTheme(): { bodyBackgroundColor: string; isDarkTheme: boolean } {
      const dark = host().dark();
      return { bodyBackgroundColor: dark ? '#292929' : '#ffffff', isDarkTheme: dark };
    },
    requirements: { isSetSupported: (name: string, version?: string) => host().isSetSupported(name, version) },
    roamingSettings: {
      get: (name: string) => host().roaming.get(name),
      set: (name: string, value: unknown) => void host().roaming.set(name, value),
      remove: (name: string) => void host().roaming.delete(name),
      saveAsync: (callback?: Callback<void>) => ok(callback, undefined),
    },
    ui: {
      displayDialogAsync: (_url: string, ...args: unknown[]) => fail(callbackOf(args) as Callback<never>, 12007, 'DialogNotSupported', 'the harness has no dialogs; the demo uses the emulator token path'),
    },
    mailbox: {
      get item(): unknown {
        return isCompose ? composeItem() : readItem();
      },
      get userProfile(): { displayName: string; emailAddress: string } {
        return host().user();
      },
      convertToRestId: (itemId: string) => toRestId(itemId),
      addHandlerAsync(type: string, handler: () => void, ...args: unknown[]): void {
        if (type === 'olkItemSelectedChanged') {
          handlers.get(type)?.();
          const off = host().onItemChanged(handler);
          handlers.set(type, off);
        }
        ok(callbackOf(args.filter((a) => a !== handler)), undefined);
      },
      removeHandlerAsync(type: string, ...args: unknown[]): void {
        handlers.get(type)?.();
        handlers.delete(type);
        ok(callbackOf(args), undefined);
      },
    },
  },
};

(window as unknown as { Office: unknown }).Office = standIn;
