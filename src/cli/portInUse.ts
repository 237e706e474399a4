import { UsageError } from './usageError';

/**
 * A port another program already listens on: one line in Swedish and one in English, with the
 * flag that picks another port. Returns null for any other error.
 */
export function portInUseError(err: unknown, flag = '--port', guess?: { sv: string; en: string }): UsageError | null {
  const e = err as { code?: unknown; port?: unknown } | null;
  if (e === null || typeof e !== 'object' || e.code !== 'EADDRINUSE') return null;
  const port = typeof e.port === 'number' ? String(e.port) : '';
  return new UsageError({
    sv: `porten ${port} används redan av ett annat program${guess ? ` (${guess.sv})` : ''}; välj en annan med ${flag}, till exempel ${flag} 0 för en ledig port`,
    en: `port ${port} is already in use by another program${guess ? ` (${guess.en})` : ''}; choose another with ${flag}, e.g. ${flag} 0 for any free port`,
  });
}
