import { jsonLines, runCli } from './support';

function message(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'AAMkAGI2TG93AAA=',
    subject: 'Trasig gatlykta',
    bodyPreview: 'Hej! Gatlyktan utanför Björkvägen 4 har varit släckt i en vecka.',
    body: { contentType: 'text', content: 'Hej! Gatlyktan utanför Björkvägen 4 har varit släckt i en vecka. Kan ni laga den?\n\nMvh Lena Ask' },
    from: { emailAddress: { name: 'Lena Ask', address: 'lena.ask@example.com' } },
    replyTo: [],
    toRecipients: [{ emailAddress: { name: 'Kommun', address: 'kommun@ljungby.se' } }],
    receivedDateTime: '2026-11-16T09:15:00Z',
    hasAttachments: false,
    ...overrides,
  };
}

describe('svarstid triage', () => {
  it('writes one decision line per message with exactly the contract fields', async () => {
    const { code, stdout } = await runCli(['triage', '--preset', 'ljungby'], JSON.stringify(message({})));
    expect(code).toBe(0);
    const [out] = jsonLines(stdout);
    expect(Object.keys(out!).sort()).toEqual(['anonymous', 'channel', 'department', 'due', 'explanation', 'id', 'kind', 'rules', 'target'].sort());
    expect(out).toMatchObject({
      id: 'AAMkAGI2TG93AAA=',
      channel: 'epost',
      kind: 'felanmalan',
      department: 'teknik',
      anonymous: false,
      due: '2026-11-18T10:15:00+01:00',
      target: null,
    });
    expect(out!.rules).toEqual(expect.arrayContaining(['kanal:epost']));
    expect(typeof out!.explanation).toBe('string');
    expect(String(out!.explanation).length).toBeGreaterThan(10);
  });

  it('answers an unusable line with its id and an error, and still answers the rest', async () => {
    const lines = [
      JSON.stringify({ id: 'broken-1', subject: 'no receivedDateTime' }),
      '[1, 2',
      JSON.stringify(message({ id: 'ok-1' })),
    ].join('\n');
    const { stdout } = await runCli(['triage', '--preset', 'salem'], lines);
    const out = jsonLines(stdout);
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual({ id: 'broken-1', error: expect.stringMatching(/receivedDateTime/) });
    expect(out[1]).toEqual({ id: null, error: expect.any(String) });
    expect(out[2]).toMatchObject({ id: 'ok-1', channel: 'epost' });
  });

  it('accepts seed-file lines wrapped as {"message": …}', async () => {
    const { stdout } = await runCli(['triage', '--preset', 'ljungby'], JSON.stringify({ message: message({ id: 'wrapped' }), expect: {} }));
    expect(jsonLines(stdout)[0]).toMatchObject({ id: 'wrapped', department: 'teknik' });
  });

  it('detects an anonymous web form: no deadline', async () => {
    const form = message({
      id: 'webb-1',
      subject: 'E-tjänst: Synpunkt',
      from: { emailAddress: { name: 'E-tjänster', address: 'no-reply@etjanst.ljungby.se' } },
      replyTo: [],
      body: { contentType: 'text', content: 'Synpunkt\nDin synpunkt: Det är alldeles för dålig skyltning vid biblioteket, man hittar inte ingången.' },
    });
    const [out] = jsonLines((await runCli(['triage', '--preset', 'ljungby'], JSON.stringify(form))).stdout);
    expect(out).toMatchObject({ channel: 'webb', anonymous: true, due: null, target: null });
  });

  it('explains in English with --lang en', async () => {
    const [sv] = jsonLines((await runCli(['triage', '--preset', 'ljungby'], JSON.stringify(message({})))).stdout);
    const [en] = jsonLines((await runCli(['triage', '--preset', 'ljungby', '--lang', 'en'], JSON.stringify(message({})))).stdout);
    expect(en!.explanation).not.toEqual(sv!.explanation);
    expect(en!.explanation).toMatch(/^The channel is e-mail, because /);
  });

  it('refuses a language it does not have, with exit code 2', async () => {
    const { code, stdout, stderr } = await runCli(['triage', '--preset', 'ljungby', '--lang', 'fi'], JSON.stringify(message({})));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "svarstid triage: språket 'fi' finns inte; välj --lang sv (svenska) eller --lang en (engelska)\n" +
        "svarstid triage: there is no language 'fi'; choose --lang sv (Swedish) or --lang en (English)\n",
    );
  });

  it('reads a receivedDateTime without offset as UTC, as the README says', async () => {
    const [local] = jsonLines((await runCli(['triage', '--preset', 'ljungby'], JSON.stringify(message({ receivedDateTime: '2026-11-20T14:30:00' })))).stdout);
    const [utc] = jsonLines((await runCli(['triage', '--preset', 'ljungby'], JSON.stringify(message({ receivedDateTime: '2026-11-20T14:30:00Z' })))).stdout);
    expect(local).not.toHaveProperty('error');
    expect(local!.due).toBe(utc!.due);
  });

  it('writes human dates in the explanation and ISO 8601 in the machine fields', async () => {
    const [out] = jsonLines((await runCli(['triage', '--preset', 'ljungby'], JSON.stringify(message({ receivedDateTime: '2026-11-20T14:30:00Z' })))).stdout);
    expect(out!.due).toBe('2026-11-24T15:30:00+01:00');
    expect(out!.explanation).toContain('Svara senast tisdag 24 november kl. 15.30, enligt svarstidsregeln för e-post (två arbetsdagar).');
    expect(String(out!.explanation)).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});
