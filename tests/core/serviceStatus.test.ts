import { Temporal } from 'temporal-polyfill';
import { describeLearningSchedule, describeServiceStatus } from '../../src/core/admin/serviceStatus';

const now = Temporal.Instant.from('2026-11-18T09:42:00Z'); // Wed 10.42 in Stockholm
const TZ = 'Europe/Stockholm';
const live = { holder: 'host/1/abc', until: '2026-11-18T09:43:30Z', since: '2026-11-18T09:41:30Z' };

describe('what the admin view says about the running service', () => {
  it('a service that follows the stored configuration: saves take effect, and a revision not yet in use is named', () => {
    expect(describeServiceStatus({ ...live, config: 'stored', revision: 4 }, now, TZ, 4)).toMatchObject({ state: 'follows', intent: 'success', text: { sv: expect.stringContaining('(den kör revision 4): det du sparar här börjar gälla inom en minut') } });
    expect(describeServiceStatus({ ...live, config: 'stored', revision: 3 }, now, TZ, 4).text.sv).toBe('Svarstid-tjänsten följer konfigurationen som är sparad i brevlådan. Den kör revision 3 och tar revision 4 i bruk inom en minut.');
  });
  it('a fixed configuration (--preset/--config) is a warning that saves are not used', () => {
    expect(describeServiceStatus({ ...live, config: 'fixed' }, now, TZ, 4)).toMatchObject({ state: 'fixed', intent: 'warning', text: { en: expect.stringContaining('is not used until IT restarts it without those flags') } });
  });
  it('a lease that ran out or was released: no service works on the mailbox, with when it was last seen', () => {
    const ranOut = describeServiceStatus({ ...live, config: 'stored', until: '2026-11-18T09:41:00Z', since: '2026-11-18T09:39:00Z' }, now, TZ, 4);
    expect(ranOut).toMatchObject({ state: 'stopped', intent: 'warning' });
    expect(ranOut.text.sv).toMatch(/^Ingen Svarstid-tjänst arbetar med brevlådan just nu \(senast aktiv onsdag 18 nov kl\. 10\.39\): nya meddelanden märks inte och har ingen svarstid, inte heller orosanmälningar\./);
    expect(describeServiceStatus({ holder: null, until: null }, now, TZ, null).text.sv).toMatch(/^Ingen Svarstid-tjänst arbetar med brevlådan just nu: /);
  });
  it('an older service that does not say which configuration it runs', () => {
    expect(describeServiceStatus(live, now, TZ, 4)).toMatchObject({ state: 'unknown', intent: 'info' });
  });
});

describe('what the admin view says about learning from corrections', () => {
  it('says the schedule the running service has, not a default it may not have', () => {
    expect(describeLearningSchedule({ ...live, config: 'stored', learnEveryHours: 6 }, now).sv).toBe(
      'Svarstid-tjänsten lär sig på nytt var sjätte timme när minst tio nya rättelser har kommit (eller när IT kör svarstid learn).',
    );
    expect(describeLearningSchedule({ ...live, config: 'stored', learnEveryHours: 1 }, now).en).toMatch(/learns again every hour once/);
    expect(describeLearningSchedule({ ...live, config: 'stored', learnEveryHours: 2 }, now).sv).toMatch(/lär sig på nytt var annan timme/);
    expect(describeLearningSchedule({ ...live, config: 'stored', learnEveryHours: 6 }, now).en).toMatch(/learns again every six hours once/);
    // numbers past twelve are written as digits, with the Swedish ordinal ending
    expect(describeLearningSchedule({ ...live, config: 'stored', learnEveryHours: 22 }, now).sv).toMatch(/lär sig på nytt var 22:a timme/);
    expect(describeLearningSchedule({ ...live, config: 'stored', learnEveryHours: 24 }, now).sv).toMatch(/lär sig på nytt en gång per dygn/);
  });
  it('a service started with --learn-every 0 does not learn, and what was learnt is still used', () => {
    const text = describeLearningSchedule({ ...live, config: 'fixed', learnEveryHours: 0 }, now);
    expect(text.sv).toMatch(/startad utan inlärning \(--learn-every 0\) och lär sig inte på nytt av sig själv/);
    expect(text.en).toMatch(/still used as long as it is switched on below/);
  });
  it('no running service learns nothing; an older service is said not to tell', () => {
    expect(describeLearningSchedule({ holder: null, until: null }, now).sv).toMatch(/^Ingen Svarstid-tjänst arbetar med brevlådan just nu, så inget lärs på nytt/);
    expect(describeLearningSchedule(live, now).sv).toMatch(/säger inte om den lär sig på nytt/);
  });
});
