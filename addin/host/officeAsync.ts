/**
 * Office.js callbacks as promises. Microsoft's samples throw inside callbacks, where no `await`
 * can catch it (STYLE.md (e)); here every failure rejects the promise with an
 * {@link OfficeCallError} that names the call, never the mail.
 */

/** An Office.js call that failed, with Office's error code and name. */
export class OfficeCallError extends Error {
  constructor(
    readonly call: string,
    readonly code: number | null,
    readonly officeName: string | null,
  ) {
    super(`${call} failed${officeName ? `: ${officeName}` : ''}${code !== null ? ` (${code})` : ''}`);
    this.name = 'OfficeCallError';
  }
}

/** Runs an Office.js async call (`xxxAsync(…, callback)`) as a promise. */
export function officeCall<T>(call: string, start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        // Office.js reports 'succeeded' (Office.AsyncResultStatus.Succeeded); the typings call it a numeric enum.
        if ((result.status as unknown) === 'succeeded') resolve(result.value);
        else reject(new OfficeCallError(call, result.error?.code ?? null, result.error?.name ?? null));
      });
    } catch (error) {
      reject(error instanceof Error ? error : new OfficeCallError(call, null, String(error)));
    }
  });
}
