import type { Named } from '../vocabulary';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function unit(n: number, sv: [string, string], en: [string, string]): Named {
  return { sv: `${n} ${n === 1 ? sv[0] : sv[1]}`, en: `${n} ${n === 1 ? en[0] : en[1]}` };
}

/**
 * @summary A stretch of calendar time as a person says it: "40 minuter", "3 timmar och 20 minuter",
 * "2 dygn och 4 timmar" (rounded to the minute; days and hours from a day on).
 * @example elapsedText(27 * 3600_000) //=> { sv: '1 dygn och 3 timmar', en: '1 day and 3 hours' }
 */
export function elapsedText(ms: number): Named {
  const total = Math.max(0, Math.round(ms / MINUTE)) * MINUTE;
  if (total < HOUR) return unit(total / MINUTE, ['minut', 'minuter'], ['minute', 'minutes']);
  const join = (a: Named, b: Named | null): Named => (b === null ? a : { sv: `${a.sv} och ${b.sv}`, en: `${a.en} and ${b.en}` });
  if (total < DAY) {
    const h = Math.floor(total / HOUR);
    const m = (total % HOUR) / MINUTE;
    return join(unit(h, ['timme', 'timmar'], ['hour', 'hours']), m === 0 ? null : unit(m, ['minut', 'minuter'], ['minute', 'minutes']));
  }
  const d = Math.floor(total / DAY);
  const h = Math.round((total % DAY) / HOUR);
  if (h === 24) return unit(d + 1, ['dygn', 'dygn'], ['day', 'days']);
  return join(unit(d, ['dygn', 'dygn'], ['day', 'days']), h === 0 ? null : unit(h, ['timme', 'timmar'], ['hour', 'hours']));
}
