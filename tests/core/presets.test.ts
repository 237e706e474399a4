import { Temporal } from 'temporal-polyfill';
import { presetConfig, PRESET_IDS, type PresetId } from '../../src/core/config/presets';
import type { DeadlineRule, Duration } from '../../src/core/config/policySchema';
import { deadlineForCase, formatOffsetDateTime } from '../../src/core/deadline';
import { CHANNELS, KINDS, type Channel, type Kind } from '../../src/core/vocabulary';

/** What SPEC §4 says for one channel: due, optional target, and whether it is a local choice. */
interface Expected {
  due: Duration;
  target?: Duration;
  local: boolean;
}

const wd = (amount: number): Duration => ({ unit: 'workingDays', amount });
const ch = (amount: number): Duration => ({ unit: 'calendarHours', amount, extend: true });
const cd = (amount: number): Duration => ({ unit: 'calendarDays', amount, extend: true });
const sameDay: Duration = { unit: 'endOfWorkingDay', amount: 0 };

const SPEC_4: Record<PresetId, Record<Channel, Expected>> = {
  ljungby: {
    telefon: { due: wd(1), local: false },
    sms: { due: wd(1), local: false },
    epost: { due: wd(2), local: false },
    post: { due: wd(2), local: false },
    webb: { due: wd(2), local: true },
  },
  varmdo: {
    telefon: { due: wd(1), local: true },
    sms: { due: wd(1), local: true },
    epost: { due: wd(2), local: false },
    post: { due: wd(2), local: false },
    webb: { due: wd(2), local: true },
  },
  salem: {
    telefon: { due: ch(24), target: sameDay, local: false },
    sms: { due: ch(24), target: sameDay, local: false },
    epost: { due: ch(72), local: false },
    post: { due: cd(7), local: true },
    webb: { due: ch(72), local: true },
  },
  alvesta: {
    telefon: { due: wd(1), local: true },
    sms: { due: wd(1), local: true },
    epost: { due: wd(2), local: true },
    post: { due: wd(2), local: true },
    webb: { due: wd(2), local: true },
  },
  harnosand: {
    telefon: { due: wd(1), local: true },
    sms: { due: wd(1), local: true },
    epost: { due: wd(2), local: true },
    post: { due: wd(2), local: true },
    webb: { due: wd(2), local: true },
  },
};

/** The rule of a preset that names exactly this channel and no kind. */
function channelRule(preset: PresetId, channel: Channel): DeadlineRule {
  const rules = presetConfig(preset).policy.rules.filter((r) => r.kind === undefined && r.channel?.length === 1 && r.channel[0] === channel);
  expect(rules).toHaveLength(1);
  return rules[0]!;
}

/** Validated once per preset, so each preset keeps one working calendar (and its caches) across tests. */
const configs = new Map(PRESET_IDS.map((id) => [id, presetConfig(id)]));
const at = (wallClock: string) => Temporal.PlainDateTime.from(wallClock).toZonedDateTime('Europe/Stockholm').toInstant();
function outcome(preset: PresetId, channel: Channel, kind: Kind, wallClock: string, anonymous = false) {
  const out = deadlineForCase({ channel, kind, received: at(wallClock), anonymous }, configs.get(preset)!);
  return { due: out.due && formatOffsetDateTime(out.due), target: out.target && formatOffsetDateTime(out.target) };
}

