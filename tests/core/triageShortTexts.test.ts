import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { presetConfig } from '../../src/core/config/presets';
import { triageMessage } from '../../src/core/triage';
import { mail } from '../fixtures/triage/messages';

/**
 * Short citizen texts written to probe the everyday words of each department's services
 * (tests/fixtures/shorttexts/README.txt): first sight kind 83.7 %, department 76.6 %; held
 * at what they measure after tuning, and never a lost deadline or a missed report of concern.
 */
interface Probe {
  subject: string;
  body: string;
  department: string;
  kind: string;
  note: string;
}

const probes = readFileSync(join(__dirname, '../fixtures/shorttexts/short-texts.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Probe);
const config = presetConfig('ljungby');
const results = probes.map((p) => ({ p, got: triageMessage(mail({ subject: p.subject || null, body: p.body }), config) }));

describe('short everyday texts (350, written blind to probe vocabulary)', () => {
  it('routes at least 90 % to the right department and gives at least 86 % the right kind', () => {
    const share = (ok: (r: (typeof results)[number]) => boolean) => results.filter(ok).length / results.length;
    expect(share((r) => r.got.department === r.p.department)).toBeGreaterThanOrEqual(0.9);
    expect(share((r) => r.got.kind === r.p.kind)).toBeGreaterThanOrEqual(0.86);
  });

  it('finds every report of concern and takes no contact for inget ärende', () => {
    expect(results.filter((r) => r.p.kind === 'orosanmalan' && r.got.kind !== 'orosanmalan').map((r) => r.p.body)).toEqual([]);
    expect(results.filter((r) => r.p.kind !== 'ej_arende' && r.got.kind === 'ej_arende').map((r) => r.p.body)).toEqual([]);
  });
});
