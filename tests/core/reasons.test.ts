import { buildRecord } from '../../src/core/record';
import { assessMessage } from '../../src/core/assess';
import { presetConfig } from '../../src/core/config';
import { reasonsFor } from '../../src/core/display/reasons';
import { mail } from '../fixtures/triage/messages';

const config = presetConfig('ljungby');

describe('the reasons the add-in and the Teams tab show first', () => {
  // reader round 37, U4: a text in a script Svarstid does not read may be urgent without showing it
  it('make the check urgent for a message mostly in a script Svarstid does not read, and only then', () => {
    const arabic = mail({ subject: 'سؤال', body: 'مرحبا، أريد أن أدرس اللغة السويدية مع أطفالي. متى تبدأ الدورة؟' });
    const a = assessMessage(arabic, config);
    expect(a.triage.uncertain).toBe(true);
    expect(a.triage.otherScript).toBe(true);
    expect(a.kind).not.toBe('orosanmalan');
    const first = reasonsFor({ record: buildRecord(a, 'auto'), mail: arabic, config, assessedKind: a.kind })[0]!;
    expect(first.sv).toBe('Svarstid kan inte läsa det mesta av texten (en annan skrift): ta reda på nu vad det står, det kan vara en orosanmälan (mer nedan).');

    // … and where a few words already read a possible report of concern in it (here its one Swedish line), it is handed on now
    const urgent = mail({ subject: 'مساعدة', body: 'السلام عليكم، أكتب إليكم بخصوص عائلة في الطابق الثالث من العمارة التي أسكن فيها منذ سنوات. Grannens barn är ensamma hemma varje natt.' });
    const u = assessMessage(urgent, config);
    expect([u.kind, u.triage.uncertain, u.triage.otherScript]).toEqual(['orosanmalan', true, true]);
    const firstUrgent = reasonsFor({ record: buildRecord(u, 'auto'), mail: urgent, config, assessedKind: u.kind })[0]!;
    expect(firstUrgent.en).toBe('Svarstid cannot read most of the text (another script) and reads it as a possible report of concern: hand it on now, the social services can use an interpreter (more below).');

    const swedish = mail({ subject: 'Fråga', body: 'Hej, vem ska jag prata med?' });
    const b = assessMessage(swedish, config);
    expect(b.triage.otherScript).toBeUndefined();
    const unsure = { ...buildRecord(b, 'auto'), uncertain: true as const };
    expect(reasonsFor({ record: unsure, mail: swedish, config, assessedKind: b.kind })[0]!.sv).toBe('Svarstid var osäker på ärendetyp eller förvaltning: kontrollera.');
  });
});
