import type * as MG from '@microsoft/microsoft-graph-types';
import { assessMessage } from '../../src/core/assess';
import { parseConfig, presetDocument } from '../../src/core/config';
import { buildRecord, RECORD_PROPERTY_ID, serializeRecord, type SvarstidRecord } from '../../src/core/record';
import { parseMailMessage } from '../../src/core/message';
import { planLabel } from '../../src/worker/labeller';

/**
 * Reader round 29, U3: saving a configuration without concern recognition (or restoring an old
 * revision) must not turn the reports of concern that are open now into ordinary questions — they
 * would drop from the top of the queue and from "inte lämnade" without anyone being told.
 */

const base = presetDocument('ljungby');
const withConcern = parseConfig(base);
const withoutConcern = parseConfig({ ...base, triage: { ...(base.triage ?? {}), disabledBuiltinRules: ['oro.konkret'] } });

function message(id: string, subject: string, text: string, record: SvarstidRecord | null): MG.Message {
  return {
    id,
    subject,
    from: { emailAddress: { address: 'anna.berg@example.se', name: 'Anna Berg' } },
    toRecipients: [{ emailAddress: { address: 'kommun@ljungby.se' } }],
    receivedDateTime: '2027-03-02T08:15:00Z',
    body: { contentType: 'text', content: text },
    categories: [],
    singleValueExtendedProperties: record === null ? [] : [{ id: RECORD_PROPERTY_ID, value: serializeRecord(record) }],
  };
}

function labelledUnder(raw: MG.Message, config: typeof withConcern): SvarstidRecord {
  const parsed = parseMailMessage(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return buildRecord(assessMessage(parsed.message, config), 'auto');
}

const CONCERN_TEXT =
  'Hej. Pojken i lägenheten bredvid, kanske sju år, har stått ute i trapphuset i strumplästen i kväll igen.';

describe('an open report of concern keeps its labels when the configuration would no longer recognise it', () => {
  const unlabelled = message('m1', 'Grannens pojke', CONCERN_TEXT, null);
  const recorded = labelledUnder(unlabelled, withConcern);

  it('is first recognised as a report of concern, and the new configuration alone would not recognise it', () => {
    expect(recorded.kind).toBe('orosanmalan');
    expect(labelledUnder(unlabelled, withoutConcern).kind).not.toBe('orosanmalan');
  });

  it('stays a report of concern, with its deadline, after the save', () => {
    const plan = planLabel(message('m1', 'Grannens pojke', CONCERN_TEXT, recorded), withoutConcern, assessMessage, null);
    expect(plan.action).toBe('unchanged');
    if (plan.action !== 'unchanged') return;
    expect(plan.record).toEqual(recorded);
  });

  it('still gets its first answer time (and stays a report of concern awaiting hand-on)', () => {
    const plan = planLabel(message('m1', 'Grannens pojke', CONCERN_TEXT, recorded), withoutConcern, assessMessage, '2027-03-02T09:00:00Z');
    expect(plan.action).toBe('write');
    if (plan.action !== 'write') return;
    expect(plan.record).toMatchObject({ kind: 'orosanmalan', department: recorded.department, due: recorded.due, answeredAt: '2027-03-02T09:00:00Z' });
  });

  it('a report already marked as handed on keeps its labels too (it does not come back as an open question)', () => {
    const handedOn: SvarstidRecord = { ...recorded, done: { at: '2027-03-02T08:40:00Z', name: 'Eva Handläggare' } };
    const plan = planLabel(message('m1', 'Grannens pojke', CONCERN_TEXT, handedOn), withoutConcern, assessMessage, null);
    expect(plan).toMatchObject({ action: 'unchanged', record: handedOn });
  });

  it('any other open message follows the new configuration', () => {
    // An ordinary question still changes with a changed rule (here: a longer e-mail deadline).
    const longer = parseConfig({
      ...base,
      policy: { ...base.policy, rules: base.policy.rules!.map((r) => (r.id === 'kanal:epost' ? { ...r, due: { unit: 'workingDays' as const, amount: 5 } } : r)) },
    });
    const question = message('m2', 'Sophämtning', 'Hej! Vilken dag hämtas soporna på Storgatan? Mvh Anna', null);
    const asked = labelledUnder(question, withConcern);
    const replan = planLabel(message('m2', 'Sophämtning', 'Hej! Vilken dag hämtas soporna på Storgatan? Mvh Anna', asked), longer, assessMessage, null);
    expect(replan.action).toBe('write');
    if (replan.action === 'write') expect(replan.record.due).not.toBe(asked.due);
  });
});
