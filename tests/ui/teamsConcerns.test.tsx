/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Temporal } from 'temporal-polyfill';
import { buildQueue, indexed, statusClock, type DashboardMessage } from '../../src/core/dashboard';
import { presetConfig } from '../../src/core/config';
import { createWorkingCalendar } from '../../src/core/calendar';
import { closingToday, handOnToday } from '../../src/core/display';
import type { SvarstidRecord } from '../../src/core/record';
import { LanguageProvider } from '../../src/ui/i18n';
import { ConcernsNotHandedOn } from '../../src/ui/teams/ConcernsNotHandedOn';
import { uncertainBadge } from '../../src/ui/teams/QueueTable';
import { OpenConcernsNote, openConcernsNotHandedOn } from '../../src/ui/teams/OpenConcernsNote';

const TZ = 'Europe/Stockholm';
// Friday 15.30 in Stockholm: a report of concern that comes now is due Monday morning
const now = Temporal.Instant.from('2026-11-20T14:30:00Z');
const clock = statusClock(now, TZ);
const config = presetConfig('ljungby');
const calendar = createWorkingCalendar(config.calendar);
const ON_CALL = 'Socialjouren 070-174 06 50';
const SOCIAL = { sv: 'Socialförvaltningen', en: 'the Social services' };

function message(id: string, over: Partial<SvarstidRecord>, received = '2026-11-20T14:25:00Z'): DashboardMessage {
  const record: SvarstidRecord = { v: 1, policy: 'ljungby@1', channel: 'epost', kind: 'orosanmalan', department: 'socialtjanst', due: '2026-11-23T09:30:00+01:00', target: null, rules: [], source: 'auto', answeredAt: null, ...over };
  return { id, subject: `Ämne ${id}`, received, webLink: null, folder: 'inbox', record };
}

function shown(node: React.ReactNode): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider lang="sv">{node}</LanguageProvider>
    </FluentProvider>,
  );
}

