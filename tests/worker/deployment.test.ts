import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRunArgs } from '../../src/cli/runCommand';
import { parseDoctorArgs } from '../../src/cli/doctorCommand';
import { parseConfigArgs } from '../../src/cli/configCommand';
import { msalConfigFromEnv } from '../../src/auth/msalNode';

/**
 * The deployment recipes an IT department follows (deploy/ and src/worker/README.md) name real
 * files, real commands and real flags. Docker and systemd cannot run here; what can be checked
 * without them is checked.
 */
const ROOT = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const readme = read('src/worker/README.md');

/**
 * The state folder as the deployment provides it (the image creates /var/lib/svarstid, systemd's
 * StateDirectory= does): here a temporary folder stands in for it, since `svarstid run` checks
 * that the folder of --state exists and is writable before it starts.
 */
const STATE_DIR = mkdtempSync(join(tmpdir(), 'svarstid-deploy-'));
const deployed = (args: string[]): string[] => args.map((a) => a.replace(/^\/var\/lib\/svarstid(?=\/|$)/, STATE_DIR));

/** The arguments after `svarstid.js` in a command line. */
function svarstidArgs(line: string): string[] {
  const words = line.trim().split(/\s+/);
  return words.slice(words.findIndex((w) => w.endsWith('svarstid.js')) + 1);
}

