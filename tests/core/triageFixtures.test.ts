import { presetConfig } from '../../src/core/config/presets';
import { parseMailMessage } from '../../src/core/message';
import { triageMessage } from '../../src/core/triage';
import { CHANNELS, DEFAULT_DEPARTMENT_IDS, KINDS } from '../../src/core/vocabulary';
import { readFixture, type LabelledMessage } from '../fixtures/triage/messages';

/**
 * Six fictional municipalities' inboxes (Sjöbacka, Ekträsk, Västra Åby, Norrfjärden, Lillmora, Granby), labelled by the SPEC §1
 * conventions: other place names, other e-service, switchboard and scanner wording than the
 * development corpus. Triage must label them with the default rules of a preset.
 */
const fixtures: [string, LabelledMessage[]][] = [
  ['sjobacka.jsonl', readFixture('sjobacka.jsonl')],
  ['ektrask.jsonl', readFixture('ektrask.jsonl')],
  ['vastraaby.jsonl', readFixture('vastraaby.jsonl')],
  ['norrfjarden.jsonl', readFixture('norrfjarden.jsonl')],
  ['lillmora.jsonl', readFixture('lillmora.jsonl')],
  ['granby.jsonl', readFixture('granby.jsonl')],
];
const config = presetConfig('ljungby');

describe.each(fixtures)('labelled inbox %s', (_name, lines) => {
  const results = lines.map((line) => {
    const parsed = parseMailMessage(line.message);
    if (!parsed.ok) throw new Error(parsed.error);
    return { expect: line.expect, got: triageMessage(parsed.message, config) };
  });
  const share = (field: 'channel' | 'kind' | 'department' | 'anonymous') =>
    results.filter((r) => r.got[field] === r.expect[field]).length / results.length;

  it('covers every channel, kind and department', () => {
    const seen = (f: 'channel' | 'kind' | 'department') => new Set(lines.map((l) => l.expect[f]));
    expect([...seen('channel')].sort()).toEqual([...CHANNELS].sort());
    expect([...seen('kind')].sort()).toEqual([...KINDS].sort());
    expect([...seen('department')].sort()).toEqual([...DEFAULT_DEPARTMENT_IDS].sort());
  });

  it('detects every channel and anonymity exactly', () => {
    expect(share('channel')).toBe(1);
    expect(share('anonymous')).toBe(1);
  });

  it('labels kind and department like a careful officer in at least 95 % of messages', () => {
    expect(share('kind')).toBeGreaterThanOrEqual(0.95);
    expect(share('department')).toBeGreaterThanOrEqual(0.95);
  });

  it('explains every decision in Swedish and English', () => {
    for (const { got } of results) {
      expect(got.explanation.sv).toMatch(/^Kanal .+\. Typ .+\. Avdelning .+\.$/s);
      expect(got.explanation.en).toMatch(/^Channel .+\. Kind .+\. Department .+\.$/s);
    }
  });
});
