/**
 * OData query options as Graph's Outlook endpoints accept them: $select, $top, $skip, $count,
 * $orderby, a small safe $filter parser (the expressions Svarstid uses) and
 * $expand=singleValueExtendedProperties($filter=id eq '…'). Anything else is a Graph-style 400.
 */
import { badRequest, GraphHttpError } from './errors';
import type { StoredMessage } from './model';

export const MESSAGE_PROPERTIES = [
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'receivedDateTime',
  'sentDateTime',
  'hasAttachments',
  'internetMessageId',
  'subject',
  'bodyPreview',
  'importance',
  'parentFolderId',
  'conversationId',
  'conversationIndex',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
  'isRead',
  'isDraft',
  'webLink',
  'inferenceClassification',
  'body',
  'sender',
  'from',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'flag',
] as const;
/** Returned only when $select names them. */
export const MESSAGE_SELECT_ONLY = ['uniqueBody', 'internetMessageHeaders'] as const;

const SELECTABLE = new Set<string>(['id', ...MESSAGE_PROPERTIES, ...MESSAGE_SELECT_ONLY]);
const SELECTABLE_LOWER = new Map<string, string>([...SELECTABLE].map((p) => [p.toLowerCase(), p]));

export const MAX_TOP = 1000;

export function parseSelect(raw: string | null, entity = 'microsoft.graph.message', allowed: ReadonlySet<string> = SELECTABLE): string[] | null {
  if (raw === null || raw.trim() === '') return null;
  const out: string[] = [];
  for (const part of raw.split(',')) {
    const name = part.trim();
    const canonical = allowed === SELECTABLE ? SELECTABLE_LOWER.get(name.toLowerCase()) : [...allowed].find((a) => a.toLowerCase() === name.toLowerCase());
    if (!canonical) {
      throw new GraphHttpError(400, 'RequestBroker--ParseUri', `Could not find a property named '${name}' on type '${entity}'.`);
    }
    if (!out.includes(canonical)) out.push(canonical);
  }
  return out;
}

export function parseTop(raw: string | null): number | null {
  if (raw === null) return null;
  if (!/^\d+$/.test(raw.trim())) throw badRequest(`Invalid value '${raw}' for $top query option found.`);
  const n = Number(raw);
  if (n < 1 || n > MAX_TOP) {
    throw new GraphHttpError(400, 'ErrorInvalidArgument', `Invalid page size specified: '${raw}'. Must be between 1 and ${MAX_TOP} inclusive.`);
  }
  return n;
}

export function parseSkip(raw: string | null): number {
  if (raw === null) return 0;
  if (!/^\d+$/.test(raw.trim())) throw badRequest(`Invalid value '${raw}' for $skip query option found.`);
  return Number(raw);
}

export function parseCount(raw: string | null): boolean {
  if (raw === null) return false;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw badRequest(`Invalid value '${raw}' for $count query option found.`);
}

// ---------------------------------------------------------------- $filter

type Token =
  | { t: 'ident'; v: string }
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'date'; v: number; raw: string }
  | { t: 'punct'; v: '(' | ')' | '/' | ':' | ',' };

const MAX_FILTER_LENGTH = 4000;

function tokenize(src: string): Token[] {
  if (src.length > MAX_FILTER_LENGTH) throw invalidFilter('filter too long');
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= src.length) throw invalidFilter('unterminated string literal');
        const ch = src[i] as string;
        if (ch === "'") {
          if (src[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += ch;
        i++;
      }
      out.push({ t: 'str', v });
      continue;
    }
    if (c === '(' || c === ')' || c === '/' || c === ':' || c === ',') {
      out.push({ t: 'punct', v: c });
      i++;
      continue;
    }
    const dm = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?/.exec(src.slice(i, i + 40));
    if (dm) {
      const raw = dm[0];
      const ms = Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(raw) ? raw : `${raw}Z`);
      if (Number.isNaN(ms)) throw invalidFilter(`bad date '${raw}'`);
      out.push({ t: 'date', v: ms, raw });
      i += raw.length;
      continue;
    }
    const nm = /^-?\d+(\.\d+)?/.exec(src.slice(i, i + 30));
    if (nm) {
      out.push({ t: 'num', v: Number(nm[0]) });
      i += nm[0].length;
      continue;
    }
    const im = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i, i + 200));
    if (im) {
      out.push({ t: 'ident', v: im[0] });
      i += im[0].length;
      continue;
    }
    throw invalidFilter(`unexpected character '${c}'`);
  }
  return out;
}

