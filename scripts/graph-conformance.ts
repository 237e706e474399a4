/**
 * Conformance: validates live Graph-emulator responses against Microsoft's OpenAPI description of
 * the Graph v1.0 mail endpoints (../shared/graph/Mail.v1.0.openapi.yml, not part of the repo).
 *
 *   npx tsx scripts/graph-conformance.ts [--spec PATH] [--url http://127.0.0.1:N]
 *
 * Without --url it starts its own emulator (demo seed). Prints PASS/FAIL per endpoint; exit 1 on
 * any failure, 2 when the spec is missing.
 *
 * How the OpenAPI schemas are read: $refs resolved, OpenAPI 3.0 `nullable` → JSON-schema null,
 * `allOf` flattened into one object. Microsoft's generator writes `additionalProperties:
 * {type: object}` on every entity to mean "open type"; taken literally it would reject every
 * string property of a derived type (and Graph's own innerError strings), so this check reads it
 * as: OData annotations (keys with '@') are allowed, any other property not in the schema fails.
 * Schemas without properties (innerError) accept anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { startEmulator, type RunningEmulator } from '../src/emulator';

type Json = Record<string, unknown>;
type Schema = Record<string, unknown>;

const args = process.argv.slice(2);
const argOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const specPath = argOf('--spec') ?? resolve(__dirname, '../../shared/graph/Mail.v1.0.openapi.yml');

// ------------------------------------------------------------------ OpenAPI → JSON schema

interface OpenApi {
  paths: Record<string, Record<string, { responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }> }>>;
  components: { schemas: Record<string, Schema>; responses: Record<string, { content?: Record<string, { schema?: Schema }> }> };
}

function loadSpec(): OpenApi {
  return parse(readFileSync(specPath, 'utf8')) as OpenApi;
}

const REF = '#/components/schemas/';

function makeConverter(spec: OpenApi): (s: Schema) => Schema {
  const schemas = spec.components.schemas;
  const gather = (s: Schema, props: Record<string, Schema>, required: Set<string>): boolean => {
    if (typeof s['$ref'] === 'string') return gather(schemas[(s['$ref'] as string).slice(REF.length)] as Schema, props, required);
    let has = false;
    if (Array.isArray(s['allOf'])) for (const part of s['allOf'] as Schema[]) has = gather(part, props, required) || has;
    if (s['properties'] && typeof s['properties'] === 'object') {
      for (const [k, v] of Object.entries(s['properties'] as Record<string, Schema>)) props[k] = v;
      has = true;
    }
    if (Array.isArray(s['required'])) for (const r of s['required'] as string[]) required.add(r);
    return has;
  };
  const convert = (s: Schema): Schema => {
    let out: Schema;
    if (typeof s['$ref'] === 'string') {
      out = { $ref: `#/definitions/${(s['$ref'] as string).slice(REF.length)}` };
    } else if (Array.isArray(s['allOf']) || s['properties'] || s['type'] === 'object') {
      const props: Record<string, Schema> = {};
      const required = new Set<string>();
      const has = gather(s, props, required);
      out = { type: 'object', properties: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, convert(v)])) };
      if (required.size) out['required'] = [...required];
      if (has) {
        out['patternProperties'] = { '@': {} };
        out['additionalProperties'] = false;
      }
    } else if (s['type'] === 'array') {
      out = { type: 'array', items: s['items'] ? convert(s['items'] as Schema) : {} };
    } else {
      out = {};
      for (const k of ['type', 'enum', 'format', 'pattern', 'minimum', 'maximum']) if (s[k] !== undefined) out[k] = s[k];
    }
    if (s['nullable'] === true) return { anyOf: [out, { type: 'null' }] };
    return out;
  };
  return convert;
}

function compileAll(spec: OpenApi): { ajv: Ajv; byName: (name: string) => ValidateFunction } {
  const convert = makeConverter(spec);
  const definitions: Record<string, Schema> = {};
  for (const [name, s] of Object.entries(spec.components.schemas)) definitions[name] = convert(s);
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('base64url', /^[A-Za-z0-9_-]*={0,2}$/);
  ajv.addSchema({ $id: 'graph', definitions });
  const cache = new Map<string, ValidateFunction>();
  return {
    ajv,
    byName: (name) => {
      let v = cache.get(name);
      if (!v) {
        v = ajv.compile({ $ref: `graph#/definitions/${name}` });
        cache.set(name, v);
      }
      return v;
    },
  };
}

/** The 2XX response schema name of an OpenAPI operation ('ODataCountResponse' for $count). */
function responseSchemaName(spec: OpenApi, template: string, method: string): string | null {
  const op = spec.paths[template]?.[method.toLowerCase()];
  if (!op) throw new Error(`no ${method} ${template} in the spec`);
  const r = op.responses?.['2XX'] ?? op.responses?.['200'] ?? op.responses?.['201'] ?? op.responses?.['204'];
  if (!r) return null;
  let content = r.content;
  if (r.$ref) content = spec.components.responses[r.$ref.split('/').pop() as string]?.content;
  const schema = content?.['application/json']?.schema ?? content?.['text/plain']?.schema;
  const ref = schema?.['$ref'];
  return typeof ref === 'string' ? ref.slice(REF.length) : null;
}

