/** Seeding a mailbox: from JSON lines (Graph messages or {"message": …} lines) or the demo. */
import { readFileSync } from 'node:fs';
import type { EmulatorStore } from './store';
import { toMessageInput } from './mail';
import type { StoredMailbox } from './model';

export interface SeedLineError {
  line: number;
  error: string;
}

/** Parses JSON lines: each a Graph message resource or `{"message": {…}, …}` (other keys ignored). */
export function parseSeedLines(text: string): { messages: Record<string, unknown>[]; errors: SeedLineError[] } {
  const messages: Record<string, unknown>[] = [];
  const errors: SeedLineError[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const v = JSON.parse(line) as unknown;
      if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not a JSON object');
      const o = v as Record<string, unknown>;
      const msg = o['message'] && typeof o['message'] === 'object' && !Array.isArray(o['message']) ? (o['message'] as Record<string, unknown>) : o;
      messages.push(msg);
    } catch (e) {
      // No mail content in messages: JSON.parse errors quote the input, so say only what failed.
      errors.push({ line: i + 1, error: e instanceof SyntaxError ? 'not valid JSON' : 'not a JSON object' });
    }
  });
  return { messages, errors };
}

export function seedMessages(store: EmulatorStore, mb: StoredMailbox, messages: Record<string, unknown>[], folderName = 'inbox'): number {
  const folder = store.requireFolder(mb, folderName);
  let n = 0;
  for (const raw of messages) {
    let input;
    try {
      input = toMessageInput(raw, true);
    } catch (e) {
      const detail = e instanceof Error ? e.message.slice(0, 120) : 'invalid';
      process.stderr.write(
        `svarstid emulator: meddelande ${n + 1} i filen från --seed hoppades över (${detail})\nsvarstid emulator: message ${n + 1} of the --seed file skipped (${detail})\n`,
      );
      continue;
    }
    const f = typeof raw['parentFolderId'] === 'string' ? store.resolveFolder(mb, raw['parentFolderId']) : undefined;
    store.createMessage(mb, f ?? folder, input);
    n++;
  }
  return n;
}

export function seedFromFile(store: EmulatorStore, mb: StoredMailbox, file: string): { count: number; errors: SeedLineError[] } {
  const { messages, errors } = parseSeedLines(readFileSync(file, 'utf8'));
  const count = seedMessages(store, mb, messages);
  return { count, errors };
}
