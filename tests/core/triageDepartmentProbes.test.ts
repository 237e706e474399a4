import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { presetConfig } from '../../src/core/config/presets';
import { triageMessage } from '../../src/core/triage';
import { DEFAULT_DEPARTMENT_IDS, type DefaultDepartmentId } from '../../src/core/vocabulary';
import { mail } from '../fixtures/triage/messages';

/**
 * Probes of the thirtieth session (tests/fixtures/BLIND-SETS.md: reviews V, V2 and W by helpers who had
 * not read the rules, and three independent code reviews (80, 77 and 47 probes)): press enquiries told by the outlet,
 * the programme or the request beside residents who name the press, and services told against a background
 * of snow and road words. Each was scored at first sight before it was opened for tuning; the file holds the
 * probes whose department the rules now give (420 of 492), so that a later change cannot lose them unseen.
 */
interface DepartmentProbe {
  id: string;
  subject: string;
  body: string;
  from?: string;
  fromName?: string;
  department: DefaultDepartmentId;
}

const probes = JSON.parse(readFileSync(join(__dirname, '../fixtures/triage/review30-department-probes.json'), 'utf8')) as DepartmentProbe[];
const config = presetConfig('ljungby');

describe('the thirtieth session’s department probes', () => {
  it('hold press enquiries, residents who name the press and services against snow and road words', () => {
    expect(probes.filter((p) => p.department === 'kommunledning').length).toBeGreaterThanOrEqual(100);
    expect(probes.filter((p) => p.department !== 'kommunledning').length).toBeGreaterThanOrEqual(150);
    for (const p of probes) expect(DEFAULT_DEPARTMENT_IDS).toContain(p.department);
  });

  it.each(probes.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const result = triageMessage(mail({ subject: p.subject, body: p.body, ...(p.from ? { from: p.from } : {}), ...(p.fromName ? { fromName: p.fromName } : {}) }), config);
    expect(result.department).toBe(p.department);
  });
});

// The thirty-first session's code review (a helper; 86 probes) of its school-bus rule: a bus that did not come while the children
// waited is their school transport, though no one says the word; a bus to a train, an airport, a clinic or a youth club's disco, a
// broken shelter, a regional line or a parent riding with the children is not. The review found six such mails sent to the school
// by the first version (all mended); the 22 bus probes whose department the rules now give are here. Its second review (106 probes)
// of the state-road and landlord rules found a state road at weight 7 outweighing a school bus, a plan or a cycle path beside it, a
// landlord rule taking a flat's cold, brown water and a family's eviction, and the road as a landmark dropping "gropar på avfarten
// från väg 25": mended (a school service, a plan, a footpath or a cycle path beside the road; no flat, water, care or building with
// the landlord; a way onto the road is on it); its 48 department probes that hold are here too, with the 77 of review Z (109
// probes of the contact centre's mail told in street, water, waste and snow words beside the technical department's) that hold.
const busProbes = JSON.parse(readFileSync(join(__dirname, '../fixtures/triage/review31-department-probes.json'), 'utf8')) as DepartmentProbe[];

describe('the thirty-first session’s school-bus, state-road and landlord probes', () => {
  it('hold buses that are the school transport and buses that are not, and what is the town\'s beside what is another owner\'s', () => {
    expect(busProbes.filter((p) => p.department === 'utbildning').length).toBeGreaterThanOrEqual(3);
    expect(busProbes.filter((p) => p.department === 'kontaktcenter').length).toBeGreaterThanOrEqual(15);
    expect(busProbes.filter((p) => p.department !== 'utbildning' && p.department !== 'kontaktcenter').length).toBeGreaterThanOrEqual(20);
  });

  it.each(busProbes.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const result = triageMessage(mail({ subject: p.subject, body: p.body, ...(p.from ? { from: p.from } : {}), ...(p.fromName ? { fromName: p.fromName } : {}) }), config);
    expect(result.department).toBe(p.department);
  });
});
