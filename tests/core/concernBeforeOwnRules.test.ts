import fc from 'fast-check';
import { configSchema, presetDocument } from '../../src/core/config';
import { triageMessage } from '../../src/core/triage';
import { KINDS, type Kind } from '../../src/core/vocabulary';
import { mail } from '../fixtures/triage/messages';

/**
 * Reader round 26, U2: a municipality's own rule must never take a found report of concern's
 * deadline away — an own rule that makes every web-form complaint a klagomål would otherwise give a
 * child's safety a five-day deadline. Only a rule that names the concern signal itself (a
 * deliberate choice) decides over a concern; the built-in rules keep their order.
 */
const doc = presetDocument('ljungby');
const withRules = (rules: unknown[]) => configSchema.parse({ ...doc, triage: { ...doc.triage, rules } });

const formComplaint = (text: string) =>
  mail({
    subject: 'E-tjänst: Synpunkt - Klagomål',
    from: 'no-reply@ljungby.se',
    replyTo: ['granne@example.com'],
    body: `Typ av synpunkt: Klagomål\nBeskrivning: ${text}`,
  });
const CONCERN = 'Grannens pojke, kanske sju år, har stått ute i trapphuset utan mat sedan i morse och säger att mamma inte kommer hem.';
const NOISE = 'Grannarna spelar hög musik varje helg till tre på natten, jag kan inte sova.';

const complaintsRule = {
  id: 'egen.synpunkt',
  name: 'Synpunkter från e-tjänsten är klagomål',
  enabled: true,
  when: { all: [{ field: 'subject', startsWith: ['E-tjänst: Synpunkt'] }] },
  then: { kind: 'klagomal' },
};

describe('a report of concern comes before the municipality’s own rules', () => {
  it('an own rule that makes every web-form synpunkt a klagomål still makes an ordinary complaint one', () => {
    const r = triageMessage(formComplaint(NOISE), withRules([complaintsRule]));
    expect(r.kind).toBe('klagomal');
    expect(r.rules).toContain('egen.synpunkt');
  });

  it('but not a concern for a child: it stays an orosanmälan for social services, and the explanation names the rule set aside', () => {
    const r = triageMessage(formComplaint(CONCERN), withRules([complaintsRule]));
    expect(r.kind).toBe('orosanmalan');
    expect(r.department).toBe('socialtjanst');
    expect(r.priority).toBe('high');
    expect(r.explanation.sv).toContain("Kommunens egen regel 'Synpunkter från e-tjänsten är klagomål' gäller inte här");
    expect(r.explanation.en).toContain("own rule 'Synpunkter från e-tjänsten är klagomål' does not apply here");
  });

  it('without an own rule the explanation says nothing about own rules', () => {
    const r = triageMessage(formComplaint(CONCERN), withRules([]));
    expect(r.kind).toBe('orosanmalan');
    expect(r.explanation.sv).not.toContain('egen regel');
  });

  it('an own rule that names the concern signal is a deliberate choice and decides', () => {
    const deliberate = {
      id: 'egen.oro-skola',
      name: 'Oro från skolans system går som fråga till elevhälsan',
      enabled: true,
      when: { all: [{ field: 'signal', in: ['concern'] }, { field: 'subject', startsWith: ['E-tjänst: Synpunkt'] }] },
      then: { kind: 'fraga' },
    };
    expect(triageMessage(formComplaint(CONCERN), withRules([deliberate])).kind).toBe('fraga');
  });

  it('whatever other kind an own rule on any channel or subject gives, decisive or weighted, a concern stays an orosanmälan (property)', () => {
    const others = KINDS.filter((k): k is Exclude<Kind, 'orosanmalan'> => k !== 'orosanmalan');
    fc.assert(
      fc.property(fc.constantFrom(...others), fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }), (kind, weight) => {
        const rule = {
          id: 'egen.allt',
          name: 'Allt från e-tjänsten',
          enabled: true,
          ...(weight === undefined ? {} : { weight }),
          when: { any: [{ field: 'channel', in: ['webb', 'epost', 'telefon', 'sms', 'post'] }] },
          then: { kind },
        };
        return triageMessage(formComplaint(CONCERN), withRules([rule])).kind === 'orosanmalan';
      }),
      { numRuns: 40 },
    );
  });
});
