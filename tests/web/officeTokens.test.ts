import { officeDialogTokenSource, officeTokenSource, parseDialogAnswer, SignInError } from '../../addin/auth/officeTokens';
import { DELEGATED_GRAPH_SCOPES, msalConfiguration } from '../../src/auth/msalBrowserTokens';

/**
 * Signing in inside Outlook: nested app authentication where the host supports NestedAppAuth
 * 1.1, the Office dialog elsewhere; delegated scopes only as wide as needed; no localStorage.
 */

const pca = {
  getActiveAccount: jest.fn(() => null),
  getAllAccounts: jest.fn(() => []),
  setActiveAccount: jest.fn(),
  acquireTokenSilent: jest.fn(async () => ({ accessToken: 'naa-token' })),
  acquireTokenPopup: jest.fn(async () => ({ accessToken: 'popup-token', account: { homeAccountId: 'a' } })),
};
const createNestable = jest.fn(async (_config: unknown) => pca);
jest.mock('@azure/msal-browser', () => ({ createNestablePublicClientApplication: (config: unknown) => createNestable(config) }));

type DialogHandler = (arg: { message: string } | { error: number }) => void;

function fakeOffice(options: { naa: boolean; answers?: string[] }) {
  const opened: string[] = [];
  const answers = [...(options.answers ?? [])];
  const office = {
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      requirements: { isSetSupported: (name: string, version?: string) => options.naa && name === 'NestedAppAuth' && version === '1.1' },
      ui: {
        displayDialogAsync: (url: string, _opts: unknown, cb: (r: { status: string; value: unknown }) => void) => {
          opened.push(url);
          const handlers = new Map<string, DialogHandler>();
          cb({
            status: 'succeeded',
            value: {
              close: jest.fn(),
              addEventHandler: (type: string, handler: DialogHandler) => {
                handlers.set(type, handler);
                if (type === 'dialogMessageReceived') setTimeout(() => handler({ message: answers.shift() ?? '' }), 0);
              },
            },
          });
        },
      },
    },
  };
  return { office: office as unknown as typeof Office, opened };
}

beforeEach(() => jest.clearAllMocks());

describe('officeTokenSource', () => {
  it('uses nested app authentication where NestedAppAuth 1.1 is supported, with the three delegated scopes and sessionStorage', async () => {
    const { office, opened } = fakeOffice({ naa: true });
    const tokens = officeTokenSource(office, { clientId: '11111111-2222-3333-4444-555555555555', origin: 'https://svarstid.ljungby.se' });
    expect(await tokens.getToken()).toBe('naa-token');
    expect(opened).toEqual([]);
    expect(createNestable).toHaveBeenCalledWith(msalConfiguration({ clientId: '11111111-2222-3333-4444-555555555555' }));
    expect(createNestable.mock.calls[0]![0]).toMatchObject({ cache: { cacheLocation: 'sessionStorage' } });
    expect(pca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: [...DELEGATED_GRAPH_SCOPES], forceRefresh: false });
    expect([...DELEGATED_GRAPH_SCOPES]).toEqual([
      'https://graph.microsoft.com/Mail.ReadWrite.Shared',
      'https://graph.microsoft.com/Mail.Send.Shared',
      'https://graph.microsoft.com/User.Read',
    ]);
  });

  it('asks the user (popup through the host) when a silent token needs consent, and refreshes after invalidate', async () => {
    const { office } = fakeOffice({ naa: true });
    pca.acquireTokenSilent.mockRejectedValueOnce(new Error('interaction_required'));
    const tokens = officeTokenSource(office, { clientId: '11111111-2222-3333-4444-555555555555', origin: 'https://x.se' });
    expect(await tokens.getToken()).toBe('popup-token');
    expect(pca.setActiveAccount).toHaveBeenCalledWith({ homeAccountId: 'a' });
    tokens.invalidate();
    await tokens.getToken();
    expect(pca.acquireTokenSilent).toHaveBeenLastCalledWith(expect.objectContaining({ forceRefresh: true }));
  });

  it('falls back to the Office dialog on our sign-in page where NAA is missing, and keeps the token in memory', async () => {
    const expiresOn = Date.now() + 3600_000;
    const { office, opened } = fakeOffice({ naa: false, answers: [JSON.stringify({ type: 'token', accessToken: 'dialog-token', expiresOn })] });
    const tokens = officeTokenSource(office, { clientId: '11111111-2222-3333-4444-555555555555', origin: 'https://svarstid.ljungby.se' });
    expect(await tokens.getToken()).toBe('dialog-token');
    expect(await tokens.getToken()).toBe('dialog-token');
    expect(opened).toEqual(['https://svarstid.ljungby.se/addin/auth-dialog.html']);
    expect(createNestable).not.toHaveBeenCalled();
  });

  it('asks again when the token is about to expire, and reports a failed sign-in in Swedish', async () => {
    let now = 0;
    const { office, opened } = fakeOffice({
      naa: false,
      answers: [JSON.stringify({ type: 'token', accessToken: 't1', expiresOn: 10 * 60_000 }), JSON.stringify({ type: 'error', message: 'user_cancelled' })],
    });
    const tokens = officeDialogTokenSource(office, 'https://x.se/addin/auth-dialog.html', () => now);
    expect(await tokens.getToken()).toBe('t1');
    now = 6 * 60_000; // within five minutes of expiry
    await expect(tokens.getToken()).rejects.toMatchObject({ sv: 'Inloggningen misslyckades: user_cancelled' });
    expect(opened).toHaveLength(2);
  });

  it('reads only well-formed answers from the dialog', () => {
    expect(parseDialogAnswer('{"type":"token","accessToken":"a","expiresOn":1}')).toEqual({ type: 'token', accessToken: 'a', expiresOn: 1 });
    expect(parseDialogAnswer('<html>')).toEqual({ type: 'error', message: 'unexpected answer from the sign-in dialog' });
    expect(parseDialogAnswer('{"type":"token","accessToken":5}').type).toBe('error');
    expect(new SignInError('x')).toBeInstanceOf(Error);
  });
});
