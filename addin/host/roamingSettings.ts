/** The part of Office's roaming settings the panes write. */
export type RoamingSettings = Pick<Office.RoamingSettings, 'get' | 'set' | 'saveAsync'>;

/**
 * Sets one roaming setting, when `next` (given what is stored) returns a new value, and saves.
 * Never fails the pane: every note kept there is a convenience (a failing store or save resolves).
 */
export function writeRoamingSetting(settings: RoamingSettings | null, name: string, next: (stored: unknown) => unknown | undefined): Promise<void> {
  if (!settings) return Promise.resolve();
  try {
    const value = next(settings.get(name));
    if (value === undefined) return Promise.resolve();
    settings.set(name, value);
  } catch {
    return Promise.resolve();
  }
  return new Promise<void>((resolve) => {
    try {
      settings.saveAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}
