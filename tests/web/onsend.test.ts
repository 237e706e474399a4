import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { OfficeMockObject } from 'office-addin-mock';
import webpack from 'webpack';
import { presetConfig } from '../../src/core/config';
import { checkOutgoingMail } from '../../src/core/sender/checkOutgoingMail';
import { ACK_CUSTOM_PROPERTY } from '../../src/core/acknowledgement/marker';
import type { SenderCheckSettings } from '../../src/core/sender/checkOutgoingMail';
import { OPEN_CONCERNS_SETTING, OPEN_CONCERN_MS, OPEN_CONCERNS_MAX, noteOpenConcern, openConcernFor } from '../../addin/host/openConcerns';
import { PENDING_ACKNOWLEDGEMENT_SETTING } from '../../addin/host/pendingAcknowledgement';
import { SENDER_SETTINGS_SETTING } from '../../addin/host/senderSettingsCache';
import {
  ANSWER_OWED_SESSION_KEY,
  FIX_COMMAND_ID,
  FIX_LABEL,
  createOnMessageSendHandler,
  type OnSendOffice,
  type SendDecision,
} from '../../addin/onsend/onMessageSendHandler';

/**
 * The on-send check (actionId onMessageSendHandler): unit tests against office-addin-mock, and the
 * built script itself in a bare JavaScript context, as classic Outlook on Windows runs it.
 */

const ljungby = presetConfig('ljungby');
const settings: SenderCheckSettings = { municipality: ljungby.municipality, senderCheck: ljungby.senderCheck };
const signed = 'Hej!\n\nTack för ditt mejl. Du får svar senast fredag 27 november.\n\nMed vänlig hälsning\nLjungby kommun';
const unsigned = 'Hej!\n\nTack för ditt mejl. Du får svar senast fredag 27 november.';

type Cb<T> = (r: { status: string; value?: T; error?: { message: string } }) => void;

interface Item {
  body?: string | 'fail' | 'never' | 'twice';
  from?: string;
  owner?: string | null;
  owed?: boolean;
  conversationId?: string;
}

function mockOffice(item: Item, options: { roaming?: Record<string, unknown>; mailbox114?: boolean } = {}): { office: OfficeMockObject; custom: Record<string, string>; roaming: Map<string, unknown> } {
  const custom: Record<string, string> = {};
  const roaming = new Map(Object.entries(options.roaming ?? {}));
  const office = new OfficeMockObject({
    host: 'outlook',
    context: {
      requirements: { isSetSupported: (name: string, version?: string) => name === 'Mailbox' && Number(version) <= ((options.mailbox114 ?? true) ? 1.15 : 1.13) },
      roamingSettings: {
        get: (name: string) => roaming.get(name),
        set: (name: string, value: unknown) => void roaming.set(name, value),
        remove: (name: string) => void roaming.delete(name),
        saveAsync: (cb?: Cb<void>) => cb?.({ status: 'succeeded' }),
      },
      mailbox: {
        item: {
          conversationId: item.conversationId ?? 'conv-1',
          body: {
            getAsync: (_coercion: string, cb: Cb<string>) => {
              if (item.body === 'never') return;
              if (item.body === 'fail') return cb({ status: 'failed', error: { message: 'no body' } });
              cb({ status: 'succeeded', value: item.body === 'twice' ? unsigned : (item.body ?? signed) });
              if (item.body === 'twice') cb({ status: 'succeeded', value: unsigned });
            },
          },
          from: { getAsync: (cb: Cb<{ emailAddress: string }>) => cb({ status: 'succeeded', value: { emailAddress: item.from ?? 'kommun@ljungby.se' } }) },
          getSharedPropertiesAsync: (cb: Cb<{ owner: string }>) =>
            item.owner ? cb({ status: 'succeeded', value: { owner: item.owner } }) : cb({ status: 'failed', error: { message: "The current folder or mailbox isn't shared." } }),
          sessionData: {
            getAsync: (name: string, cb: Cb<string>) =>
              name === ANSWER_OWED_SESSION_KEY && item.owed !== undefined ? cb({ status: 'succeeded', value: item.owed ? '1' : '0' }) : cb({ status: 'failed', error: { message: 'not found' } }),
          },
          loadCustomPropertiesAsync: (cb: Cb<unknown>) => {
            const pending: Record<string, string> = {};
            cb({
              status: 'succeeded',
              value: {
                set: (name: string, value: string) => void (pending[name] = value),
                saveAsync: (done: Cb<void>) => {
                  Object.assign(custom, pending);
                  done({ status: 'succeeded' });
                },
              },
            });
          },
        },
      },
    },
  });
  return { office, custom, roaming };
}