describe('deployment recipes', () => {
  it('the Dockerfile builds from files that exist and runs `svarstid run` with flags the worker takes', () => {
    const docker = read('deploy/Dockerfile');
    for (const m of docker.matchAll(/^COPY (?!--from)(.+) \S+$/gm)) for (const src of m[1]!.split(/\s+/)) expect(existsSync(join(ROOT, src))).toBe(true);
    expect(docker).toMatch(/RUN npm ci/);
    expect(JSON.parse(read('package.json')).scripts.prepare).toMatch(/tsc -p tsconfig\.build\.json/);
    expect(JSON.parse(/^ENTRYPOINT (.+)$/m.exec(docker)![1]!)).toEqual(['node', 'bin/svarstid.js']);
    const cmd = JSON.parse(/^CMD (.+)$/m.exec(docker)![1]!) as string[];
    expect(cmd[0]).toBe('run');
    const args = parseRunArgs(deployed(cmd.slice(1)));
    expect(args).toMatchObject({ once: false, host: '0.0.0.0', port: 8080, publicUrl: 'https://svarstid.example.se', statePath: join(STATE_DIR, 'state.json') });
    expect(docker).toMatch(/RUN mkdir -p \/var\/lib\/svarstid && chown node:node \/var\/lib\/svarstid/);
    expect(docker).toMatch(/VOLUME \["\/var\/lib\/svarstid"\]/);
    expect(docker).toContain(`http://127.0.0.1:${args.port}/health`);
    // The run line in the comment is the same command.
    const documented = /#\s+run (--mailbox[^\n]*\n#\s+[^\n]*)/.exec(docker)![1]!.replace(/[#\\]/g, ' ');
    expect(parseRunArgs(deployed(documented.trim().split(/\s+/))).port).toBe(8080);
  });

  it('the systemd unit starts the worker with flags it takes, from files the instructions create', () => {
    const unit = read('deploy/svarstid-worker.service');
    const exec = /^ExecStart=(.+)$/m.exec(unit)![1]!;
    expect(exec).toMatch(/^\/usr\/bin\/node \/opt\/svarstid\/bin\/svarstid\.js run /);
    expect(unit).toMatch(/^StateDirectory=svarstid$/m);
    const args = parseRunArgs(deployed(svarstidArgs(exec).slice(1)));
    expect(args.statePath!.startsWith(`${STATE_DIR}/`)).toBe(true);
    expect(unit).toMatch(/^ReadWritePaths=\/var\/lib\/svarstid$/m);
    expect(unit).toMatch(/^EnvironmentFile=\/etc\/svarstid\/worker\.env$/m);
    expect(unit).toMatch(/deploy\/worker\.env\.example \/etc\/svarstid\/worker\.env/);
    expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
    expect(existsSync(join(ROOT, 'bin', 'svarstid.js'))).toBe(true);
  });

  it('the environment template names exactly the variables the worker reads, and they work', () => {
    const env = read('deploy/worker.env.example');
    const names = [...env.matchAll(/^#?\s*([A-Z_]+)=/gm)].map((m) => m[1]!);
    expect(new Set(names)).toEqual(new Set(['SVARSTID_TENANT_ID', 'SVARSTID_CLIENT_ID', 'SVARSTID_CERT_PATH', 'SVARSTID_CERT_THUMBPRINT', 'SVARSTID_CLIENT_SECRET', 'HTTPS_PROXY', 'NO_PROXY', 'NODE_EXTRA_CA_CERTS']));
    const values = Object.fromEntries([...env.matchAll(/^([A-Z_]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
    // With a secret instead of the certificate lines, the template's ids are what MSAL takes.
    const config = msalConfigFromEnv({ SVARSTID_TENANT_ID: values.SVARSTID_TENANT_ID, SVARSTID_CLIENT_ID: values.SVARSTID_CLIENT_ID, SVARSTID_CLIENT_SECRET: 'x' });
    expect(config.auth.authority).toBe(`https://login.microsoftonline.com/${values.SVARSTID_TENANT_ID}`);
  });

  it('the reverse proxy passes exactly the webhook paths to the port the worker listens on', () => {
    const nginx = read('deploy/nginx-webhook.conf');
    const port = parseRunArgs(deployed(svarstidArgs(/^ExecStart=(.+)$/m.exec(read('deploy/svarstid-worker.service'))![1]!).slice(1))).port;
    const locations = [...nginx.matchAll(/location (= )?(\S+) \{\s*([^}]*)\}/g)].map((m) => ({ path: m[2]!, body: m[3]! }));
    expect(locations.map((l) => l.path)).toEqual(['/notifications', '/lifecycle', '/']);
    for (const l of locations.slice(0, 2)) expect(l.body.trim()).toBe(`proxy_pass http://127.0.0.1:${port};`);
    expect(locations[2]!.body.trim()).toBe('return 404;');
    expect(nginx).toMatch(/listen 443 ssl;/);
  });

  it('every concrete command in the worker README is one the CLI takes', () => {
    const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const lines = blocks.flatMap((b) => b.split('\n')).map((l) => l.replace(/\s+#.*$/, '').replace(/\s*\|.*$/, '').trim());
    const concrete = lines.filter((l) => /^(npx )?svarstid (run|doctor|config) /.test(l) && !/[A-Z]{4,}|\[/.test(l.replace(/--[a-z-]+/g, '')));
    expect(concrete.length).toBeGreaterThanOrEqual(4);
    for (const line of concrete) {
      const [command, ...args] = line.replace(/^npx /, '').split(/\s+/).slice(1);
      const quoted = args.join(' ').match(/"[^"]*"|\S+/g)!.map((a) => a.replace(/^"|"$/g, ''));
      if (command === 'run') expect(() => parseRunArgs(deployed(quoted))).not.toThrow();
      else if (command === 'doctor') expect(() => parseDoctorArgs(quoted)).not.toThrow();
      else expect(() => parseConfigArgs(quoted)).not.toThrow();
    }
  });

  it('the thumbprint commands give the SHA-256 thumbprint MSAL expects', () => {
    const dir = join(ROOT, 'tests', 'fixtures', 'tls');
    const expected = new X509Certificate(readFileSync(join(dir, 'localhost-cert.pem'))).fingerprint256.replace(/:/g, '');
    const nodeLine = /^node -e "(.+)"$/m.exec(readme)![1]!;
    const out = execFileSync(process.execPath, ['-e', nodeLine.replace('worker-cert.pem', 'localhost-cert.pem')], { cwd: dir }).toString().trim();
    expect(out).toBe(expected);
    expect(out).toMatch(/^[0-9A-F]{64}$/);
    const opensslLine = /^(openssl x509 .+)$/m.exec(readme)![1]!.replace('worker-cert.pem', 'localhost-cert.pem');
    const openssl = spawnSync('sh', ['-c', opensslLine], { cwd: dir });
    if (openssl.status === 0 && spawnSync('sh', ['-c', 'command -v openssl']).status === 0) expect(openssl.stdout.toString().trim()).toBe(expected);
  });
});
