import { configSchema, presetDocument } from '../../src/core/config';
import { concernRecognised } from '../../src/core/triage/concernSwitch';
import { DEFAULT_ROUTING_RULES } from '../../src/core/triage/defaultRules';
import { triageMessage } from '../../src/core/triage';
import { mail } from '../fixtures/triage/messages';

/** Round 22 of the readers: switching rules off must never silently stop reports of concern being recognised. */
describe('whether a configuration still recognises reports of concern', () => {
  const doc = presetDocument('ljungby');
  const withTriage = (triage: Record<string, unknown>) => configSchema.parse({ ...doc, triage: { ...doc.triage, ...triage } });
  const concern = mail({ subject: 'Orolig', body: 'Grannens pojke, kanske sju år, har stått ute i trapphuset utan mat sedan i morse och säger att mamma inte kommer hem.' });

  it('does with the built-in rules, and the concern is an orosanmälan', () => {
    const config = withTriage({});
    expect(concernRecognised(config.triage)).toBe(true);
    expect(triageMessage(concern, config).kind).toBe('orosanmalan');
  });

  it('does not when oro.konkret is switched off, and then a concern is not an orosanmälan: what the warning says', () => {
    const config = withTriage({ disabledBuiltinRules: ['oro.konkret'] });
    expect(concernRecognised(config.triage)).toBe(false);
    expect(triageMessage(concern, config).kind).not.toBe('orosanmalan');
  });

  it('does not with the built-in rules off unless the file holds a rule of its own that gives orosanmälan', () => {
    expect(concernRecognised({ builtinClassifier: false, rules: [] })).toBe(false);
    const copy = DEFAULT_ROUTING_RULES.find((r) => r.id === 'oro.konkret')!;
    expect(concernRecognised({ builtinClassifier: false, rules: [copy] })).toBe(true);
    expect(concernRecognised({ builtinClassifier: false, rules: [{ ...copy, enabled: false }] })).toBe(false);
    // a rule that names the signal but gives another kind does not count
    expect(concernRecognised({ builtinClassifier: false, rules: [{ ...copy, id: 'egen.oro', then: { kind: 'fraga' } }] })).toBe(false);
  });
});