describe('the Teams tab on reports of concern (reader round 33)', () => {
  it('counts the open reports of concern nobody has handed on, whatever their deadline, and shows them on request (U1)', () => {
    const rows = buildQueue(
      [
        message('late-friday', {}),
        message('handed-on', { done: { name: 'Anna', at: '2026-11-20T15:28:00+01:00' } }),
        message('answered', { answeredAt: '2026-11-20T14:29:00Z' }),
        message('question', { kind: 'fraga', department: 'teknik' }),
      ].map(indexed),
      clock,
    );
    // the counts sort it by its outer limit (Monday): not "today"
    expect(rows.find((r) => r.message.id === 'late-friday')!.status).toBe('week');
    const count = openConcernsNotHandedOn(rows);
    expect(count).toBe(1);
    const onShow = jest.fn();
    shown(<OpenConcernsNote count={count} to={SOCIAL} onCall={ON_CALL} today={handOnToday(calendar, now, ON_CALL, SOCIAL)} onShow={onShow} />);
    // the whole hand-on rule, today's closing time, the on-call number and 112 (reader round 35, B1 and U2)
    expect(screen.getByTestId('open-concerns').textContent).toContain(
      '1 orosanmälan i kön är inte lämnad vidare: lämna den till Socialförvaltningen nu, så snart den är läst. Den sista timmen före stängning (i dag kl. 16.00) räcker inget skriftligt: ring Socialförvaltningen. Efter stängning ska du i dag kontakta jouren: Socialjouren 070-174 06 50; vänta inte till nästa arbetsdag. Vid akut fara: ring 112.',
    );
    fireEvent.click(screen.getByTestId('show-open-concerns'));
    expect(onShow).toHaveBeenCalledTimes(1);
  });

  it('says nothing when every report of concern is handed on', () => {
    shown(<OpenConcernsNote count={0} to={SOCIAL} onCall={ON_CALL} today={handOnToday(calendar, now, ON_CALL, SOCIAL)} onShow={() => undefined} />);
    expect(screen.queryByTestId('open-concerns')).toBeNull();
  });

  it('lists ten reports answered but not handed on, and all of them on request (U2)', () => {
    const messages = Array.from({ length: 13 }, (_, i) => indexed(message(`c${i}`, { answeredAt: '2026-11-20T14:29:00Z' }, `2026-11-${String(10 + i).padStart(2, '0')}T09:00:00Z`)));
    shown(<ConcernsNotHandedOn messages={messages} config={config} calendar={calendar} clock={clock} timeZone={TZ} onOpen={() => undefined} />);
    expect(screen.getAllByTestId('concern-not-handed-on')).toHaveLength(10);
    expect(screen.getByText(/… och 3 nyare\./)).toBeTruthy();
    fireEvent.click(screen.getByTestId('show-all-not-handed-on'));
    expect(screen.getAllByTestId('concern-not-handed-on')).toHaveLength(13);
    // focus goes to the first report the button showed, not to the page
    expect(document.activeElement?.closest('[data-testid=concern-not-handed-on]')?.getAttribute('data-id')).toBe('c10');
    expect(screen.queryByTestId('show-all-not-handed-on')).toBeNull();
  });

  it('names today\'s closing time from the calendar, or that today is closed (reader round 35, U2)', () => {
    expect(closingToday(calendar, now)).toEqual({ sv: 'i dag kl. 16.00', en: 'today at 16:00' });
    // Saturday 21 November
    expect(closingToday(calendar, Temporal.Instant.from('2026-11-21T10:00:00Z'))).toEqual({ sv: 'i dag är det stängt hela dagen', en: 'closed all day today' });
    // on a day closed all day there is no last hour: the on-call service at once (reader round 36, B2)
    const saturday = Temporal.Instant.from('2026-11-21T10:00:00Z');
    expect(handOnToday(calendar, saturday, ON_CALL).sv).toBe('I dag är det stängt hela dagen, så inget skriftligt räcker: du ska i dag kontakta jouren: Socialjouren 070-174 06 50; vänta inte till nästa arbetsdag.');
    expect(handOnToday(calendar, saturday, ON_CALL).sv).not.toMatch(/sista timmen|ring dem/);
    expect(handOnToday(calendar, now, ON_CALL).sv).toMatch(/^Den sista timmen före stängning \(i dag kl\. 16\.00\) räcker inget skriftligt: ring dem\. Efter stängning/);
    // after closing and before opening: the on-call service at once, not a last hour that has passed (review of session 16)
    expect(handOnToday(calendar, Temporal.Instant.from('2026-11-20T16:30:00Z'), ON_CALL).sv).toBe('Nu är det stängt (sedan kl. 16.00), så inget skriftligt räcker: du ska nu kontakta jouren: Socialjouren 070-174 06 50; vänta inte till nästa arbetsdag.');
    expect(handOnToday(calendar, Temporal.Instant.from('2026-11-20T01:00:00Z'), ON_CALL).sv).toBe('Nu är det stängt (öppnar kl. 08.00), så inget skriftligt räcker: du ska nu kontakta jouren: Socialjouren 070-174 06 50; vänta inte tills det öppnar.');
    // a day open until midnight closes at 24.00, not 00.00
    const late = createWorkingCalendar({ ...config.calendar, exceptions: [{ date: '2026-11-20', hours: [{ from: '08:00', to: '24:00' }] }] });
    expect(closingToday(late, now).sv).toBe('i dag kl. 24.00');
    // a day with its own hours: the calendar's, not a fixed 16.00
    const short = createWorkingCalendar({ ...config.calendar, exceptions: [{ date: '2026-11-20', hours: [{ from: '08:00', to: '12:00' }] }] });
    expect(closingToday(short, now).sv).toBe('i dag kl. 12.00');
  });

  it('marks an uncertain report of concern in the queue without inviting a downgrade; other uncertain rows are to be checked (U3)', () => {
    expect(uncertainBadge('orosanmalan').sv).toBe('osäker orosanmälan — är du osäker, lämna den vidare som orosanmälan');
    expect(uncertainBadge('orosanmalan').sv).not.toMatch(/kontrollera|byt/);
    expect(uncertainBadge('fraga').sv).toBe('osäker förvaltning/ärendetyp — kontrollera i Outlook');
  });
});
