import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support';
import { DEFAULT_ROUTING_RULES } from '../../src/core/triage/defaultRules';

const dir = mkdtempSync(join(tmpdir(), 'svarstid-cli-'));

describe('svarstid presets', () => {
  it('lists the five presets with their municipality, the document each follows and what is a local choice', async () => {
    const { code, stdout } = await runCli(['presets']);
    expect(code).toBe(0);
    const ids = [...stdout.matchAll(/^(\S+) +(\S.* (?:kommun|stad))$/gm)].map((m) => m[1]);
    expect(ids).toEqual(['ljungby', 'alvesta', 'varmdo', 'salem', 'harnosand']);
    expect(stdout).toContain('varmdo      Värmdö kommun');
    expect(stdout).toContain('"lokalt val" = står inte i kommunens dokument');
    // Alvesta and Härnösand differ in what their documents say, not in their times
    expect(stdout).toContain('Bygger på: Alvesta kommuns servicepolicy');
    expect(stdout).toContain('Bygger på: Härnösands kommuns servicepolicy');
    // Salem's targets and case-type rules are listed too
    // … with when a notice is enough: when this rule gives the deadline, not when the channel's 72 hours come first
    expect(stdout).toMatch(
      /^ {4}ansökan: mål samma arbetsdag, före stängning; svar inom 24 timmar†\. Ett besked om när svaret eller beslutet kommer räcker oftast för att räknas som besvarat i tid, och det utlovade datumet följs sedan upp\. Skriver du i stället när något ska göras \(”Vi byter lampan måndag 30 november”\), är det svaret: ärendet lämnar kön och Svarstid följer inte upp att det blir gjort\. Undantag: kommer meddelandet via e-post eller e-tjänst och hamnar den här regelns tid på en stängd dag, kan kanalens 72 timmar sluta först, och då krävs ett riktigt svar senast då\. Förklaringen till varje meddelande säger vilket som gäller\.$/m,
    );
    // Värmdö's e-mail rule has no earlier rule beside it
    expect(stdout).toMatch(/^ {4}e-post: svar inom två arbetsdagar \(här räcker ett besked om när svaret eller beslutet kommer för att räknas som besvarat i tid; det utlovade datumet följs sedan upp\. Säger svaret i stället när något ska göras \(”Vi byter lampan måndag 30 november”\) är det svaret: ärendet lämnar kön och Svarstid följer inte upp att det blir gjort\)$/m);
    // the tie rule and the promise that is always followed up are said once
    expect(stdout).toContain('Ger flera regler samma tid räknas beskedet om någon av dem säger att ett besked räcker');
    expect(stdout).toContain('Beskedets datum blir den nya tiden att svara senast (utom för en orosanmälan, som ska lämnas vidare och inte vänta på ett datum), och invånarens meddelande ligger kvar i kön tills det riktiga svaret skickas.');
    // how a notice is told from an answer (round 10 of the review): a date for what will be done is an answer
    expect(stdout).toContain("Ett datum för det som ska göras (”Vi byter lampan måndag 30 november”) gör det till ett svar");
    expect(stdout).toContain("Lovar ett kvitto dessutom att kommunen återkommer, utan datum (”vi återkommer så snart vi kan”), är det ett väntesvar, varken besked eller svar: svarstiden fortsätter att gälla.");
    // a default no message can reach says so
    expect(stdout).toMatch(/^ {4}annars: svar inom två arbetsdagar \(lokalt val; används inte så länge varje kanal har en egen regel\)$/m);
    // Salem's complaint rule seldom gives the due: every channel's rule is as early or earlier, except
    // when 72 hours land on several closed days and move past the seven days (SPEC §3)
    expect(stdout).toMatch(/^ {4}klagomål: svar inom sju dagar† \(ger sällan svarstiden: kanalerna har oftast en tidigare tid; bara när en kanals tid hamnar på flera stängda dagar i rad, som vid jul eller påsk, slutar den här tiden först\)$/m);
    expect(stdout).not.toMatch(/^ {4}(ansökan|felanmälan|e-post):.*ger aldrig/m);
    expect(stdout).toContain('Passar flera regler ett meddelande gäller den tidigaste svarstiden av dem alla');
    const english = await runCli(['presets', '--lang', 'en']);
    expect(english.stdout).toMatch(/^ {4}e-mail: answer within 72 hours†$/m);
    expect((await runCli(['presets', '--lang', 'fi'])).code).toBe(2);
  });

  it('prints a preset as a config file that check-config accepts and deadline uses', async () => {
    const { stdout } = await runCli(['presets', 'salem']);
    const file = join(dir, 'salem.json');
    writeFileSync(file, stdout);
    const checked = await runCli(['check-config', file]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^\S+salem\.json är en giltig konfiguration för Salems kommun\. \/ \S+salem\.json is a valid configuration for Salems kommun\.\n/);
    const viaFile = await runCli(['deadline', '--config', file], JSON.stringify({ channel: 'epost', kind: 'klagomal', received: '2026-11-16T09:00:00Z' }));
    const viaPreset = await runCli(['deadline', '--preset', 'salem'], JSON.stringify({ channel: 'epost', kind: 'klagomal', received: '2026-11-16T09:00:00Z' }));
    expect(viaFile.stdout).toBe(viaPreset.stdout);
    expect(JSON.parse(viaFile.stdout)).toEqual({ due: '2026-11-19T10:00:00+01:00', target: null });
  });
});

