import { mkdtempSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingSignInVariables, parseRate, parseRunArgs, startLines, UsageError } from '../../src/cli/runCommand';
import { emptyState, loadState, saveState } from '../../src/worker/state';
import { SentIndex } from '../../src/worker/answered';
import { presetDocument } from '../../src/core/config';

describe('svarstid run arguments', () => {
  it('accepts the contract form with a preset or a config file', () => {
    const a = parseRunArgs(['--mailbox', 'kommun@ljungby.se', '--preset', 'ljungby', '--graph-url', 'http://127.0.0.1:4100', '--once', '--state', 's.json']);
    expect(a).toMatchObject({ mailbox: 'kommun@ljungby.se', graphUrl: 'http://127.0.0.1:4100', once: true, statePath: 's.json', rate: undefined });
    expect(a.config?.policy.id).toBe('ljungby');
    const dir = mkdtempSync(join(tmpdir(), 'svarstid-cli-'));
    const file = join(dir, 'c.json');
    writeFileSync(file, JSON.stringify(presetDocument('salem')));
    const b = parseRunArgs(['--mailbox', 'kommun@salem.se', '--config', file]);
    expect(b.config?.policy.id).toBe('salem');
    // Real Graph: paced to Exchange's documented limit.
    expect(b.rate).toEqual({ limit: 10_000, windowMs: 600_000 });
  });

  it.each([
    [[], '--mailbox'],
    [['--mailbox', 'x@y.se', '--preset', 'ljungby', '--config', 'f'], 'one of them, not both'],
    [['--mailbox', 'x@y.se', '--preset', 'nowhere'], "there is no preset 'nowhere'"],
    [['--mailbox', 'x@y.se', '--preset', 'ljungby', '--graph-url', 'ftp://x'], '--graph-url'],
    [['--mailbox', 'x@y.se', '--preset', 'ljungby', '--bogus'], 'bogus'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseRunArgs(argv as string[])).toThrow(UsageError);
    expect(() => parseRunArgs(argv as string[])).toThrow(message);
  });

  it('parses a pacing rate', () => {
    expect(parseRate('1000/10')).toEqual({ limit: 1000, windowMs: 10_000 });
    expect(() => parseRate('fast')).toThrow(UsageError);
  });
});

describe('worker state file', () => {
  it('is written atomically with mode 0600 and belongs to one mailbox', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svarstid-state-'));
    const file = join(dir, 'state.json');
    expect(loadState(file, 'a@b.se')).toEqual(emptyState('a@b.se'));
    const s = emptyState('a@b.se');
    s.deltaLinks.inbox = 'https://graph.microsoft.com/v1.0/delta?$deltatoken=x';
    saveState(file, s);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadState(file, 'A@B.se').deltaLinks.inbox).toBe(s.deltaLinks.inbox);
    expect(() => loadState(file, 'other@b.se')).toThrow('the file belongs to another shared mailbox');
    writeFileSync(file, '{"v":1}');
    expect(() => loadState(file, 'a@b.se')).toThrow('the file is not a state file written by svarstid run');
    expect(readFileSync(file, 'utf8')).toBe('{"v":1}');
    // a configuration given to the wrong flag: the advice names another file, never removing this one
    expect(() => loadState(join(dir, 'kommun.json'), 'a@b.se')).not.toThrow();
    writeFileSync(join(dir, 'kommun.json'), '{"municipality":{}}');
    expect(() => loadState(join(dir, 'kommun.json'), 'a@b.se')).toThrow(/left alone\. Give another file for --state, e\.g\. --state kommun\.state;/);
    expect(readFileSync(join(dir, 'kommun.json'), 'utf8')).toBe('{"municipality":{}}');
  });
});