describe('presets follow SPEC §4', () => {
  describe.each(PRESET_IDS)('%s', (preset) => {
    it.each(CHANNELS)('gives %s the SPEC §4 time and marks a local choice', (channel) => {
      const rule = channelRule(preset, channel);
      const expected = SPEC_4[preset][channel];
      expect({ due: rule.due, target: rule.target, local: rule.local === true }).toEqual({
        due: expected.due,
        target: expected.target,
        local: expected.local,
      });
    });

    it('lets orosanmälan override every other rule: businessHours 2, no target', () => {
      const overrides = presetConfig(preset).policy.rules.filter((r) => r.override);
      expect(overrides).toEqual([
        expect.objectContaining({ kind: ['orosanmalan'], due: { unit: 'businessHours', amount: 2 }, override: true }),
      ]);
      expect(overrides[0]!.target).toBeUndefined();
    });

    it('gives an anonymous orosanmälan 2 business hours on every channel', () => {
      for (const channel of CHANNELS) {
        expect(outcome(preset, channel, 'orosanmalan', '2026-11-20T15:30', true)).toEqual({
          due: '2026-11-23T09:30:00+01:00',
          target: null,
        });
      }
    });

    it('gives ej_arende and anonymous contacts no due time, whatever the channel and kind', () => {
      for (const channel of CHANNELS) {
        for (const kind of KINDS) {
          if (kind !== 'orosanmalan') {
            expect(outcome(preset, channel, kind, '2026-11-16T10:00', true)).toEqual({ due: null, target: null });
          }
        }
        expect(outcome(preset, channel, 'ej_arende', '2026-11-16T10:00')).toEqual({ due: null, target: null });
      }
    });

    it('marks its default as a local choice', () => {
      expect(presetConfig(preset).policy.default.local).toBe(true);
    });

    it('opens Monday–Friday 08–16 in Europe/Stockholm with 8-hour working days', () => {
      const { calendar } = presetConfig(preset);
      const nineToFour = [{ from: '08:00', to: '16:00' }];
      expect(calendar).toMatchObject({
        timeZone: 'Europe/Stockholm',
        openingHours: { mon: nineToFour, tue: nineToFour, wed: nineToFour, thu: nineToFour, fri: nineToFour, sat: [], sun: [] },
        workingDayHours: 8,
      });
    });

    it(preset === 'ljungby' ? 'states its opening hours as its own' : 'marks its opening hours as a local choice', () => {
      const source = presetConfig(preset).policy.source ?? '';
      expect(/lokalt val/.test(source)).toBe(preset !== 'ljungby');
    });
  });

  it('gives Salem applications and fault reports a same-day target and a 24-hour confirmation', () => {
    for (const kind of ['ansokan', 'felanmalan'] as const) {
      const rule = presetConfig('salem').policy.rules.find((r) => r.kind?.includes(kind) && r.channel === undefined);
      expect({ due: rule?.due, target: rule?.target }).toEqual({ due: ch(24), target: sameDay });
    }
  });

  it('gives Salem complaints calendarDays 7 with extend', () => {
    const rule = presetConfig('salem').policy.rules.find((r) => r.kind?.includes('klagomal') && r.channel === undefined);
    expect(rule?.due).toEqual(cd(7));
  });

  it('has no rule by kind except in Salem (and orosanmälan everywhere)', () => {
    for (const preset of PRESET_IDS) {
      const byKind = presetConfig(preset).policy.rules.filter((r) => r.kind !== undefined && !r.override).map((r) => r.id);
      expect({ preset, byKind: byKind.length > 0 }).toEqual({ preset, byKind: preset === 'salem' });
    }
  });

  describe('a question received Friday 2026-11-20 15:30', () => {
    const workingDayPresets: PresetId[] = ['ljungby', 'varmdo', 'alvesta', 'harnosand'];
    it.each(workingDayPresets)('%s: telefon and sms by Monday 15:30, e-mail, post and web by Tuesday 15:30', (preset) => {
      const due = (channel: Channel) => outcome(preset, channel, 'fraga', '2026-11-20T15:30').due;
      expect(CHANNELS.map((c) => [c, due(c)])).toEqual([
        ['epost', '2026-11-24T15:30:00+01:00'],
        ['telefon', '2026-11-23T15:30:00+01:00'],
        ['sms', '2026-11-23T15:30:00+01:00'],
        ['post', '2026-11-24T15:30:00+01:00'],
        ['webb', '2026-11-24T15:30:00+01:00'],
      ]);
    });
    it('salem: telefon and sms by Monday 16:00 (24 h lands on Saturday) with a same-day target; e-mail and web 72 h; post a week', () => {
      expect(CHANNELS.map((c) => [c, outcome('salem', c, 'fraga', '2026-11-20T15:30')])).toEqual([
        ['epost', { due: '2026-11-23T15:30:00+01:00', target: null }],
        ['telefon', { due: '2026-11-23T16:00:00+01:00', target: '2026-11-20T16:00:00+01:00' }],
        ['sms', { due: '2026-11-23T16:00:00+01:00', target: '2026-11-20T16:00:00+01:00' }],
        ['post', { due: '2026-11-27T15:30:00+01:00', target: null }],
        ['webb', { due: '2026-11-23T15:30:00+01:00', target: null }],
      ]);
    });
  });
});
