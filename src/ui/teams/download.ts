/** Offers a text file to the person (a CSV export): a Blob URL and a link click, no server round trip. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `svarstid-ko-2026-11-24.csv`: the date the file was made, in the municipality's zone. */
export function exportName(what: string, today: { year: number; month: number; day: number }): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `svarstid-${what}-${today.year}-${p(today.month)}-${p(today.day)}.csv`;
}
