import { runCli } from './support';

const COMMANDS = ['deadline', 'triage', 'presets', 'check-config', 'emulator', 'run', 'demo'];

describe('svarstid --help', () => {
  it.each(COMMANDS)('svarstid %s --help prints the command\'s help in Swedish and English and exits 0', async (command) => {
    const { code, stdout, stderr } = await runCli([command, '--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^svarstid ${command} — .+ / .+`));
    expect(stdout).toContain('Användning / Usage:');
    expect(stdout).toMatch(/\n {2}--help +den här texten \/ this text\n/);
    expect((await runCli(['help', command])).stdout).toBe(stdout);
    expect((await runCli([command, '-h'])).stdout).toBe(stdout);
  });

  it('--help wins over other arguments, even bad ones', async () => {
    const { code, stdout } = await runCli(['demo', '--bogus', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^svarstid demo — /);
  });

  it('every flag a command takes is in its help', async () => {
    const demo = (await runCli(['demo', '--help'])).stdout;
    for (const flag of ['--preset', '--port', '--worker-port', '--live', '--rows', '--once']) expect(demo).toContain(flag);
    const run = (await runCli(['run', '--help'])).stdout;
    for (const flag of ['--mailbox', '--graph-url', '--once', '--state', '--port', '--host', '--public-url', '--poll', '--rate', '--log', '--quiet']) expect(run).toContain(flag);
  });

  it('the overview lists every command', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toContain(`svarstid ${command}`);
  });

  it('refuses an unknown command and an unknown option in both languages', async () => {
    const unknown = await runCli(['deadlines']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^svarstid: det finns inget kommando 'deadlines'\nsvarstid: there is no command 'deadlines'\n/);
    const option = await runCli(['deadline', '--preest', 'ljungby']);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe(
      "svarstid deadline: okänd flagga '--preest'; svarstid deadline --help visar vad kommandot tar emot\n" +
        "svarstid deadline: unknown option '--preest'; svarstid deadline --help shows what the command takes\n",
    );
  });
});