// ------------------------------------------------------------------ checks

interface Result {
  name: string;
  ok: boolean;
  detail: string;
}

async function main(): Promise<number> {
  if (!existsSync(specPath)) {
    process.stderr.write(`graph-conformance: spec not found at ${specPath} (it lives in ../shared, outside the repo)\n`);
    return 2;
  }
  const spec = loadSpec();
  const { ajv, byName } = compileAll(spec);
  let emu: RunningEmulator | null = null;
  let origin = argOf('--url');
  if (!origin) {
    emu = await startEmulator({ port: 0, seed: 'demo', throttle: 'off', extraMailboxes: ['anna.handlaggare@exempelby.se'] });
    origin = emu.origin;
  }
  const results: Result[] = [];
  const mb = encodeURIComponent('kommun@exempelby.se');
  const EXT = 'String {6c1d2a52-3f0e-4b8e-9a57-2f1e0c9d4b31} Name svarstid';

  const http = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown; text: string; contentType: string }> => {
    const url = path.startsWith('https://graph.microsoft.com') ? path.replace('https://graph.microsoft.com', origin as string) : `${origin}/v1.0${path}`;
    const h: Record<string, string> = { Authorization: 'Bearer conformance', ...headers };
    if (body !== undefined) h['Content-Type'] = 'application/json';
    const res = await fetch(url, { method, headers: h, body: body === undefined ? null : JSON.stringify(body) });
    const text = await res.text();
    const contentType = res.headers.get('content-type') ?? '';
    return { status: res.status, json: contentType.includes('json') && text ? JSON.parse(text) : text, text, contentType };
  };

  const check = (name: string, schemaName: string | null, value: unknown, extra?: () => string | null): void => {
    if (schemaName === null) {
      const problem = extra?.() ?? null;
      results.push({ name, ok: problem === null, detail: problem ?? '' });
      return;
    }
    const v = byName(schemaName);
    const ok = v(value) as boolean;
    const problem = ok ? (extra?.() ?? null) : ajv.errorsText(v.errors, { separator: '; ' }).slice(0, 600);
    results.push({ name, ok: ok && problem === null, detail: problem ?? '' });
  };

  /** Runs a request for an OpenAPI path template and validates it against that operation's response. */
  const endpoint = async (method: string, template: string, concrete: string, body?: unknown, headers?: Record<string, string>, label = ''): Promise<unknown> => {
    const r = await http(method, concrete, body, headers);
    const name = `${method} ${template}${label ? ` [${label}]` : ''}`;
    if (r.status >= 300) {
      results.push({ name, ok: false, detail: `HTTP ${r.status}: ${r.text.slice(0, 300)}` });
      return null;
    }
    const schemaName = responseSchemaName(spec, template, method);
    if (schemaName === 'ODataCountResponse') {
      check(name, null, r.text, () => (/^\d+$/.test(r.text) && r.contentType.startsWith('text/plain') ? null : `not a text/plain integer: ${r.text.slice(0, 50)}`));
      return r.text;
    }
    if (schemaName === null) {
      check(name, null, null, () => (r.status === 204 || r.status === 200 ? null : `unexpected ${r.status}`));
      return r.json;
    }
    check(name, schemaName, r.json, () => (typeof (r.json as Json)['@odata.nextLink'] === 'string' && !String((r.json as Json)['@odata.nextLink']).startsWith('https://graph.microsoft.com/v1.0/') ? 'nextLink is not an absolute Graph link' : null));
    return r.json;
  };

  try {
    const U = '/users/{user-id}';
    // Folders
    await endpoint('GET', `${U}/mailFolders`, `/users/${mb}/mailFolders?$top=3`);
    await endpoint('GET', `${U}/mailFolders`, `/users/${mb}/mailFolders?includeHiddenFolders=true&$top=50&$count=true`, undefined, undefined, 'hidden, $count');
    const inbox = (await endpoint('GET', `${U}/mailFolders/{mailFolder-id}`, `/users/${mb}/mailFolders/inbox`)) as Json;
    await endpoint('GET', `${U}/mailFolders/{mailFolder-id}`, `/users/${mb}/mailFolders/${encodeURIComponent(String(inbox['id']))}?$select=displayName,totalItemCount`, undefined, undefined, '$select');
    const created = (await endpoint('POST', `${U}/mailFolders`, `/users/${mb}/mailFolders`, { displayName: 'Konformans', isHidden: true })) as Json;
    const child = (await endpoint('POST', `${U}/mailFolders/{mailFolder-id}/childFolders`, `/users/${mb}/mailFolders/inbox/childFolders`, { displayName: 'Underkorg' })) as Json;
    await endpoint('GET', `${U}/mailFolders/{mailFolder-id}/childFolders`, `/users/${mb}/mailFolders/inbox/childFolders?includeHiddenFolders=true`);
    await endpoint('GET', `${U}/mailFolders/{mailFolder-id}/childFolders/{mailFolder-id1}`, `/users/${mb}/mailFolders/inbox/childFolders/${encodeURIComponent(String(child['id']))}`);
    await endpoint('PATCH', `${U}/mailFolders/{mailFolder-id}`, `/users/${mb}/mailFolders/${encodeURIComponent(String(created['id']))}`, { displayName: 'Konformans 2', singleValueExtendedProperties: [{ id: EXT, value: '{"v":1}' }] });
    await endpoint('GET', `${U}/mailFolders/{mailFolder-id}`, `/users/${mb}/mailFolders/${encodeURIComponent(String(created['id']))}?$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${EXT}')`)}`, undefined, undefined, '$expand extended property');
    await endpoint('GET', `${U}/mailFolders/$count`, `/users/${mb}/mailFolders/$count`);
    await endpoint('GET', `${U}/mailFolders/{mailFolder-id}/childFolders/$count`, `/users/${mb}/mailFolders/inbox/childFolders/$count`);

    // Messages
    const page = (await endpoint('GET', `${U}/mailFolders/{mailFolder-id}/messages`, `/users/${mb}/mailFolders/inbox/messages?$top=50`)) as Json;
    await endpoint('GET', `${U}/mailFolders/{mailFolder-id}/messages`, `/users/${mb}/mailFolders/inbox/messages?$select=subject,from,receivedDateTime,flag,categories&$top=5&$skip=5&$count=true`, undefined, undefined, '$select $skip $count');
    await endpoint('GET', `${U}/mailFolders/{mailFolder-id}/messages`, `/users/${mb}/mailFolders/inbox/messages?$filter=${encodeURIComponent('receivedDateTime ge 2020-01-01T00:00:00Z and isRead eq false')}&$orderby=receivedDateTime desc&$top=20`, undefined, undefined, '$filter $orderby');
    await endpoint('GET', `${U}/mailFolders/{mailFolder-id}/messages`, `/users/${mb}/mailFolders/inbox/messages?$select=uniqueBody,internetMessageHeaders&$top=3`, undefined, undefined, 'select-only properties');
    await endpoint('GET', `${U}/mailFolders/{mailFolder-id}/messages`, `/users/${mb}/mailFolders/sentitems/messages?$top=50`, undefined, undefined, 'sent items');
    await endpoint('GET', `${U}/messages`, `/users/${mb}/messages?$top=100`);
    await endpoint('GET', `${U}/messages/$count`, `/users/${mb}/messages/$count`);
    await endpoint('GET', `${U}/mailFolders/{mailFolder-id}/messages/$count`, `/users/${mb}/mailFolders/inbox/messages/$count`);
    const first = ((page['value'] as Json[]) ?? [])[0] as Json;
    const id = encodeURIComponent(String(first['id']));
    await endpoint('GET', `${U}/messages/{message-id}`, `/users/${mb}/messages/${id}`);
    await endpoint('GET', `${U}/mailFolders/{mailFolder-id}/messages/{message-id}`, `/users/${mb}/mailFolders/inbox/messages/${id}`);
    await endpoint('PATCH', `${U}/messages/{message-id}`, `/users/${mb}/messages/${id}`, {
      categories: ['Avd: Teknik', 'Typ: Felanmälan'],
      isRead: true,
      flag: { flagStatus: 'flagged', startDateTime: { dateTime: '2026-11-20T08:00:00', timeZone: 'Europe/Stockholm' }, dueDateTime: { dateTime: '2026-11-24T16:00:00', timeZone: 'Europe/Stockholm' } },
      singleValueExtendedProperties: [{ id: EXT, value: '{"v":1,"kind":"felanmalan"}' }],
    }, undefined, 'categories, flag, extended property');
    const withExt = (await endpoint('GET', `${U}/messages/{message-id}`, `/users/${mb}/messages/${id}?$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${EXT}')`)}`, undefined, undefined, '$expand extended property')) as Json;
    check('followupFlag (flagged, with dates)', 'microsoft.graph.followupFlag', withExt?.['flag']);
    for (const p of (withExt?.['singleValueExtendedProperties'] as unknown[]) ?? []) check('singleValueLegacyExtendedProperty', 'microsoft.graph.singleValueLegacyExtendedProperty', p);
    const completed = (await endpoint('PATCH', `${U}/mailFolders/{mailFolder-id}/messages/{message-id}`, `/users/${mb}/mailFolders/inbox/messages/${id}`, { flag: { flagStatus: 'complete' } }, undefined, 'flag complete')) as Json;
    check('followupFlag (complete)', 'microsoft.graph.followupFlag', completed?.['flag']);
    const draft = (await endpoint('POST', `${U}/messages`, `/users/${mb}/messages`, { subject: 'Utkast', body: { contentType: 'text', content: 'Hej' }, toRecipients: [{ emailAddress: { address: 'anna.handlaggare@exempelby.se' } }] })) as Json;
    await endpoint('POST', `${U}/mailFolders/{mailFolder-id}/messages`, `/users/${mb}/mailFolders/drafts/messages`, { subject: 'Utkast 2' });
    await endpoint('GET', `${U}/mailFolders/{mailFolder-id}/childFolders/{mailFolder-id1}/messages`, `/users/${mb}/mailFolders/inbox/childFolders/${encodeURIComponent(String(child['id']))}/messages`);

    // Emulator features outside this OpenAPI module, validated with the message/collection schemas.
    const other = ((page['value'] as Json[]) ?? [])[1] as Json;
    const moved = await http('POST', `/users/${mb}/messages/${encodeURIComponent(String(other['id']))}/move`, { destinationId: 'archive' });
    check('POST /users/{user-id}/messages/{message-id}/move', 'microsoft.graph.message', moved.json);
    const copied = await http('POST', `/users/${mb}/messages/${encodeURIComponent(String((moved.json as Json)['id']))}/copy`, { destinationId: 'inbox' });
    check('POST /users/{user-id}/messages/{message-id}/copy', 'microsoft.graph.message', copied.json);
    const reply = await http('POST', `/users/${mb}/messages/${id}/createReply`, {});
    check('POST /users/{user-id}/messages/{message-id}/createReply', 'microsoft.graph.message', reply.json);
    const sendR = await http('POST', `/users/${mb}/messages/${encodeURIComponent(String(draft?.['id']))}/send`);
    check('POST /users/{user-id}/messages/{message-id}/send', null, null, () => (sendR.status === 202 ? null : `HTTP ${sendR.status}`));
    let deltaUrl = `/users/${mb}/mailFolders/inbox/messages/delta?$select=subject,categories,flag,isRead`;
    let pages = 0;
    let deltaLink = '';
    while (deltaUrl) {
      const d = await http('GET', deltaUrl, undefined, { Prefer: 'odata.maxpagesize=40' });
      check(`GET /users/{user-id}/mailFolders/{mailFolder-id}/messages/delta [page ${++pages}]`, 'microsoft.graph.messageCollectionResponse', d.json);
      const j = d.json as Json;
      deltaUrl = typeof j['@odata.nextLink'] === 'string' ? (j['@odata.nextLink'] as string) : '';
      deltaLink = typeof j['@odata.deltaLink'] === 'string' ? (j['@odata.deltaLink'] as string) : deltaLink;
      if (pages > 50) break;
    }
    await http('DELETE', `/users/${mb}/messages/${encodeURIComponent(String((copied.json as Json)['id']))}`);
    await http('PATCH', `/users/${mb}/messages/${id}`, { isRead: false });
    const changes = await http('GET', deltaLink);
    check('GET …/messages/delta [changes with @removed]', 'microsoft.graph.messageCollectionResponse', changes.json, () =>
      ((changes.json as Json)['value'] as Json[]).some((v) => v['@removed']) ? null : 'no @removed entry',
    );
    const batch = await http('POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: `/users/${mb}/messages/${id}` },
        { id: '2', method: 'GET', url: `/users/${mb}/mailFolders/inbox/messages?$top=2` },
        { id: '3', method: 'GET', url: `/users/${mb}/messages/nope` },
      ],
    });
    const byId = new Map(((batch.json as Json)['responses'] as Json[]).map((r) => [r['id'], r]));
    check('$batch sub-response: message', 'microsoft.graph.message', byId.get('1')?.['body']);
    check('$batch sub-response: collection', 'microsoft.graph.messageCollectionResponse', byId.get('2')?.['body']);
    check('$batch sub-response: error', 'microsoft.graph.ODataErrors.ODataError', byId.get('3')?.['body']);

    // Errors
    const errors: [string, string, string, unknown?, Record<string, string>?][] = [
      ['401 no token', 'GET', `/users/${mb}/messages`],
      ['400 bad $filter', 'GET', `/users/${mb}/messages?$filter=subject%20eq`],
      ['400 flag due without start', 'PATCH', `/users/${mb}/messages/${id}`, { flag: { flagStatus: 'flagged', dueDateTime: { dateTime: '2026-11-24T16:00:00', timeZone: 'UTC' } } }],
      ['404 message', 'GET', `/users/${mb}/messages/AAMkADnope=`],
      ['412 If-Match', 'PATCH', `/users/${mb}/messages/${id}`, { isRead: true }, { 'If-Match': 'W/"stale"' }],
      ['409 folder exists', 'POST', `/users/${mb}/mailFolders`, { displayName: 'Konformans 2' }],
    ];
    for (const [label, method, path, body, headers] of errors) {
      const r = label.startsWith('401')
        ? await fetch(`${origin}/v1.0${path}`).then(async (x) => ({ status: x.status, json: JSON.parse(await x.text()) as unknown }))
        : await http(method, path, body, headers ?? {});
      check(`error ${label}`, 'microsoft.graph.ODataErrors.ODataError', r.json, () => (r.status === Number(label.slice(0, 3)) ? null : `HTTP ${r.status}`));
    }
  } finally {
    if (emu) await emu.stop();
  }

  // Negative controls: the converted schemas must reject what Graph never returns.
  const control = (name: string, schemaName: string, value: unknown): void => {
    const ok = byName(schemaName)(value) as boolean;
    results.push({ name: `control: rejects ${name}`, ok: !ok, detail: ok ? 'an invalid value validated' : '' });
  };
  control('importance "urgent"', 'microsoft.graph.message', { id: 'x', importance: 'urgent' });
  control('isRead as a string', 'microsoft.graph.message', { id: 'x', isRead: 'yes' });
  control('from: null (not nullable)', 'microsoft.graph.message', { id: 'x', from: null });
  control('an unknown property', 'microsoft.graph.message', { id: 'x', subjekt: 'hej' });
  control('receivedDateTime without zone', 'microsoft.graph.message', { id: 'x', receivedDateTime: '2026-11-21T10:00:00' });
  control('flagStatus "open"', 'microsoft.graph.followupFlag', { flagStatus: 'open' });
  control('dueDateTime.dateTime null (not nullable)', 'microsoft.graph.followupFlag', { flagStatus: 'flagged', dueDateTime: { dateTime: null, timeZone: 'UTC' } });
  control('totalItemCount as a string', 'microsoft.graph.mailFolder', { id: 'x', totalItemCount: '3' });
  control('a collection without value array', 'microsoft.graph.messageCollectionResponse', { value: {} });
  control('an error without code', 'microsoft.graph.ODataErrors.ODataError', { error: { message: 'x' } });

  let failed = 0;
  for (const r of results) {
    if (!r.ok) failed++;
    process.stdout.write(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${r.ok ? '' : `\n      ${r.detail}`}\n`);
  }
  process.stdout.write(`\n${results.length - failed}/${results.length} passed against ${specPath}\n`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`graph-conformance: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(1);
  },
);