/** Runs the handler once; resolves with every `completed` call (there must be exactly one). */
async function send(office: OfficeMockObject, timeoutMs?: number): Promise<SendDecision[]> {
  const calls: SendDecision[] = [];
  const handler = createOnMessageSendHandler({ office: office as unknown as OnSendOffice, fallbackSettings: settings, ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
  await new Promise<void>((resolve) => {
    handler({ completed: (d) => (calls.push(d), resolve()) });
  });
  await new Promise((r) => setTimeout(r, timeoutMs ? timeoutMs + 50 : 20)); // a second call would arrive here
  return calls;
}

describe('onMessageSendHandler (office-addin-mock)', () => {
  it('allows a reply from the shared mailbox that names the municipality', async () => {
    expect(await send(mockOffice({ body: signed }).office)).toEqual([{ allowEvent: true }]);
  });

  it('blocks a reply that does not name the municipality, in Swedish, with a button to the fix', async () => {
    const [decision, ...more] = await send(mockOffice({ body: unsigned }).office);
    expect(more).toEqual([]);
    expect(decision).toMatchObject({ allowEvent: false, cancelLabel: FIX_LABEL, commandId: FIX_COMMAND_ID, contextData: JSON.stringify({ fix: 'signature' }) });
    expect(decision!.errorMessage).toContain('Ditt svar nämner inte Ljungby kommun');
    // the text names the button exactly as Outlook labels it
    expect(decision!.errorMessage).toContain(`välj ${FIX_LABEL} här nedan`);
    expect(decision!.errorMessage!.length).toBeLessThanOrEqual(500);
    expect(FIX_LABEL.length).toBeLessThanOrEqual(20);
  });

  it('leaves the button out where Outlook cannot show it (before Mailbox 1.14), and still blocks', async () => {
    const [decision] = await send(mockOffice({ body: unsigned }, { mailbox114: false }).office);
    expect(decision).toEqual({ allowEvent: false, errorMessage: expect.stringContaining('Ljungby kommun') });
    // no button, so the text does not name one; it points to the compose pane's fix instead
    expect(decision!.errorMessage).not.toContain(FIX_LABEL + ' här nedan');
    expect(decision!.errorMessage).toContain('Avsändarkontroll och sedan Infoga signatur');
  });

  it('does not trust item.from alone: in a shared mailbox the owner is the sender', async () => {
    // Desktop Outlook may report the user's own address on a reply from the shared mailbox.
    expect(await send(mockOffice({ body: signed, from: 'anna.berg@gmail.com', owner: 'kommun@ljungby.se' }).office)).toEqual([{ allowEvent: true }]);
    const [blocked] = await send(mockOffice({ body: signed, from: 'anna.berg@gmail.com', owner: null }).office);
    expect(blocked!.allowEvent).toBe(false);
    expect(blocked!.errorMessage).toContain('Avsändaren (anna.berg@gmail.com) är inte kommunens adress.');
  });

  it('asks (send anyway is allowed) when a reply to an open contact does not say when the answer comes', async () => {
    const body = 'Hej!\n\nVi har tagit emot ditt mejl.\n\nLjungby kommun';
    const [decision] = await send(mockOffice({ body, owed: true }).office);
    expect(decision).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    // The core's own short sentence for the finding (its wording is the core's to choose).
    const finding = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: body, answersOpenContact: true }, ljungby).findings.find((f) => f.code === 'answer-time-missing')!;
    expect(decision!.errorMessage).toContain(finding.brief!.sv);
    expect(decision!.errorMessage).toContain('du kan skicka ändå');
    expect(await send(mockOffice({ body, owed: false }).office)).toEqual([{ allowEvent: true }]);
  });

  it('in warn mode (from the configuration the panes cached) asks instead of blocking', async () => {
    const warn = { ...settings, senderCheck: { ...settings.senderCheck, mode: 'warn' } };
    const [decision] = await send(mockOffice({ body: unsigned }, { roaming: { [SENDER_SETTINGS_SETTING]: warn } }).office);
    expect(decision).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser', cancelLabel: FIX_LABEL });
    expect(await send(mockOffice({ body: unsigned }, { roaming: { [SENDER_SETTINGS_SETTING]: warn }, mailbox114: false }).office)).toEqual([{ allowEvent: true }]);
  });

  it('uses the cached configuration over the build’s, and ignores a malformed cache', async () => {
    const other = { municipality: { name: 'Alvesta kommun', domains: ['alvesta.se'], mailbox: 'kommun@alvesta.se' }, senderCheck: settings.senderCheck };
    const [decision] = await send(mockOffice({ body: signed, from: 'kommun@alvesta.se' }, { roaming: { [SENDER_SETTINGS_SETTING]: other } }).office);
    expect(decision!.errorMessage).toContain('nämner inte Alvesta kommun');
    expect(await send(mockOffice({ body: signed }, { roaming: { [SENDER_SETTINGS_SETTING]: { municipality: 'x' } } }).office)).toEqual([{ allowEvent: true }]);
  });

  it('ends in exactly one completed when the body cannot be read, never answers, or answers twice', async () => {
    expect(await send(mockOffice({ body: 'fail' }).office)).toEqual([{ allowEvent: false, errorMessage: expect.stringContaining('Försök skicka igen') }]);
    expect(await send(mockOffice({ body: 'never' }).office, 100)).toEqual([{ allowEvent: false, errorMessage: expect.stringContaining('Försök skicka igen') }]);
    expect(await send(mockOffice({ body: 'twice' }).office)).toHaveLength(1);
    const warn = { ...settings, senderCheck: { ...settings.senderCheck, mode: 'warn' } };
    expect(await send(mockOffice({ body: 'fail' }, { roaming: { [SENDER_SETTINGS_SETTING]: warn } }).office)).toEqual([{ allowEvent: true }]);
  });

  it('warns first, before Send, in the conversation of a report of concern the pane saw and nobody marked as handed on (round 27)', async () => {
    const social = { sv: 'Socialförvaltningen', en: 'Social services' };
    const notes = [{ conversationId: 'conv-1', to: social, at: new Date().toISOString() }];
    // a thank-you that names the municipality: without the note it goes; with it, Outlook asks
    const body = 'Hej!\n\nTack för att du hörde av dig.\n\nLjungby kommun';
    expect(await send(mockOffice({ body, owed: true, conversationId: 'conv-2' }, { roaming: { [OPEN_CONCERNS_SETTING]: notes } }).office)).toEqual([
      expect.objectContaining({ errorMessage: expect.not.stringContaining('orosanmälan') }),
    ]);
    const [decision] = await send(mockOffice({ body, owed: true }, { roaming: { [OPEN_CONCERNS_SETTING]: notes } }).office);
    expect(decision).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(decision!.errorMessage).toMatch(/^Svarstid: Läs detta innan du skickar; du kan skicka ändå\. Orosanmälan som inte är markerad som lämnad vidare: ett svar lämnar den inte vidare\. Lämna den först till Socialförvaltningen /);
    // no advice to promise a date for a report of concern
    expect(decision!.errorMessage).not.toContain('Du får svar');
    // and it never stops a reply that would otherwise go: a warning, also in block mode
    const signedReply = mockOffice({ body, owed: false }, { roaming: { [OPEN_CONCERNS_SETTING]: notes } });
    expect(await send(signedReply.office)).toEqual([expect.objectContaining({ allowEvent: false, sendModeOverride: 'promptUser' })]);
    // an unsigned reply is still stopped, and the concern comes with it
    const [blocked] = await send(mockOffice({ body: 'Hej!\n\nTack.', owed: true }, { roaming: { [OPEN_CONCERNS_SETTING]: notes } }).office);
    expect(blocked).toMatchObject({ allowEvent: false });
    expect(blocked!.sendModeOverride).toBeUndefined();
    expect(blocked!.errorMessage).toMatch(/^Svarstid: Meddelandet har inte skickats\. Orosanmälan /);
  });

  it('keeps the notes small and fresh: the newest 20, none older than 14 days, removed once handed on', async () => {
    const roaming = new Map<string, unknown>();
    const store = { get: (n: string) => roaming.get(n), set: (n: string, v: unknown) => void roaming.set(n, v), saveAsync: (cb?: (r: Office.AsyncResult<void>) => void) => cb?.({} as Office.AsyncResult<void>) };
    const social = { sv: 'Socialförvaltningen', en: 'Social services' };
    const t0 = Date.parse('2026-12-01T08:00:00Z');
    for (let i = 0; i < OPEN_CONCERNS_MAX + 5; i++) await noteOpenConcern(store, `c${i}`, social, t0 + i * 1000);
    const notes = roaming.get(OPEN_CONCERNS_SETTING) as { conversationId: string }[];
    expect(notes).toHaveLength(OPEN_CONCERNS_MAX);
    expect(notes[0]!.conversationId).toBe('c5');
    expect(openConcernFor(notes, 'c24', t0 + 60_000)).toEqual(social);
    expect(openConcernFor(notes, 'c24', t0 + OPEN_CONCERN_MS + 60_000)).toBeNull();
    // handed on: the note goes, the others stay
    await noteOpenConcern(store, 'c24', null, t0 + 60_000);
    expect(openConcernFor(roaming.get(OPEN_CONCERNS_SETTING), 'c24', t0 + 60_000)).toBeNull();
    expect(openConcernFor(roaming.get(OPEN_CONCERNS_SETTING), 'c23', t0 + 60_000)).toEqual(social);
    // no mail content in the note: ids, the department's name and a time
    expect(JSON.stringify(roaming.get(OPEN_CONCERNS_SETTING))).not.toMatch(/subject|body|@/);
    // a malformed value is ignored, never thrown on
    expect(openConcernFor({ conversationId: 'c1' }, 'c1', t0)).toBeNull();
    expect(openConcernFor([{ conversationId: 'c1', to: 'x', at: 'y' }], 'c1', t0)).toBeNull();
  });

  it('marks a reply opened by "Svara med besked" with the acknowledgement marker (the add-in’s custom property), once', async () => {
    const pending = { conversationId: 'conv-1', promised: '2026-11-27T16:00:00+01:00', phrase: 'fredag 27 november', at: new Date().toISOString() };
    const { office, custom, roaming } = mockOffice({ body: signed }, { roaming: { [PENDING_ACKNOWLEDGEMENT_SETTING]: pending } });
    expect(await send(office)).toEqual([{ allowEvent: true }]);
    expect(custom).toEqual({ [ACK_CUSTOM_PROPERTY]: '2026-11-27T16:00:00+01:00' });
    expect(roaming.has(PENDING_ACKNOWLEDGEMENT_SETTING)).toBe(false);
    // Another conversation, or a reply that no longer states the date, is not an acknowledgement.
    const other = mockOffice({ body: signed, conversationId: 'conv-2' }, { roaming: { [PENDING_ACKNOWLEDGEMENT_SETTING]: pending } });
    await send(other.office);
    expect(other.custom).toEqual({});
    const edited = mockOffice({ body: 'Hej!\n\nLjungby kommun' }, { roaming: { [PENDING_ACKNOWLEDGEMENT_SETTING]: pending } });
    await send(edited.office);
    expect(edited.custom).toEqual({});
  });
});

