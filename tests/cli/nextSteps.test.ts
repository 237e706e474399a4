import { describeConfig } from '../../src/cli/describeConfig';
import { presetConfig } from '../../src/core/config';

describe("check-config's next steps (reader round 33, N1)", () => {
  it.each(['sv', 'en'] as const)('put every command to copy on a line of its own, with nothing after it (%s)', (lang) => {
    const text = describeConfig(presetConfig('salem'), lang);
    const steps = text.slice(text.indexOf('Nästa steg / Next:')).split('\n').slice(1).filter((l) => l !== '');
    const commands = steps.filter((l) => l.startsWith('       '));
    expect(commands.map((l) => l.trim().split(' ')[0])).toEqual(['svarstid', 'cmd', 'svarstid', 'Set-Mailbox', 'svarstid', 'svarstid', 'npm', 'svarstid']);
    // what the officers use is installed (reader round 34, U1) before the service starts (round 36, U2)
    expect(commands.at(-2)).toContain('npm run package -- --origin');
    expect(commands.at(-1)).toContain('svarstid run --mailbox');
    // the officers' own app registration and its delegated permissions, and what --send-mode block costs (round 36, U2 and U3)
    expect(steps.join('\n')).toMatch(lang === 'sv' ? /Mail\.ReadWrite\.Shared, Mail\.Send\.Shared och User\.Read[^]*inte heller vidarebefordra en orosanmälan/ : /Mail\.ReadWrite\.Shared, Mail\.Send\.Shared and User\.Read[^]*not even forward a report of concern/);
    // a command ends its line: no explanation in brackets after it
    for (const c of commands) expect(c).not.toMatch(/\)\s*$|\(ADRESS|\(DATUM/);
    // and no explaining line holds a command to copy
    for (const l of steps.filter((x) => !x.startsWith('       '))) expect(l).not.toMatch(/: svarstid (triage|doctor|config set|run) /);
  });
});