describe('SentIndex', () => {
  const sent = (id: string, conversationId: string, at: string, to = 'someone@example.org') => ({
    id,
    conversationId,
    sentDateTime: at,
    toRecipients: [{ emailAddress: { address: to } }],
  });

  it('finds the first answer strictly after receipt, and ignores forwards to departments', () => {
    const index = new SentIndex(new Set(['kultur@exempelby.se']));
    expect(index.add(sent('1', 'c', '2026-11-20T10:00:00Z'))).toBe('c');
    index.add(sent('2', 'c', '2026-11-23T09:00:00Z'));
    expect(index.add(sent('3', 'c', '2026-11-21T09:00:00Z', 'kultur@exempelby.se'))).toBeNull();
    expect(index.add(sent('1', 'c', '2026-11-20T10:00:00Z'))).toBeNull(); // duplicate
    expect(index.answeredAfter('c', '2026-11-20T10:00:00Z')).toBe(Date.parse('2026-11-23T09:00:00Z'));
    expect(index.answeredAfter('c', '2026-11-19T10:00:00Z')).toBe(Date.parse('2026-11-20T10:00:00Z'));
    expect(index.answeredAfter('c', '2026-11-24T10:00:00Z')).toBeNull();
    expect(index.answeredAfter('other', '2026-11-19T10:00:00Z')).toBeNull();
    expect(index.forwardedSince('c', 'KULTUR@exempelby.se', Date.parse('2026-11-21T00:00:00Z'))).toBe(true);
    expect(index.forwardedSince('c', 'kultur@exempelby.se', Date.parse('2026-11-22T00:00:00Z'))).toBe(false);
    expect(index.conversationsAnsweredAfter(Date.parse('2026-11-22T00:00:00Z'))).toEqual(['c']);
  });

  it('does not take a forward someone sends from the mailbox (to a colleague, a department, the social services) for an answer', () => {
    const index = new SentIndex(new Set(['kultur@exempelby.se']));
    for (const [id, subject] of [['f1', 'VB: Trasig gatlykta'], ['f2', 'FW: Broken streetlight'], ['f3', 'Fwd: hjälp'], ['f4', '  vb:Orosanmälan'], ['f5', 'WG: Anfrage']] as const) {
      expect(index.add({ ...sent(id, 'c', '2026-11-20T10:00:00Z', 'kollega@exempelby.se'), subject })).toBeNull();
    }
    expect(index.answeredAfter('c', '2026-11-19T10:00:00Z')).toBeNull();
    // a reply to the forward, or any reply, still counts
    expect(index.add({ ...sent('r1', 'c', '2026-11-21T10:00:00Z'), subject: 'SV: VB: Trasig gatlykta' })).toBe('c');
    expect(index.add({ ...sent('r2', 'd', '2026-11-21T10:00:00Z'), subject: 'Svar om vägbidrag' })).toBe('d');
    expect(index.answeredAfter('c', '2026-11-19T10:00:00Z')).toBe(Date.parse('2026-11-21T10:00:00Z'));
  });
});

describe('the start lines of svarstid run', () => {
  const args = { mailbox: 'kommun@ljungby.se', pollMs: 60_000, publicUrl: undefined, graphUrl: undefined };
  const url = 'http://127.0.0.1:3500';

  it('says the service polls, how often, and which flag gives notifications, when no --public-url is given', () => {
    const text = startLines(args, url, { status: 'ok', notifications: 'polling' }, false);
    expect(text).toMatch(/^svarstid run: märker kommun@ljungby\.se löpande\. Inga ändringsaviseringar, eftersom ingen --public-url är angiven: tjänsten frågar efter ändringar var 60:e sekund\. Ange --public-url https:/);
    expect(text).toMatch(/\nsvarstid run: labelling kommun@ljungby\.se continuously\. No change notifications, because no --public-url was given: the service polls every 60 seconds\./);
    expect(text).toContain('Hälsokontroll: http://127.0.0.1:3500/health.');
    expect(text).not.toMatch(/Ändringsaviseringar från Graph kommer/);
  });

  it('says a refused subscription is a refusal, not notifications at the address', () => {
    const text = startLines({ ...args, graphUrl: 'http://127.0.0.1:4200/v1.0', pollMs: 2_000 }, url, { status: 'ok', notifications: 'polling' }, true);
    expect(text).toContain('Graph på http://127.0.0.1:3500 tog inte emot prenumerationen (tjänstens aviseringsadress är http, Graph kräver https)');
    expect(text).toContain('var 2:a sekund och försöker prenumerera igen om 15 minuter');
    expect(text).toContain('--allow-http-loopback');
  });

  it('gives the notification address only when notifications arrive', () => {
    const text = startLines({ ...args, publicUrl: 'https://svarstid.ljungby.se/' }, url, { status: 'ok', notifications: 'webhook' }, true);
    expect(text).toContain('Ändringsaviseringar från Graph kommer till https://svarstid.ljungby.se/notifications; tjänsten frågar dessutom efter ändringar var 60:e sekund');
    expect(text).not.toContain('Inga ändringsaviseringar');
  });
});

describe('the sign-in refusal of svarstid run', () => {
  it('names every missing variable at once, not only the first', () => {
    expect(missingSignInVariables({})).toEqual({
      sv: ['SVARSTID_TENANT_ID', 'SVARSTID_CLIENT_ID', 'SVARSTID_CERT_PATH och SVARSTID_CERT_THUMBPRINT (eller SVARSTID_CLIENT_SECRET i stället för certifikatets variabler)'],
      en: ['SVARSTID_TENANT_ID', 'SVARSTID_CLIENT_ID', 'SVARSTID_CERT_PATH and SVARSTID_CERT_THUMBPRINT (or SVARSTID_CLIENT_SECRET instead of the certificate\'s variables)'],
    });
    expect(missingSignInVariables({ SVARSTID_TENANT_ID: 'ljungby.se', SVARSTID_CLIENT_ID: 'x', SVARSTID_CLIENT_SECRET: 's' }).sv).toEqual([]);
    expect(missingSignInVariables({ SVARSTID_CLIENT_ID: 'x', SVARSTID_CERT_PATH: 'c.pem' }).sv).toEqual(['SVARSTID_TENANT_ID', 'SVARSTID_CERT_THUMBPRINT (eller SVARSTID_CLIENT_SECRET i stället för certifikatets variabler)']);
  });
});