describe('the built on-send script', () => {
  let source: string;

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'svarstid-onsend-'));
    const factory = require('../../webpack.config.js') as (env: Record<string, string>, argv: { mode: string }) => webpack.Configuration[];
    const config = factory({ out, senderSettings: JSON.stringify(settings) }, { mode: 'production' }).find((c) => c.name === 'onsend')!;
    const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (err, result) => (err || !result ? reject(err ?? new Error('no stats')) : resolve(result))));
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    source = readFileSync(join(out, 'addin', 'onsend.js'), 'utf8');
  }, 120_000);

  /** Loads the script into a context holding nothing but an Office object; returns its handler. */
  function load(body: string): { handler: (event: { completed(d: SendDecision): void }) => void; context: Record<string, unknown> } {
    const registered = new Map<string, (event: { completed(d: SendDecision): void }) => void>();
    const office = {
      actions: { associate: (name: string, fn: (event: { completed(d: SendDecision): void }) => void) => registered.set(name, fn) },
      context: {
        roamingSettings: { get: () => undefined, set: () => undefined, remove: () => undefined, saveAsync: () => undefined },
        requirements: { isSetSupported: () => true },
        mailbox: {
          item: {
            conversationId: 'c',
            body: { getAsync: (_c: string, cb: Cb<string>) => cb({ status: 'succeeded', value: body }) },
            from: { getAsync: (cb: Cb<{ emailAddress: string }>) => cb({ status: 'succeeded', value: { emailAddress: 'kommun@ljungby.se' } }) },
          },
        },
      },
    };
    const context = createContext({ Office: office });
    runInContext(source, context);
    const handler = registered.get('onMessageSendHandler');
    if (!handler) throw new Error('the script did not associate onMessageSendHandler');
    return { handler, context };
  }

  const run = (handler: (event: { completed(d: SendDecision): void }) => void): Promise<SendDecision> => new Promise((resolve) => handler({ completed: resolve }));

  it('is one classic script: no imports, no chunks, no DOM, no Office.onReady', () => {
    expect(source).not.toMatch(/\bimport\s*\(|\brequire\(|importScripts|document\.|window\.|Office\.onReady|\.onReady\(/);
    const { context } = load(signed);
    expect(runInContext('typeof window + typeof document + typeof require + typeof process + typeof fetch', context)).toBe('undefinedundefinedundefinedundefinedundefined');
  });

  it('blocks a reply that does not name the municipality and allows one that does', async () => {
    const blocked = await run(load(unsigned).handler);
    expect(blocked.allowEvent).toBe(false);
    expect(blocked.errorMessage).toContain('nämner inte Ljungby kommun som avsändare');
    expect(await run(load(signed).handler)).toEqual({ allowEvent: true });
  });
});