function invalidFilter(detail: string): GraphHttpError {
  return new GraphHttpError(400, 'BadRequest', `Invalid filter clause: ${detail}.`);
}

type Literal = string | number | boolean | null | { date: number };

export type FilterNode =
  | { k: 'and' | 'or'; a: FilterNode; b: FilterNode }
  | { k: 'not'; a: FilterNode }
  | { k: 'cmp'; op: CmpOp; path: string[]; value: Literal }
  | { k: 'any'; path: string[]; variable: string; body: FilterNode };

type CmpOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
const CMP_OPS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly toks: Token[]) {}

  parse(): FilterNode {
    const n = this.or();
    if (this.pos < this.toks.length) throw invalidFilter('unexpected trailing tokens');
    return n;
  }
  private peek(): Token | undefined {
    return this.toks[this.pos];
  }
  private isWord(w: string): boolean {
    const t = this.peek();
    return t !== undefined && t.t === 'ident' && t.v.toLowerCase() === w;
  }
  private isPunct(p: string): boolean {
    const t = this.peek();
    return t !== undefined && t.t === 'punct' && t.v === p;
  }
  private expectPunct(p: string): void {
    if (!this.isPunct(p)) throw invalidFilter(`expected '${p}'`);
    this.pos++;
  }
  private or(): FilterNode {
    let a = this.and();
    while (this.isWord('or')) {
      this.pos++;
      a = { k: 'or', a, b: this.and() };
    }
    return a;
  }
  private and(): FilterNode {
    let a = this.unary();
    while (this.isWord('and')) {
      this.pos++;
      a = { k: 'and', a, b: this.unary() };
    }
    return a;
  }
  private unary(): FilterNode {
    if (++this.depth > 50) throw invalidFilter('expression too deep');
    try {
      if (this.isWord('not')) {
        this.pos++;
        return { k: 'not', a: this.unary() };
      }
      if (this.isPunct('(')) {
        this.pos++;
        const n = this.or();
        this.expectPunct(')');
        return n;
      }
      return this.comparison();
    } finally {
      this.depth--;
    }
  }
  private path(): string[] {
    const t = this.peek();
    if (!t || t.t !== 'ident') throw invalidFilter('expected a property');
    this.pos++;
    const parts = [t.v];
    while (this.isPunct('/')) {
      this.pos++;
      const n = this.peek();
      if (!n || n.t !== 'ident') throw invalidFilter('expected a property after /');
      this.pos++;
      parts.push(n.v);
    }
    return parts;
  }
  private literal(): Literal {
    const t = this.peek();
    if (!t) throw invalidFilter('expected a value');
    this.pos++;
    if (t.t === 'str') return t.v;
    if (t.t === 'num') return t.v;
    if (t.t === 'date') return { date: t.v };
    if (t.t === 'ident') {
      const w = t.v.toLowerCase();
      if (w === 'true') return true;
      if (w === 'false') return false;
      if (w === 'null') return null;
    }
    throw invalidFilter('expected a literal value');
  }
  private comparison(): FilterNode {
    const path = this.path();
    const last = path[path.length - 1]?.toLowerCase();
    if ((last === 'any' || last === 'all') && this.isPunct('(')) {
      if (last === 'all') throw invalidFilter("lambda 'all' is not supported");
      this.pos++;
      const v = this.peek();
      if (!v || v.t !== 'ident') throw invalidFilter('expected a lambda variable');
      this.pos++;
      this.expectPunct(':');
      const body = this.or();
      this.expectPunct(')');
      return { k: 'any', path: path.slice(0, -1), variable: v.v, body };
    }
    const op = this.peek();
    if (!op || op.t !== 'ident' || !CMP_OPS.has(op.v.toLowerCase())) throw invalidFilter('expected a comparison operator');
    this.pos++;
    const value = this.literal();
    return { k: 'cmp', op: op.v.toLowerCase() as CmpOp, path, value };
  }
}

export function parseFilter(raw: string | null): FilterNode | null {
  if (raw === null || raw.trim() === '') return null;
  return new Parser(tokenize(raw)).parse();
}

