import { createServer, type Server } from 'node:net';
import { buildDemoSeed } from '../../src/emulator/demoSeed';
import { runCli } from './support';

describe('svarstid demo', () => {
  it('starts the emulator with the seeded mailbox, labels every message with the worker and shows the queue', async () => {
    const { code, stdout } = await runCli(['demo', '--once', '--port', '0', '--worker-port', '0', '--rows', '10']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Graph-emulatorn {4}http:\/\/127\.0\.0\.1:\d+\/v1\.0 {2}\(funktionsbrevlådan kommun@exempelby\.se\)/);
    expect(stdout).toMatch(/Svarstid-tjänsten {2}http:\/\/127\.0\.0\.1:\d+\/health {2}\(hälsokontroll\)/);
    // The preset is stored in the demo mailbox and the service runs from what is stored.
    expect(stdout).toMatch(/Konfigurationen {4}sparad i funktionsbrevlådan, revision 1 {2}\(svarstid config get --mailbox kommun@exempelby\.se --graph-url http:\/\/127\.0\.0\.1:\d+\/v1\.0\)/);
    const labelled = Number(/(\d+) märkta meddelanden, i grupper där varje meddelande räknas en gång:/.exec(stdout)?.[1]);
    expect(labelled).toBe(buildDemoSeed(new Date()).inbox.length);
    // the groups do not overlap: they add up to every labelled message
    const groups = [...stdout.matchAll(/^ +(\d+) (försenad|försenat|ska besvaras|besvarad|besvarat|utan svarstid)/gm)].map((m) => Number(m[1]));
    expect(groups).toHaveLength(6);
    expect(groups.reduce((a, b) => a + b, 0)).toBe(labelled);
    expect(stdout).toMatch(/^ +\d+ (försenat|försenade): tiden att svara eller lämna vidare har gått ut$/m);
    expect(stdout).toContain('Kön, det mest brådskande först: orosanmälningar, sedan efter tiden (! = försenat):');
    // the demo's open reports of concern head the queue
    const queueRows = stdout.slice(stdout.indexOf('Kön, det mest')).split('\n').slice(2, 12);
    const concernRows = queueRows.map((l, i) => (l.includes('Orosanmälan') ? i : -1)).filter((i) => i >= 0);
    expect(concernRows.length).toBeGreaterThan(0);
    expect(concernRows).toEqual(concernRows.map((_, i) => i));
    expect(stdout).toMatch(/Öppna meddelanden per förvaltning: .*Teknik \d+/);
    // a truncated queue says how many rows it left out and how to see them
    const open = Number(/Kön har (\d+) öppna meddelanden/.exec(stdout)?.[1]);
    expect(stdout).toContain(`… och ${open - 10} meddelanden till. Kön har ${open} öppna meddelanden; svarstid demo --rows 0 visar alla.`);
    // human dates, channel names as people write them
    expect(stdout).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(stdout).not.toMatch(/ epost /);
  }, 60_000);

  it('refuses an unknown preset', async () => {
    const { code, stderr } = await runCli(['demo', '--once', '--preset', 'gotham']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^svarstid demo: det finns ingen förinställning 'gotham'; .*\nsvarstid demo: there is no preset 'gotham'; /);
  });

  it('says in one line per language that a port is busy, and how to choose another', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { code, stderr } = await runCli(['demo', '--once', '--port', String(port), '--worker-port', '0']);
      expect(code).toBe(2);
      expect(stderr).toBe(
        `svarstid demo: porten ${port} används redan av ett annat program (kanske körs en demo redan); välj en annan med --port, till exempel --port 0 för en ledig port\n` +
          `svarstid demo: port ${port} is already in use by another program (perhaps a demo is already running); choose another with --port, e.g. --port 0 for any free port\n`,
      );
    } finally {
      blocker.close();
    }
  });

  it('prints nothing as if running when the service port is busy', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { code, stdout, stderr } = await runCli(['demo', '--once', '--port', '0', '--worker-port', String(port)]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`svarstid demo: porten ${port} används redan av ett annat program (kanske körs en demo redan); välj en annan med --worker-port`);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('takes a negative --rows as a number and says what --rows is for', async () => {
    for (const argv of [['--rows', '-1'], ['--rows=-1']]) {
      const { code, stderr } = await runCli(['demo', '--once', ...argv]);
      expect(code).toBe(2);
      expect(stderr).toBe(
        "svarstid demo: --rows ska vara ett heltal, 0 eller större (rader i kön; 0 visar alla), inte '-1'\n" +
          "svarstid demo: --rows must be a whole number, 0 or more (queue rows; 0 shows all), not '-1'\n",
      );
    }
  });
});
