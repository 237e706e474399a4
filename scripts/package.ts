/**
 * `npm run package -- --origin https://svarstid.kommun.se [--client-id GUID] [--preset NAME | --config FILE] [--send-mode softBlock|block]`
 *
 * Builds the production pages for one deployment and writes the app package an admin uploads
 * in the Microsoft 365 admin center: `dist-package/svarstid-<version>.zip` (manifest.json with
 * the deployment's URLs, color.png, outline.png). The origin is the one setting every URL comes
 * from (also SVARSTID_ORIGIN); the configuration (a preset or a file) gives the on-send check's
 * fallback settings until the panes have cached the mailbox's own. Upload dist/web to the origin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { configFromFlags } from '../src/cli/loadConfig';
import { writeAppPackage } from '../src/serve/appPackage';
import { REPO_ROOT } from '../src/serve/appManifest';
import { ensurePagesBuilt } from '../src/serve/buildPages';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      origin: { type: 'string' },
      'client-id': { type: 'string' },
      preset: { type: 'string' },
      config: { type: 'string' },
      'send-mode': { type: 'string', default: 'softBlock' },
    },
    strict: true,
  });
  const origin = values.origin ?? process.env.SVARSTID_ORIGIN;
  if (!origin) throw new Error('give the deployment origin: --origin https://svarstid.kommun.se (or SVARSTID_ORIGIN)');
  const config = configFromFlags({ preset: values.config ? undefined : (values.preset ?? 'ljungby'), config: values.config });
  const clientId = values['client-id'] ?? process.env.SVARSTID_CLIENT_ID;
  if (!clientId) process.stderr.write('package: no --client-id (SVARSTID_CLIENT_ID): the add-in cannot sign in until it is set\n');
  const out = await ensurePagesBuilt({
    target: 'production',
    env: {
      origin,
      sendMode: values['send-mode']!,
      preset: config.preset ?? 'ljungby',
      senderSettings: JSON.stringify({ municipality: config.municipality, senderCheck: config.senderCheck }),
      ...(clientId ? { clientId } : {}),
    },
    log: (line) => process.stdout.write(`${line}\n`),
  });
  const version = (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { version: string }).version;
  const zip = join(REPO_ROOT, 'dist-package', `svarstid-${version}.zip`);
  writeAppPackage(out, zip);
  process.stdout.write(`${zip}\nLadda upp zip-filen i Microsoft 365 administrationscenter (Integrerade appar → Ladda upp anpassade appar) och lägg ${out} på ${origin}.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`package: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
