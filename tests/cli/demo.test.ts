import { createServer, type Server } from 'node:net';
import { buildDemoSeed } from '../../src/emulator/demoSeed';
import { runCli } from './support';

describe('svarstid demo', () => {
  it('starts the emulator with the seeded mailbox, labels every message with the worker and shows the queue', async () => {
    const { code, stdout } = await runCli(['demo', '--once', '--port', '0', '--worker-port', '0', '--rows', '10']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Lokal Graph {6}http:\/\/127\.0\.0\.1:(\d+)\/v1\.0 .*svarstid run --graph-url http:\/\/127\.0\.0\.1:\1\)/);
    expect(stdout).toMatch(/Arbetaren {8}http:\/\/127\.0\.0\.1:\d+\/health/);
    // The preset is stored in the demo mailbox and the worker runs from what is stored.
    expect(stdout).toMatch(/Konfiguration {4}sparad i funktionsbrevlådan, revision 1/);
    const labelled = Number(/(\d+) märkta meddelanden/.exec(stdout)?.[1]);
    expect(labelled).toBe(buildDemoSeed(new Date()).inbox.length);
    expect(stdout).toMatch(/\d+ försenade/);
    expect(stdout).toMatch(/besvarade i tid/);
    expect(stdout).toContain('Kön, det mest brådskande först (! = försenat):');
    expect(stdout).toMatch(/Öppna meddelanden per förvaltning: .*Teknik \d+/);
    // a truncated queue says how many rows it left out and how to see them
    const open = Number(/Kön har (\d+) öppna meddelanden/.exec(stdout)?.[1]);
    expect(stdout).toContain(`… och ${open - 10} till. Kön har ${open} öppna meddelanden; --rows ${open} (eller --rows 0) visar alla.`);
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
        `svarstid demo: porten ${port} används redan av ett annat program; välj en annan med --port (till exempel --port 0 för en ledig port)\n` +
          `svarstid demo: port ${port} is already in use by another program; choose another with --port (e.g. --port 0 for any free port)\n`,
      );
    } finally {
      blocker.close();
    }
  });
});
