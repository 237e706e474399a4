import { buildDemoSeed } from '../../src/emulator/demoSeed';
import { runCli } from './support';

describe('svarstid demo', () => {
  it('starts the emulator with the seeded mailbox, labels every message with the worker and shows the queue', async () => {
    const { code, stdout } = await runCli(['demo', '--once', '--port', '0', '--worker-port', '0']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Graph-emulator {3}http:\/\/127\.0\.0\.1:\d+\/v1\.0/);
    expect(stdout).toMatch(/Worker {11}http:\/\/127\.0\.0\.1:\d+\/health/);
    // The preset is stored in the demo mailbox and the worker runs from what is stored.
    expect(stdout).toMatch(/Konfiguration {4}sparad i brevlådan, revision 1/);
    const labelled = Number(/(\d+) märkta meddelanden/.exec(stdout)?.[1]);
    expect(labelled).toBe(buildDemoSeed(new Date()).inbox.length);
    expect(stdout).toMatch(/\d+ försenade/);
    expect(stdout).toMatch(/besvarade i tid/);
    expect(stdout).toContain('Kö (mest bråttom först):');
    expect(stdout).toMatch(/Öppna per avdelning: .*Teknik \d+/);
  }, 60_000);

  it('refuses an unknown preset', async () => {
    const { code, stderr } = await runCli(['demo', '--once', '--preset', 'gotham']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown preset 'gotham'/);
  });
});