describe('svarstid check-config', () => {
  it('reports every problem with its path and exits 1', async () => {
    const { stdout } = await runCli(['presets', 'ljungby']);
    const doc = JSON.parse(stdout) as { policy: { rules: Record<string, unknown>[] }; calendar: { closedDays: string[] } };
    doc.policy.rules[0]!.due = { unit: 'weeks', amount: 1 };
    doc.calendar.closedDays.push('2026-13-01');
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(doc));
    const { code, stderr } = await runCli(['check-config', file]);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe(`${file}: 2 fel / 2 problems`);
    expect(stderr).not.toMatch(/problem\(s\)/);
    expect(stderr).toMatch(/policy\.rules\[0\]\.due\.unit \(id "kanal:telefon"\): ogiltigt värde "weeks"; tillåtna värden: "workingDays", /);
    expect(stderr).toMatch(/calendar\.closedDays\[0\]: datumet 2026-13-01 finns inte: det finns ingen månad 13 \/ the date 2026-13-01 does not exist: there is no month 13/);
  });

  it('names who may use the admin view, or that nobody may yet, and the text models with how to switch them off', async () => {
    const { stdout } = await runCli(['presets', 'ljungby']);
    const file = join(dir, 'admins.json');
    writeFileSync(file, stdout);
    const none = await runCli(['check-config', file]);
    expect(none.stdout).toContain('Administratörer / Admins:\n  Inga: ingen kan öppna administrationsvyn.');
    expect(none.stdout).toMatch(/^ {2}typ\.modell +ärendetypens modell: på \("kindModel" under "triage"\)$/m);
    const doc = JSON.parse(stdout) as Record<string, unknown> & { triage?: Record<string, unknown> };
    writeFileSync(file, JSON.stringify({ ...doc, admins: { users: ['anna.berg@ljungby.se'] }, triage: { ...doc.triage, kindModel: false } }));
    const some = await runCli(['check-config', file]);
    expect(some.stdout).toContain('  Personer: anna.berg@ljungby.se\n  De kan ändra konfigurationen i administrationsvyn ("admins").');
    expect(some.stdout).toMatch(/^ {2}typ\.modell +ärendetypens modell: av /m);
    // the preset as it is: every time in it is the preset municipality's, said before its local choices
    expect(none.stdout).toContain('Obs: filen är förinställningen för Ljungby kommun som den är. Är ni en annan kommun, byt namn,');
    const own = JSON.parse(stdout) as Record<string, unknown> & { municipality: Record<string, unknown> };
    writeFileSync(join(dir, 'own.json'), JSON.stringify({ ...own, municipality: { ...own.municipality, name: 'Testby kommun' } }));
    expect((await runCli(['check-config', join(dir, 'own.json')])).stdout).not.toContain('Obs: filen är förinställningen');
    // the longest built-in rule id keeps its column
    expect(some.stdout).toMatch(/^ {2}inbyggd {3}avd\.sbf\.livsmedelsregistrering +Registrering av livsmedelsverksamhet/m);
  });

  it('warns when reports of concern are no longer recognised (oro.konkret switched off)', async () => {
    const { stdout } = await runCli(['presets', 'ljungby']);
    const doc = JSON.parse(stdout) as Record<string, unknown> & { triage: Record<string, unknown> };
    const file = join(dir, 'no-concern.json');
    expect((await runCli(['check-config', (writeFileSync(file, stdout), file)])).stdout).not.toContain('känner Svarstid inte längre igen orosanmälningar');
    writeFileSync(file, JSON.stringify({ ...doc, triage: { ...doc.triage, disabledBuiltinRules: ['oro.konkret'] } }));
    const off = await runCli(['check-config', file]);
    expect(off.stdout).toContain('VARNING: Med de här inställningarna känner Svarstid inte längre igen orosanmälningar');
    expect((await runCli(['check-config', file, '--lang', 'en'])).stdout).toContain('WARNING: With these settings Svarstid no longer recognises reports of concern');
  });

  it('says clearly when the file is not JSON or missing', async () => {
    const file = join(dir, 'not.json');
    writeFileSync(file, '{ "schemaVersion": 1, ');
    const notJson = await runCli(['check-config', file]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/not\.json:1:\d+: inte giltig JSON: .* \/ not valid JSON: /);
    expect(notJson.stderr).not.toMatch(/Unexpected end of JSON input/);
    const missing = await runCli(['check-config', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `${join(dir, 'nope.json')}: filen finns inte (sökte efter ${join(dir, 'nope.json')}); kontrollera namnet och mappen\n` +
        `${join(dir, 'nope.json')}: the file does not exist (looked for ${join(dir, 'nope.json')}); check the name and the folder\n`,
    );
  });

  it('needs exactly one file', async () => {
    expect((await runCli(['check-config'])).code).toBe(2);
  });
});