/** The top-level properties a filter names, in order (Graph's $orderby-with-$filter rule needs them). */
export function filterProperties(node: FilterNode, out: string[] = []): string[] {
  switch (node.k) {
    case 'and':
    case 'or':
      filterProperties(node.a, out);
      filterProperties(node.b, out);
      break;
    case 'not':
      filterProperties(node.a, out);
      break;
    case 'cmp':
    case 'any': {
      const p = node.path.join('/').toLowerCase();
      if (!out.includes(p)) out.push(p);
      break;
    }
  }
  return out;
}

const DATE_PROPS = new Set(['receiveddatetime', 'sentdatetime', 'createddatetime', 'lastmodifieddatetime']);
const BOOL_PROPS = new Set(['isread', 'isdraft', 'hasattachments', 'isreadreceiptrequested', 'isdeliveryreceiptrequested']);
const STRING_PROPS = new Set(['conversationid', 'subject', 'internetmessageid', 'importance', 'inferenceclassification', 'parentfolderid']);

type Scalar = string | number | boolean | null;
type Getter = (m: StoredMessage) => Scalar;

function getterFor(path: string[], folderIdOf: (m: StoredMessage) => string): Getter {
  const p = path.join('/').toLowerCase();
  if (DATE_PROPS.has(p)) {
    const name = MESSAGE_PROPERTIES.find((x) => x.toLowerCase() === p) as 'receivedDateTime';
    return (m) => {
      const v = m.fields[name];
      return v === null ? null : Date.parse(v);
    };
  }
  if (BOOL_PROPS.has(p)) {
    const name = MESSAGE_PROPERTIES.find((x) => x.toLowerCase() === p) as 'isRead';
    return (m) => m.fields[name];
  }
  if (p === 'parentfolderid') return (m) => folderIdOf(m);
  if (STRING_PROPS.has(p)) {
    const name = MESSAGE_PROPERTIES.find((x) => x.toLowerCase() === p) as 'subject';
    return (m) => m.fields[name];
  }
  if (p === 'flag/flagstatus') return (m) => m.fields.flag.flagStatus;
  if (p === 'from/emailaddress/address') return (m) => m.fields.from?.emailAddress.address?.toLowerCase() ?? null;
  if (p === 'sender/emailaddress/address') return (m) => m.fields.sender?.emailAddress.address?.toLowerCase() ?? null;
  throw new GraphHttpError(400, 'ErrorInvalidProperty', `The property '${path.join('/')}' is not supported in a filter.`);
}

function compare(op: CmpOp, a: Scalar, b: Scalar): boolean {
  if (op === 'eq') return a === b;
  if (op === 'ne') return a !== b;
  if (a === null || b === null) return false;
  switch (op) {
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'lt':
      return a < b;
    default:
      return a <= b;
  }
}

function literalValue(v: Literal, path: string[]): Scalar {
  const p = path.join('/').toLowerCase();
  if (v !== null && typeof v === 'object') {
    if (!DATE_PROPS.has(p)) throw invalidFilter(`a date cannot be compared with '${path.join('/')}'`);
    return v.date;
  }
  if (DATE_PROPS.has(p) && v !== null) throw invalidFilter(`'${path.join('/')}' needs a DateTimeOffset value`);
  if (p.endsWith('address') && typeof v === 'string') return v.toLowerCase();
  return v;
}

export type MessagePredicate = (m: StoredMessage) => boolean;

export function compileFilter(node: FilterNode, folderIdOf: (m: StoredMessage) => string): MessagePredicate {
  switch (node.k) {
    case 'and': {
      const a = compileFilter(node.a, folderIdOf);
      const b = compileFilter(node.b, folderIdOf);
      return (m) => a(m) && b(m);
    }
    case 'or': {
      const a = compileFilter(node.a, folderIdOf);
      const b = compileFilter(node.b, folderIdOf);
      return (m) => a(m) || b(m);
    }
    case 'not': {
      const a = compileFilter(node.a, folderIdOf);
      return (m) => !a(m);
    }
    case 'cmp': {
      const get = getterFor(node.path, folderIdOf);
      const lit = literalValue(node.value, node.path);
      const op = node.op;
      return (m) => compare(op, get(m), lit);
    }
    case 'any':
      return compileAny(node);
  }
}

