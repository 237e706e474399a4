/**
 * Writes tests/fixtures/messages/svarstid-messages.md: everything the CLI and the demo print,
 * collected by running them (see tests/messages/collectMessages.ts).
 * Usage: npx tsx scripts/collect-messages.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectMessages, renderMessages } from '../tests/messages/collectMessages';

const target = join(__dirname, '..', 'tests', 'fixtures', 'messages', 'svarstid-messages.md');
collectMessages()
  .then((printed) => {
    writeFileSync(target, renderMessages(printed));
    process.stdout.write(`${target}: ${printed.length} scenarios\n`);
    process.exit(0);
  })
  .catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
