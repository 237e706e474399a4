import { runCli } from './support';

const COMMANDS = ['deadline', 'triage', 'presets', 'check-config', 'emulator', 'run', 'demo', 'learn'];

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
    const learn = (await runCli(['learn', '--help'])).stdout;
    for (const flag of ['--mailbox', '--graph-url', '--dry-run']) expect(learn).toContain(flag);
  });

  it('run --help says where the permissions go (Exchange roles, not consent in Entra ID) and that sent copies must be kept in the shared mailbox', async () => {
    const { stdout } = await runCli(['run', '--help']);
    expect(stdout).toContain('Ge dem inte\n  som API-behörigheter med administratörsmedgivande i Entra ID');
    expect(stdout).toContain('Do not grant them as API permissions with admin consent in\n  Entra ID');
    expect(stdout).toMatch(/Set-Mailbox ADRESS -MessageCopyForSentAsEnabled \$true -MessageCopyForSendOnBehalfEnabled \$true/);
    // the whole RBAC sequence, every role, with the app's ids as placeholders (round 20 of the readers)
    for (const role of ['Mail.ReadWrite', 'MailboxSettings.ReadWrite', 'Mail.Send']) {
      expect(stdout).toContain(`New-ManagementRoleAssignment -App KLIENT-ID -Role "Application ${role}" -CustomResourceScope "Svarstid"`);
    }
    expect(stdout).toContain('New-ServicePrincipal -AppId KLIENT-ID -ObjectId OBJEKT-ID');
    expect(stdout).toContain(`New-ManagementScope -Name "Svarstid" -RecipientRestrictionFilter "PrimarySmtpAddress -eq 'ADRESS'"`);
  });

  it('run --help lists its exit codes, so a service manager knows which failures a restart does not help', async () => {
    const { stdout } = await runCli(['run', '--help']);
    const block = stdout.slice(stdout.indexOf('Slutkoder / Exit codes:'));
    for (const code of ['0', '1', '2', '3']) expect(block).toMatch(new RegExp(`^  ${code}  `, 'm'));
    expect(block).toContain('en omstart hjälper\n     inte');
  });

  it('the overview lists every command', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toContain(`svarstid ${command}`);
  });

  it('refuses an unknown command and an unknown option in both languages', async () => {
    const unknown = await runCli(['deadlines']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^svarstid: det finns inget kommando 'deadlines'; menade du 'deadline'\?\nsvarstid: there is no command 'deadlines'; did you mean 'deadline'\?\n/);
    const option = await runCli(['deadline', '--preest', 'ljungby']);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe(
      "svarstid deadline: okänd flagga '--preest' (menade du --preset?); svarstid deadline --help visar vilka flaggor kommandot har\n" +
        "svarstid deadline: unknown option '--preest' (did you mean --preset?); svarstid deadline --help lists the command's options\n",
    );
    // no guess where nothing is close
    expect((await runCli(['deadline', '--zzzzzz'])).stderr).toMatch(/^svarstid deadline: okänd flagga '--zzzzzz'; /);
  });

  it('says on stderr that a command is missing', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('svarstid: ange ett kommando, till exempel svarstid demo\nsvarstid: give a command, e.g. svarstid demo\n\n');
    expect(none.stdout).toContain('Användning / Usage:');
  });
});
