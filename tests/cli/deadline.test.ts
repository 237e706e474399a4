import { jsonLines, runCli } from './support';

const line = (o: object) => JSON.stringify(o);

describe('svarstid deadline', () => {
  it('answers the Ljungby worked examples of SPEC §3, one line per case, in order', async () => {
    const cases = [
      { channel: 'epost', kind: 'fraga', received: '2026-11-16T09:15:00Z' }, // Mon 10:15 local
      { channel: 'epost', received: '2026-11-20T14:30:00Z', anonymous: false }, // Fri 15:30
      { channel: 'epost', received: '2026-11-20T17:00:00Z' }, // Fri 18:00
      { channel: 'epost', received: '2026-12-23T13:00:00Z' }, // Wed 23 Dec 14:00
    ];
    const { code, stdout } = await runCli(['deadline', '--preset', 'ljungby'], cases.map(line).join('\n'));
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual([
      { due: '2026-11-18T10:15:00+01:00', target: null },
      { due: '2026-11-24T15:30:00+01:00', target: null },
      { due: '2026-11-24T16:00:00+01:00', target: null },
      { due: '2026-12-29T14:00:00+01:00', target: null },
    ]);
  });

  it('gives the same answer for the same instant written with another offset', async () => {
    const { stdout } = await runCli(
      ['deadline', '--preset', 'ljungby'],
      [line({ channel: 'epost', received: '2026-11-20T14:30:00Z' }), line({ channel: 'epost', received: '2026-11-20T15:30:00+01:00' })].join('\n'),
    );
    const [a, b] = jsonLines(stdout);
    expect(a).toEqual(b);
  });

  it('answers Salem with targets, and null for ej_arende and anonymous contacts', async () => {
    const { stdout } = await runCli(
      ['deadline', '--preset', 'salem'],
      [
        line({ channel: 'telefon', kind: 'fraga', received: '2026-11-16T09:00:00Z' }),
        line({ channel: 'epost', kind: 'ej_arende', received: '2026-11-16T09:00:00Z' }),
        line({ channel: 'webb', kind: 'klagomal', received: '2026-11-16T09:00:00Z', anonymous: true }),
        line({ channel: 'sms', kind: 'orosanmalan', received: '2026-11-20T14:30:00Z', anonymous: true }),
      ].join('\n'),
    );
    expect(jsonLines(stdout)).toEqual([
      { due: '2026-11-17T10:00:00+01:00', target: '2026-11-16T16:00:00+01:00' },
      { due: null, target: null },
      { due: null, target: null },
      { due: '2026-11-23T09:30:00+01:00', target: null },
    ]);
  });

  it('answers a bad line with an error line and still answers the others', async () => {
    const { code, stdout } = await runCli(
      ['deadline', '--preset', 'varmdo'],
      [
        'this is not json',
        line({ channel: 'fax', received: '2026-11-16T09:00:00Z' }),
        line({ channel: 'epost', received: 'yesterday' }),
        line({ channel: 'epost' }),
        line({ channel: 'epost', received: '2026-11-16T09:15:00Z' }),
      ].join('\n'),
    );
    expect(code).toBe(0);
    const out = jsonLines(stdout);
    expect(out).toHaveLength(5);
    for (const bad of out.slice(0, 4)) {
      expect(Object.keys(bad)).toEqual(['error']);
      expect(typeof bad.error).toBe('string');
    }
    expect(out[1]!.error).toMatch(/channel/);
    expect(out[2]!.error).toMatch(/yesterday/);
    expect(out[4]).toEqual({ due: '2026-11-18T10:15:00+01:00', target: null });
  });

  it('treats null kind and anonymous as absent', async () => {
    const { stdout } = await runCli(['deadline', '--preset', 'ljungby'], line({ channel: 'epost', kind: null, received: '2026-11-16T09:15:00Z', anonymous: null }));
    expect(jsonLines(stdout)).toEqual([{ due: '2026-11-18T10:15:00+01:00', target: null }]);
  });

  it('refuses an unknown preset with exit code 2', async () => {
    const { code, stderr } = await runCli(['deadline', '--preset', 'stockholm'], '');
    expect(code).toBe(2);
    expect(stderr).toBe(
      "svarstid deadline: det finns ingen förinställning 'stockholm'; välj en av ljungby, alvesta, varmdo, salem, harnosand\n" +
        "svarstid deadline: there is no preset 'stockholm'; choose one of ljungby, alvesta, varmdo, salem, harnosand\n",
    );
  });

  it('answers a bad line in Swedish and English, with the allowed values', async () => {
    const { stdout } = await runCli(['deadline', '--preset', 'ljungby'], [line({ channel: 'epsot', received: '2026-11-16T09:15:00Z' }), '{"channel": "epost",}'].join('\n'));
    const [typo, comma] = jsonLines(stdout);
    expect(typo!.error).toBe(
      'rad 1: channel: ogiltigt värde "epsot"; tillåtna värden: "epost", "telefon", "sms", "post" och "webb"; menade du "epost"? / ' +
        'line 1: channel: invalid value "epsot"; allowed values: "epost", "telefon", "sms", "post" and "webb"; did you mean "epost"?',
    );
    expect(comma!.error).toMatch(/^rad 2, kolumn 20: inte giltig JSON: ett kommatecken före '}'.* \/ line 2, column 20: not valid JSON: a comma before '}'/);
  });
});
