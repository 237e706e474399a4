import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './usageError';

/**
 * Writes `text` as UTF-8 to a NEW file (`--out FIL`): the way to save a configuration that works the
 * same in every shell. Windows PowerShell 5.1's `>` re-decodes a program's output with the console's
 * code page and garbles å, ä and ö; `--out` never goes through the shell. An existing file is never
 * overwritten (it may hold someone's edits): the refusal says so and names the full path.
 */
export function writeNewFile(path: string, text: string): void {
  try {
    writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unwritable';
    const full = resolve(path);
    if (code === 'EEXIST') {
      throw new UsageError({
        sv: `--out ${path}: filen finns redan (${full}) och skrivs inte över; välj ett annat namn eller ta bort den först`,
        en: `--out ${path}: the file already exists (${full}) and is not overwritten; choose another name or delete it first`,
      });
    }
    if (code === 'ENOENT') {
      throw new UsageError({ sv: `--out ${path}: mappen finns inte (${full})`, en: `--out ${path}: the folder does not exist (${full})` });
    }
    throw new UsageError({
      sv: `--out ${path}: kan inte skriva filen ${full} (${code === 'EACCES' ? 'du saknar behörighet' : code})`,
      en: `--out ${path}: cannot write the file ${full} (${code === 'EACCES' ? 'you have no permission' : code})`,
    });
  }
}