/** The ljungby preset as a file with one change, checked. */
async function checkChanged(name: string, change: (doc: Record<string, any>) => void, raw?: (text: string) => string) {
  const doc = JSON.parse((await runCli(['presets', 'ljungby'])).stdout) as Record<string, any>;
  change(doc);
  const file = join(dir, `${name}.json`);
  const text = JSON.stringify(doc, null, 2);
  writeFileSync(file, raw ? raw(text) : text);
  return { file, ...(await runCli(['check-config', file])) };
}

describe('svarstid check-config refuses with a message that helps', () => {
  it('tells a wrong type from a missing field', async () => {
    const r = await checkChanged('types', (d) => {
      d.calendar.closedDays = '2027-05-07';
      d.policy.rules[0].due.amount = '3';
      delete d.municipality.name;
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('calendar.closedDays: fel typ: här ska det stå en lista [ … ], men värdet är texten "2027-05-07"; skriv värdet som en lista: ["2027-05-07"]');
    expect(r.stderr).toContain('policy.rules[0].due.amount (id "kanal:telefon"): fel typ: här ska det stå ett tal, men värdet är texten "3"; skriv 3 utan citattecken');
    expect(r.stderr).toContain('municipality.name: fältet "name" saknas; lägg till det, till exempel "name": "Salems kommun" / ');
    expect(r.stderr).not.toMatch(/closedDays: fältet saknas|amount: fältet saknas/);
  });

  it('lists the allowed values of a channel typo and guesses the one meant', async () => {
    const r = await checkChanged('channel', (d) => (d.policy.rules[0].channel = ['epsot']));
    expect(r.stderr).toContain('ogiltigt värde "epsot"; tillåtna värden: "epost", "telefon", "sms", "post" och "webb"; menade du "epost"?');
    expect(r.stderr).toContain('allowed values: "epost", "telefon", "sms", "post" and "webb"; did you mean "epost"?');
  });

  it('refuses an unknown time zone with a hint', async () => {
    const r = await checkChanged('tz', (d) => (d.calendar.timeZone = 'Europe/Stokholm'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('calendar.timeZone: okänd tidszon "Europe/Stokholm"; menade du "Europe/Stockholm"? / ');
  });

  it('refuses a date that is not in the calendar', async () => {
    const r = await checkChanged('date', (d) => (d.calendar.closedDays = ['2027-02-30']));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('datumet 2027-02-30 finns inte (februari 2027 har 28 dagar)');
  });

  it('gives "8:00" one clear error', async () => {
    const r = await checkChanged('clock', (d) => (d.calendar.openingHours.mon = [{ from: '8:00', to: '16:00' }]));
    expect(r.stderr.split('\n')[0]).toMatch(/1 fel \/ 1 problem$/);
    expect(r.stderr).toContain('calendar.openingHours.mon[0].from: "8:00" är ingen tid på formen TT:MM (00:00–24:00); skriv "08:00"');
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    const r = await checkChanged('bom', () => undefined, (text) => `\ufeff${text}`);
    expect(r.code).toBe(0);
  });

  it('refuses a file whose å, ä and ö PowerShell 5.1 garbled (> re-decodes with code page 850), with the line and the --out way', async () => {
    // what Windows PowerShell 5.1 does with `svarstid presets salem > kommun.json` on a Swedish
    // console: the UTF-8 bytes are read as code page 850, then written as UTF-16
    const CP850_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';
    const doc = (await runCli(['presets', 'salem'])).stdout;
    const garbled = [...Buffer.from(doc, 'utf8')].map((b) => (b < 128 ? String.fromCharCode(b) : CP850_HIGH[b - 128])).join('');
    expect(garbled).toContain('Salems kommun');
    expect(garbled).toContain('Med v├ñnlig h├ñlsning');
    const file = join(dir, 'garbled.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(garbled, 'utf16le')]));
    const r = await runCli(['check-config', file]);
    expect(r.code).toBe(1);
    const line = garbled.slice(0, garbled.search(/├/)).split('\n').length;
    expect(r.stderr).toContain(`${file}:${line}:`);
    expect(r.stderr).toMatch(/filen har förstörda tecken \("├." där det bör stå å, ä eller ö\)/);
    expect(r.stderr).toContain('svarstid presets ljungby --out kommun.json');
    // the same file written through --out is read as it is
    const out = join(dir, 'salem-out.json');
    const saved = await runCli(['presets', 'salem', '--out', out]);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toBe('');
    expect(saved.stderr).toContain(`förinställningen salem är sparad i ${out}`);
    expect(readFileSync(out, 'utf8')).toBe(doc);
    expect((await runCli(['check-config', out])).code).toBe(0);
    // and an existing file is never overwritten
    const again = await runCli(['presets', 'ljungby', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('filen finns redan');
    expect(readFileSync(out, 'utf8')).toBe(doc);
  });

  it('reads a UTF-16 file with a byte-order mark (as PowerShell writes files)', async () => {
    const doc = (await runCli(['presets', 'salem'])).stdout;
    const file = join(dir, 'utf16.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc, 'utf16le')]));
    const r = await runCli(['check-config', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('is a valid configuration for Salems kommun');
  });

  it('accepts official names with kommun, stad or Region, and says why a bare place name is refused', async () => {
    for (const name of ['Stockholms stad', 'Göteborgs Stad', 'Region Gotland', 'Ljungby kommun']) {
      const r = await checkChanged('name', (d) => (d.municipality.name = name));
      expect({ name, code: r.code }).toEqual({ name, code: 0 });
    }
    const r = await checkChanged('bare', (d) => (d.municipality.name = 'Ljungby'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('municipality.name: "Ljungby" ser inte ut som ett officiellt kommunnamn;');
    expect(r.stderr).toContain('till exempel "Salems kommun", "Stockholms stad" eller "Region Gotland" (avsändarkontrollen letar efter just det namnet i utgående e-post)');
  });

  it('says what extend is, what the rule uses and what to do', async () => {
    const r = await checkChanged('extend', (d) => (d.policy.rules[2].due = { unit: 'workingDays', amount: 2, extend: true }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'policy.rules[2].due.extend (id "kanal:epost"): "extend" (en tid som hamnar på en stängd dag flyttas till nästa arbetsdags stängning) gäller bara när "unit" är "calendarHours" eller "calendarDays"; här är "unit" "workingDays"',
    );
    expect(r.stderr).toContain('ta bort "extend" / ');
  });

  it('does not tell a newer file to change its version number', async () => {
    const r = await checkChanged('version', (d) => (d.schemaVersion = 2));
    expect(r.stderr).toContain('schemaVersion: den här versionen av Svarstid läser bara "schemaVersion": 1, inte 2; filen är troligen skriven för en nyare version av Svarstid');
  });

  it('gives line and column of a trailing comma', async () => {
    const r = await checkChanged('comma', () => undefined, (text) => text.replace('"workingDayHours": 8', '"workingDayHours": 8,'));
    expect(r.code).toBe(1);
    const line = r.stderr.split('\n')[1]!;
    const lineNo = (await import('node:fs')).readFileSync(r.file, 'utf8').split('\n').findIndex((l) => l.includes('"workingDayHours": 8,')) + 1;
    expect(line).toMatch(new RegExp(`:${lineNo}:\\d+: inte giltig JSON: ett kommatecken före '}': JSON tillåter inget kommatecken efter det sista värdet; ta bort det / not valid JSON: `));
  });

  it('gives the line of a validation problem in a long file', async () => {
    const r = await checkChanged('line', (d) => (d.triage.rules[60].weight = 0));
    const lines = (await import('node:fs')).readFileSync(r.file, 'utf8').split('\n');
    const m = /:(\d+):\d+: triage\.rules\[60\]\.weight \(id "[^"]+"\): /.exec(r.stderr);
    expect(m).not.toBeNull();
    expect(lines[Number(m![1]) - 1]).toContain('"weight": 0');
  });

  it('refuses an unknown field with the field meant', async () => {
    const r = await checkChanged('field', (d) => (d.calendar.closedDay = []));
    expect(r.stderr).toContain('calendar: okänt fält "closedDay"; menade du "closedDays"? / unknown field "closedDay"; did you mean "closedDays"?');
  });

  it('gives a keyword pattern error in Swedish and English, not English twice', async () => {
    const r = await checkChanged('keyword', (d) => (d.triage.rules[0].when.any = [{ field: 'body', any: ['(a+)+$'] }]));
    // every character that may not stand in a keyword is named, not only the first
    expect(r.stderr).toContain('nyckelordet "(a+)+$" innehåller tecknen \'(\' \'+\' \')\' \'$\', som inte får stå i ett nyckelord');
    // what is left after removing them ("a") is no word to suggest
    expect(r.stderr).toContain('Ta bort dem och skriv ordet eller uttrycket du vill hitta som vanlig text');
    expect(r.stderr).not.toContain('"a"');
  });
});

describe('svarstid check-config shows the rules in effect', () => {
  it('lists built-in and own rules and says how to switch a built-in rule off', async () => {
    const r = await checkChanged('effective', (d) => {
      d.triage.rules = d.triage.rules.filter((x: { id: string }) => x.id !== 'ej.studs');
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/inbyggd +ej\.studs +Studsat e-postmeddelande +→ inget ärende \(står inte i filen\)/);
    expect(r.stdout).toContain('Obs: den inbyggda regeln ej.studs står inte i filen men gäller ändå. Vill du stänga av den, lägg till "ej.studs" i "disabledBuiltinRules" under "triage".');
    const builtins = String(r.stdout.match(/(\d+) inbyggda;/)![1]);
    expect(r.stdout).toContain(`Sorteringsregler / Routing rules: ${builtins} (${builtins} gäller: 0 egna, 0 ändrade, ${builtins} inbyggda; 0 avstängda)`);
    expect(r.stdout).toContain('"disabledBuiltinRules": ["ej.autosvar"]');
  });

  it('switches a built-in rule off with disabledBuiltinRules, and triage no longer uses it', async () => {
    const bounce = JSON.stringify({
      id: 'b1',
      subject: 'Undeliverable: Fråga',
      from: { emailAddress: { address: 'postmaster@example.se' } },
      body: { contentType: 'text', content: 'Delivery has failed to these recipients or groups: anna@example.se' },
      receivedDateTime: '2026-11-20T10:00:00Z',
    });
    const before = JSON.parse((await runCli(['triage', '--preset', 'ljungby'], bounce)).stdout) as { rules: string[] };
    expect(before.rules).toContain('ej.studs');
    const r = await checkChanged('off', (d) => {
      d.triage.rules = d.triage.rules.filter((x: { id: string }) => x.id !== 'ej.studs');
      d.triage.disabledBuiltinRules = ['ej.studs'];
    });
    expect(r.stdout).toMatch(/avstängd +ej\.studs/);
    const inEffect = DEFAULT_ROUTING_RULES.length - 1;
    expect(r.stdout).toMatch(new RegExp(`\\(${inEffect} gäller: 0 egna, 0 ändrade, ${inEffect} inbyggda; 1 avstängd\\)$`, 'm'));
    expect(r.stdout).not.toContain('står inte i filen men gäller ändå');
    const after = JSON.parse((await runCli(['triage', '--config', r.file], bounce)).stdout) as { rules: string[] };
    expect(after.rules).not.toContain('ej.studs');
  });

  it('refuses an unknown built-in rule id', async () => {
    const r = await checkChanged('offtypo', (d) => (d.triage.disabledBuiltinRules = ['ej.stud']));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"ej.stud" är ingen inbyggd regel; menade du "ej.studs"?');
  });
});
