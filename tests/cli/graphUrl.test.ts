import { startEmulator } from '../../src/emulator';
import { parseRunArgs } from '../../src/cli/runCommand';

describe('svarstid run --graph-url takes what the emulator prints', () => {
  it('accepts the emulator URL with /v1.0 as well as its bare origin', async () => {
    const emulator = await startEmulator({ port: 0, mailbox: 'kommun@ljungby.se' });
    try {
      expect(emulator.url).toMatch(/\/v1\.0$/);
      for (const given of [emulator.url, `${emulator.url}/`, emulator.origin]) {
        const args = parseRunArgs(['--mailbox', 'kommun@ljungby.se', '--preset', 'ljungby', '--graph-url', given]);
        expect(args.graphUrl).toBe(emulator.origin);
      }
    } finally {
      await emulator.stop();
    }
  });

  it('still refuses what is not an address, in Swedish and English', () => {
    expect(() => parseRunArgs(['--mailbox', 'kommun@ljungby.se', '--preset', 'ljungby', '--graph-url', 'ftp://x'])).toThrow(
      "--graph-url must be an http or https address, the one the Graph emulator prints, e.g. http://127.0.0.1:4100/v1.0; 'ftp://x' will not do",
    );
  });
});