function compileAny(node: Extract<FilterNode, { k: 'any' }>): MessagePredicate {
  const coll = node.path.join('/').toLowerCase();
  const v = node.variable;
  if (coll === 'categories') {
    const test = compileScalarLambda(node.body, v);
    return (m) => m.fields.categories.some((c) => test(c));
  }
  if (coll === 'singlevalueextendedproperties') {
    const test = compileExtLambda(node.body, v);
    return (m) => m.ext.some((p) => test(p));
  }
  if (coll === 'torecipients' || coll === 'ccrecipients') {
    const which = coll === 'torecipients' ? 'toRecipients' : 'ccRecipients';
    const test = compileRecipientLambda(node.body, v);
    return (m) => m.fields[which].some((r) => test(r.emailAddress.address?.toLowerCase() ?? null));
  }
  throw invalidFilter(`any() over '${node.path.join('/')}' is not supported`);
}

function compileScalarLambda(body: FilterNode, v: string): (x: string) => boolean {
  switch (body.k) {
    case 'and':
    case 'or': {
      const a = compileScalarLambda(body.a, v);
      const b = compileScalarLambda(body.b, v);
      return body.k === 'and' ? (x) => a(x) && b(x) : (x) => a(x) || b(x);
    }
    case 'not': {
      const a = compileScalarLambda(body.a, v);
      return (x) => !a(x);
    }
    case 'cmp': {
      if (body.path.length !== 1 || body.path[0] !== v || typeof body.value !== 'string') throw invalidFilter('unsupported lambda body');
      const lit = body.value;
      const op = body.op;
      return (x) => compare(op, x, lit);
    }
    default:
      throw invalidFilter('unsupported lambda body');
  }
}

function compileRecipientLambda(body: FilterNode, v: string): (addr: string | null) => boolean {
  if (body.k !== 'cmp' || body.path.join('/').toLowerCase() !== `${v}/emailaddress/address`.toLowerCase() || typeof body.value !== 'string') {
    throw invalidFilter('unsupported lambda body');
  }
  const lit = body.value.toLowerCase();
  const op = body.op;
  return (a) => compare(op, a, lit);
}

function compileExtLambda(body: FilterNode, v: string): (p: { id: string; value: string }) => boolean {
  switch (body.k) {
    case 'and':
    case 'or': {
      const a = compileExtLambda(body.a, v);
      const b = compileExtLambda(body.b, v);
      return body.k === 'and' ? (x) => a(x) && b(x) : (x) => a(x) || b(x);
    }
    case 'cmp': {
      const prop = body.path.length === 2 && body.path[0] === v ? body.path[1]?.toLowerCase() : undefined;
      if ((prop !== 'id' && prop !== 'value') || (typeof body.value !== 'string' && !(prop === 'value' && body.value === null))) {
        throw invalidFilter('unsupported lambda body');
      }
      const lit = prop === 'id' ? normalizeExtId(body.value as string) : (body.value as string | null);
      const op = body.op;
      return prop === 'id' ? (x) => compare(op, normalizeExtId(x.id), lit) : (x) => compare(op, x.value, lit);
    }
    default:
      throw invalidFilter('unsupported lambda body');
  }
}

/** Extended property ids compare case-insensitively on the type and GUID, with single spaces. */
export function normalizeExtId(id: string): string {
  const m = /^\s*(\w+)\s+\{([0-9a-fA-F-]{36})\}\s+(Name|Id)\s+(.+?)\s*$/.exec(id);
  if (!m) return id.trim();
  return `${(m[1] as string).toLowerCase()} {${(m[2] as string).toLowerCase()}} ${(m[3] as string).toLowerCase()} ${m[4] as string}`;
}

/** Canonical form Graph echoes back: `String {guid} Name X` with the GUID in lower case. */
export function canonicalExtId(id: string): string | null {
  const m = /^\s*(\w+)\s+\{([0-9a-fA-F-]{36})\}\s+(Name|Id)\s+(.+?)\s*$/i.exec(id);
  if (!m) return null;
  const type = (m[1] as string).toLowerCase();
  const types: Record<string, string> = {
    string: 'String',
    integer: 'Integer',
    boolean: 'Boolean',
    systemtime: 'SystemTime',
    double: 'Double',
    long: 'Long',
    binary: 'Binary',
    guid: 'CLSID',
    clsid: 'CLSID',
    short: 'Short',
  };
  const t = types[type];
  if (!t) return null;
  const kind = (m[3] as string).toLowerCase() === 'name' ? 'Name' : 'Id';
  return `${t} {${(m[2] as string).toLowerCase()}} ${kind} ${m[4] as string}`;
}

