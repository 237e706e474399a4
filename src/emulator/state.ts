/** --state FILE: load at start, save atomically (temp file + rename), debounced, and on shutdown. */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import type { PersistedStore } from './store';
import type { Subscription } from './subscriptions';

export interface PersistedState {
  store: PersistedStore;
  subscriptions: Subscription[];
}

export function loadState(file: string): PersistedState | null {
  if (!existsSync(file)) return null;
  const data = JSON.parse(readFileSync(file, 'utf8')) as PersistedState;
  if (!data || !data.store || data.store.version !== 1) throw new Error(`state file ${file} is not an emulator state (version 1)`);
  return data;
}

export class StatePersister {
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;
  private seq = 0;

  constructor(
    private readonly file: string,
    private readonly snapshot: () => PersistedState,
    private readonly debounceMs = 200,
  ) {}

  schedule(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writing = this.writing.then(() => this.write()).catch((e: unknown) => {
        const detail = e instanceof Error ? e.message : String(e);
        process.stderr.write(`svarstid emulator: kunde inte spara brevlådan i --state-filen (${detail})\nsvarstid emulator: could not save the mailbox to the --state file (${detail})\n`);
      });
    }, this.debounceMs);
    this.timer.unref();
  }

  private async write(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    const tmp = `${this.file}.${process.pid}.${++this.seq}.tmp`;
    await writeFile(tmp, JSON.stringify(this.snapshot()), { mode: 0o600 });
    await rename(tmp, this.file);
  }

  /** Final synchronous save (shutdown). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.writing;
    const tmp = `${this.file}.${process.pid}.final.tmp`;
    writeFileSync(tmp, JSON.stringify(this.snapshot()), { mode: 0o600 });
    renameSync(tmp, this.file);
    this.dirty = false;
  }
}
