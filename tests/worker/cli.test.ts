import { mkdtempSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRate, parseRunArgs, UsageError } from '../../src/cli/runCommand';
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
});