// ---------------------------------------------------------------- $orderby

export interface OrderKey {
  prop: string;
  desc: boolean;
}

const ORDERABLE = new Map<string, string>(
  ['receivedDateTime', 'sentDateTime', 'createdDateTime', 'lastModifiedDateTime', 'subject', 'isRead', 'importance', 'hasAttachments'].map((p) => [
    p.toLowerCase(),
    p,
  ]),
);

export function parseOrderBy(raw: string | null): OrderKey[] | null {
  if (raw === null || raw.trim() === '') return null;
  const out: OrderKey[] = [];
  for (const part of raw.split(',')) {
    const m = /^\s*([A-Za-z/]+)(?:\s+(asc|desc))?\s*$/i.exec(part);
    const prop = m ? ORDERABLE.get((m[1] as string).toLowerCase()) : undefined;
    if (!m || !prop) throw new GraphHttpError(400, 'ErrorInvalidProperty', `The property '${part.trim()}' cannot be used in $orderby.`);
    out.push({ prop, desc: (m[2] ?? 'asc').toLowerCase() === 'desc' });
  }
  return out;
}

/**
 * Exchange's rule for $filter with $orderby: the ordered properties must come first in the filter,
 * in the same order; otherwise 400 InefficientFilter.
 */
export function checkFilterOrder(filter: FilterNode | null, order: OrderKey[] | null): void {
  if (!filter || !order) return;
  const props = filterProperties(filter);
  order.forEach((o, i) => {
    if (props[i] !== o.prop.toLowerCase()) {
      throw new GraphHttpError(400, 'InefficientFilter', 'The restriction or sort order is too complex for this operation.');
    }
  });
}

export function sortMessages(list: StoredMessage[], order: OrderKey[] | null): StoredMessage[] {
  const keys = order ?? [{ prop: 'receivedDateTime', desc: true }];
  const fields = keys.map((k) => ({ name: k.prop as keyof StoredMessage['fields'], dir: k.desc ? -1 : 1 }));
  return list.sort((a, b) => {
    for (const f of fields) {
      const av = a.fields[f.name] as unknown as string | boolean | null;
      const bv = b.fields[f.name] as unknown as string | boolean | null;
      if (av === bv) continue;
      if (av === null) return 1;
      if (bv === null) return -1;
      return (av < bv ? -1 : 1) * f.dir;
    }
    return a.seq - b.seq;
  });
}

// ---------------------------------------------------------------- $expand

/** Parses `singleValueExtendedProperties($filter=id eq '…' [or id eq '…'])`; returns the wanted ids. */
export function parseExpand(raw: string | null): string[] | null {
  if (raw === null || raw.trim() === '') return null;
  const m = /^\s*singleValueExtendedProperties\s*\(\s*\$filter\s*=\s*(.+)\)\s*$/i.exec(raw);
  if (!m) {
    if (/^\s*singleValueExtendedProperties\s*$/i.test(raw)) {
      throw badRequest("Expanding singleValueExtendedProperties requires a $filter on id.", 'ErrorInvalidRequest');
    }
    throw badRequest(`Parsing OData Select and Expand failed: Could not find a property named '${raw.split('(')[0]?.trim() ?? raw}' on type 'microsoft.graph.message'.`);
  }
  const node = parseFilter(m[1] as string);
  const ids: string[] = [];
  const walk = (n: FilterNode): void => {
    if (n.k === 'or') {
      walk(n.a);
      walk(n.b);
    } else if (n.k === 'cmp' && n.op === 'eq' && n.path.length === 1 && n.path[0]?.toLowerCase() === 'id' && typeof n.value === 'string') {
      ids.push(normalizeExtId(n.value));
    } else {
      throw badRequest("The $filter in an extended property $expand supports only \"id eq '…'\" joined with 'or'.", 'ErrorInvalidRequest');
    }
  };
  if (node) walk(node);
  return ids;
}
