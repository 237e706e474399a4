import { intervalsFormat, intervalsParse } from '../../src/ui/admin/CalendarSection';

describe('opening hours typed in the admin view', () => {
  it('takes times as Swedes write them (08.00–16.00, 8.00, 8:00) and stores the file form 08:00', () => {
    expect(intervalsParse('08.00–12.00, 13.00-16.00')).toEqual([
      { from: '08:00', to: '12:00' },
      { from: '13:00', to: '16:00' },
    ]);
    expect(intervalsParse('8.00 - 16:30')).toEqual([{ from: '08:00', to: '16:30' }]);
    expect(intervalsFormat(intervalsParse('08:00-16:00'))).toBe('08:00–16:00');
  });

  it('keeps what is not a time as written, so validation can name it', () => {
    expect(intervalsParse('åtta-fyra')).toEqual([{ from: 'åtta', to: 'fyra' }]);
    expect(intervalsParse('')).toEqual([]);
  });
});
