import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { formatHumanDateTime } from '../../src/core/humanTime';

/** What the text says when read through Temporal's own zoned date-time (the reference the fast reading must equal). */
function throughTemporal(iso: string, timeZone: string, lang: 'sv' | 'en'): string {
  const z = Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone);
  const weekday = (lang === 'sv' ? ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] : ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])[z.dayOfWeek - 1]!;
  const month = (lang === 'sv'
    ? ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']
    : ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'])[z.month - 1]!;
  const hh = String(z.hour).padStart(2, '0');
  const mm = String(z.minute).padStart(2, '0');
  return lang === 'sv' ? `${weekday} ${z.day} ${month} ${z.year} kl. ${hh}.${mm}` : `${weekday} ${z.day} ${month} ${z.year} at ${hh}:${mm}`;
}

describe('dates as people read them', () => {
  it('writes a deadline in Swedish and in English, in the municipality’s time zone, across summer time', () => {
    expect(formatHumanDateTime('2026-11-24T15:30:00+01:00', 'Europe/Stockholm', 'sv', { omitYear: 2026 })).toBe('tisdag 24 november kl. 15.30');
    expect(formatHumanDateTime('2026-11-24T14:30:00Z', 'Europe/Stockholm', 'en', { omitYear: 2026 })).toBe('Tuesday 24 November at 15:30');
    // the night summer time ends: 00:30 UTC is 02:30 summer time, 01:30 UTC is 02:30 winter time
    expect(formatHumanDateTime('2026-10-25T00:30:00Z', 'Europe/Stockholm', 'sv')).toBe('söndag 25 oktober 2026 kl. 02.30');
    expect(formatHumanDateTime('2026-10-25T01:30:00Z', 'Europe/Stockholm', 'sv')).toBe('söndag 25 oktober 2026 kl. 02.30');
    expect(formatHumanDateTime('2026-12-31T23:30:00Z', 'Europe/Stockholm', 'en', { short: true })).toBe('Fri 1 Jan 00:30');
  });

  it('reads every offset date-time the same as Temporal does, in any zone (property)', () => {
    const zones = ['Europe/Stockholm', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...zones),
        fc.constantFrom('Z', '+01:00', '-05:30', '+14:00'),
        fc.constantFrom<'sv' | 'en'>('sv', 'en'),
        (ms, zone, offset, lang) => {
          const iso = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(offset === 'Z' ? 'UTC' : offset).toString({ timeZoneName: 'never', offset: 'auto' });
          const written = offset === 'Z' ? iso.replace('+00:00', 'Z') : iso;
          const text = formatHumanDateTime(written, zone, lang);
          expect(text).toBe(throughTemporal(written, zone, lang));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('says what is wrong with a text that is no date-time', () => {
    expect(() => formatHumanDateTime('24 november', 'Europe/Stockholm', 'sv')).toThrow();
  });
});
