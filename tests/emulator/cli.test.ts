import { parseEmulatorArgs, runEmulatorCommand } from '../../src/cli/emulatorCommand';
import { call, inbox } from './support/http';

test('argument parsing follows the CLI contract', () => {
  expect(parseEmulatorArgs(['--port', '0', '--mailbox', 'a@exempelby.se', '--mailbox', 'b@exempelby.se', '--seed', 'demo', '--throttle', 'fast', '--faults', 'seed=7,429=0.05', '--state', '/tmp/x.json', '--live', '3'])).toEqual({
    port: 0,
    mailbox: 'a@exempelby.se',
    extraMailboxes: ['b@exempelby.se'],
    seed: 'demo',
    throttle: 'fast',
    faults: 'seed=7,429=0.05',
    state: '/tmp/x.json',
    liveEverySeconds: 3,
  });
  expect(() => parseEmulatorArgs(['--throttle', 'sometimes'])).toThrow();
  expect(() => parseEmulatorArgs(['--faults', '429=7'])).toThrow();
  expect(() => parseEmulatorArgs(['--seed', '/no/such/file.jsonl'])).toThrow();
  expect(() => parseEmulatorArgs(['--bogus'])).toThrow();
});

test('runEmulatorCommand prints its URL, serves, and stops on SIGTERM', async () => {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    const done = runEmulatorCommand(['--port', '0', '--seed', 'demo', '--mailbox', 'kontakt@exempelby.se']);
    let url: string | undefined;
    for (let i = 0; i < 100 && !url; i++) {
      await new Promise((r) => setTimeout(r, 20));
      url = /listening on (http:\/\/127\.0\.0\.1:\d+\/v1\.0) \(shared mailbox kontakt@exempelby\.se\)/.exec(lines.join(''))?.[1];
    }
    expect(url).toBeDefined();
    const origin = (url as string).replace(/\/v1\.0$/, '');
    const r = await call<{ value: unknown[] }>(origin, 'GET', `${inbox('kontakt@exempelby.se')}?$top=5`);
    expect(r.status).toBe(200);
    expect(r.body.value).toHaveLength(5);
    process.emit('SIGTERM');
    await expect(done).resolves.toBe(0);
  } finally {
    spy.mockRestore();
  }
});

test('usage errors exit with 2', async () => {
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await expect(runEmulatorCommand(['--port', 'abc'])).resolves.toBe(2);
  } finally {
    spy.mockRestore();
  }
});
