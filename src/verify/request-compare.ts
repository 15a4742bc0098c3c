import { getNodeValue } from 'jsonc-parser';
import type { HttpRequest } from '../http/types.js';

/**
 * Compares the request a Python snippet really builds (captured from the SDK by
 * verify/python/worker.py) with the docs' HTTP request, by meaning rather than by text:
 *
 * - method: equal.
 * - path: segment by segment, decoded, case-insensitive, `microsoft.graph.` prefix and `()`
 *   optional, a sub-namespace optional on one side (`close` ≡ `microsoft.graph.ediscovery.close`),
 *   `name('k')` read as `name/k`, empty segments dropped. A key position matches any
 *   key: `{id}`, `{user-id}`, GUIDs, numbers, quoted keys, e-mail addresses, `root:/a/b:` paths
 *   and the SDK's placeholders (`user-id`) all compare equal there, but `me` never equals
 *   `users/{id}` (a different number of segments). Function arguments compare by name only
 *   (their values are placeholders in the SDKs). Drive paths are remapped on both sides the way
 *   the generator does (`/me/drive/root/x` → `/drives/{id}/items/root/x`).
 * - query: by name (`$` optional, case-insensitive); lists (`$select`, `$expand`) as sets,
 *   `$orderby` in order; booleans case-insensitive; other values after trimming.
 * - headers: every docs header except Authorization/Host/Content-Type/Content-Length must be
 *   sent with the same value (names case-insensitive). Extra SDK headers (Accept) are fine.
 * - body: JSON by meaning. Key order ignored, then case ignored; numbers numerically (a numeric string equals the
 *   number, a `"true"` the boolean: the emitters coerce to the schema's type); date-times as instants; durations as
 *   lengths (ISO 8601 vs Python's `1 day, 0:00:00`); GUIDs case-insensitively; base64 by bytes;
 *   enum-like words case-insensitively; `null` equals absent; `@odata.type` is kept, but the
 *   SDK may add one the docs do not have, and a `false` the docs lack (an SDK model default). Non-JSON (stream) bodies are not compared.
 */

export interface CapturedRequest {
  readonly method: string | null;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | null;
  readonly bodyEncoding?: 'utf8' | 'base64';
}

export type MismatchCause = 'method' | 'path' | 'query' | 'header' | 'body';

export interface Mismatch {
  readonly cause: MismatchCause;
  readonly detail: string;
}

/** All mismatches, most basic first (method, path, query, header, body). */
export function compareRequests(docs: HttpRequest, captured: CapturedRequest): Mismatch[] {
  const out: Mismatch[] = [];
  if ((captured.method ?? '').toUpperCase() !== docs.method) {
    out.push({ cause: 'method', detail: `docs ${docs.method}, snippet ${captured.method ?? '(none)'}` });
  }
  const url = splitUrl(captured.url);
  const pathDiff = comparePaths(docs.path, url.path);
  if (pathDiff) out.push({ cause: 'path', detail: pathDiff });
  const queryDiff = compareQuery(
    docs.query.map((q) => ({ name: q.name, value: q.raw })),
    url.query,
  );
  if (queryDiff) out.push({ cause: 'query', detail: queryDiff });
  const headerDiff = compareHeaders(docs.headers, captured.headers);
  if (headerDiff) out.push({ cause: 'header', detail: headerDiff });
  const bodyDiff = compareBodies(docs, captured);
  if (bodyDiff) out.push({ cause: 'body', detail: bodyDiff });
  return out;
}

// ---------------------------------------------------------------------------------------------
// URL

/** Splits a captured absolute URL into the path after the version and its query pairs. */
export function splitUrl(url: string): { path: string; query: { name: string; value: string }[] } {
  const q = url.indexOf('?');
  let path = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? '' : url.slice(q + 1);
  path = path.replace(/^[a-z]+:\/\/[^/]+/i, '');
  // The version segment (`/v1.0`, `/beta`) is not part of the compared path.
  path = path.replace(/^\/+(v1\.0|beta)(?=\/|$)/i, '');
  const pairs = query
    .split('&')
    .filter((p) => p.length > 0)
    .map((p) => {
      const eq = p.indexOf('=');
      const name = eq < 0 ? p : p.slice(0, eq);
      const value = eq < 0 ? '' : p.slice(eq + 1);
      return { name: safeDecode(name.replace(/\+/g, ' ')), value: safeDecode(value.replace(/\+/g, ' ')) };
    });
  return { path: safeDecode(path), query: pairs };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

type Segment = { kind: 'name'; name: string; args: string[] | null } | { kind: 'key'; raw: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Values that can only be a key: placeholders, ids, quoted strings, numbers, addresses. */
function isKeyLike(raw: string): boolean {
  if (raw.startsWith('$')) return false; // $value, $ref, $count
  return (
    /^\{[^}]*\}$/.test(raw) ||
    GUID.test(raw) ||
    /^-?\d+$/.test(raw) ||
    /^'.*'$/.test(raw) ||
    /^".*"$/.test(raw) ||
    raw.includes('@') ||
    // The SDKs' placeholders, `<entityType>-<keyProperty>`: `user-id`, `directoryObject-id`,
    // `cloudPcOverview-tenantId` (an entity keyed by another property), and the numbered ones
    // Kiota gives a repeated key type (`/messages/{chatMessage-id}/replies/{chatMessage-id1}`).
    /^[A-Za-z][A-Za-z0-9]*-[a-z][A-Za-z0-9]*$/.test(raw) ||
    /^(?=(?:\D*\d){3})[A-Za-z0-9+/=_-]{16,}$/.test(raw) || // opaque ids (Outlook, drive items)
    /=$/.test(raw) ||
    /^[^:]*:\/.*:?$/.test(raw) || // `root:/folder/file.txt:`
    /[!~*|,;=]/.test(raw)
  );
}

/** Normalised segments of a decoded path. */
function pathSegments(path: string): Segment[] {
  // `root:/folder/file.txt:` is one item-path segment; keep its slashes inside it.
  const protectedPath = path.replace(/:\/[^:]*:?/g, (m) => m.replace(/\//g, '\u0000'));
  const raw = protectedPath
    .split('/')
    .map((s) => s.replace(/\u0000/g, '/').trim())
    .filter((s) => s.length > 0);
  const out: Segment[] = [];
  for (let seg of raw) {
    // `microsoft.graph.group` (docs) ≡ `graph.group` (the SDKs' type-cast alias) ≡ `group`;
    // a sub-namespace stays (`ediscovery.close`, see sameQualifiedName).
    seg = seg.replace(/^(microsoft\.)?graph\./i, '');
    // `users('abc')` → `users` + key; `fn(a='x',b=1)` → function with argument names.
    const call = /^([^()]+)\((.*)\)$/.exec(seg);
    if (call) {
      const name = call[1]!;
      const inside = call[2]!.trim();
      if (inside === '') {
        out.push({ kind: 'name', name: name.toLowerCase(), args: null });
      } else if (!/^[\w.]+\s*=/.test(inside)) {
        out.push({ kind: 'name', name: name.toLowerCase(), args: null }, { kind: 'key', raw: inside });
      } else {
        // Argument names only, found outside quoted values, so that a missing comma (the Python
        // SDK's URL templates drop it: `f(a='x'b='y')`) does not hide the second argument.
        const unquoted = inside.replace(/'(?:[^']|'')*'/g, "''");
        const args = [...unquoted.matchAll(/([A-Za-z_][\w.]*)\s*=/g)].map((m) => m[1]!.toLowerCase()).sort();
        out.push({ kind: 'name', name: name.toLowerCase(), args });
      }
      continue;
    }
    out.push(isKeyLike(seg) ? { kind: 'key', raw: seg } : { kind: 'name', name: seg.toLowerCase(), args: null });
  }
  return remapDrive(out);
}

/**
 * The generator's drive remap (sdk-conventions.md §0): the SDKs have no `root`/`items` under
 * `me.drive`, so `/me/drive/root…` and `/{users|groups|sites}/{id}/drive/root…` become
 * `/drives/{drive-id}/items/root…`, and any other `…/drive/<more>` becomes `/drives/{drive-id}/<more>`.
 */
function remapDrive(segs: Segment[]): Segment[] {
  const driveAt = segs.findIndex((s) => s.kind === 'name' && s.name === 'drive');
  let out = segs;
  if (driveAt >= 0 && driveAt < segs.length - 1) {
    out = [
      { kind: 'name', name: 'drives', args: null },
      { kind: 'key', raw: '{drive-id}' },
      ...segs.slice(driveAt + 1),
    ];
  }
  // `/drives/{id}/root…` (and `root:/path:`) is `/drives/{id}/items/root…` in the SDKs.
  if (
    out.length > 2 &&
    out[0]!.kind === 'name' &&
    out[0]!.name === 'drives' &&
    out[1]!.kind === 'key' &&
    isRootSegment(out[2]!)
  ) {
    out = [out[0]!, out[1]!, { kind: 'name', name: 'items', args: null }, ...out.slice(2)];
  }
  return out;
}

function isRootSegment(s: Segment): boolean {
  return (s.kind === 'name' && s.name === 'root') || (s.kind === 'key' && /^root:/i.test(s.raw));
}

function segmentText(s: Segment): string {
  if (s.kind === 'key') return '{key}';
  return s.args ? `${s.name}(${s.args.join(',')})` : s.name;
}

/**
 * A docs segment against a snippet segment. A snippet key (the SDK's placeholder) also matches
 * a docs segment that is a bare word, because the docs write literal keys that do not look
 * like ids (`/users/AdeleV/...`); a docs key never matches a snippet name.
 */
function segmentsEqual(docs: Segment, snippet: Segment): boolean {
  if (snippet.kind === 'key') return docs.kind === 'key' || docs.args === null;
  if (docs.kind === 'key') return false;
  if (docs.name !== snippet.name && !sameQualifiedName(docs.name, snippet.name)) return false;
  // `delta()` and `delta` are the same; argument names must agree when both have some.
  if (docs.args && snippet.args) return docs.args.join(',') === snippet.args.join(',');
  return (docs.args?.length ?? 0) === (snippet.args?.length ?? 0);
}

/**
 * An operation or type of a sub-namespace written without its namespace on one side
 * (`close`, as the docs call it) and qualified on the other (`ediscovery.close`: the SDKs always
 * send `microsoft.graph.ediscovery.close`). Graph resolves unqualified operation names, so both
 * address the same operation. Two qualified names must still be equal (`security.close` is
 * not `ediscovery.close`).
 */
function sameQualifiedName(a: string, b: string): boolean {
  if (a.includes('.') === b.includes('.')) return false;
  const [qualified, bare] = a.includes('.') ? [a, b] : [b, a];
  return qualified.slice(qualified.lastIndexOf('.') + 1) === bare;
}

/** `null` when equal, else a short description. */
export function comparePaths(docsPath: string, snippetPath: string): string | null {
  const a = pathSegments(docsPath);
  const b = pathSegments(snippetPath);
  const same = a.length === b.length && a.every((s, i) => segmentsEqual(s, b[i]!));
  if (same) return null;
  return `docs /${a.map(segmentText).join('/')}, snippet /${b.map(segmentText).join('/')}`;
}

// ---------------------------------------------------------------------------------------------
// Query

function splitTopLevel(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = false;
  let current = '';
  for (const ch of text) {
    if (ch === "'") quote = !quote;
    if (!quote && ch === '(') depth++;
    if (!quote && ch === ')') depth--;
    if (ch === sep && depth === 0 && !quote) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

const SET_OPTIONS = new Set(['select', 'expand']);
const LIST_OPTIONS = new Set(['orderby']);

/** `$select` ≡ `select`; `$id` ≡ `@id` (the SDK's `$ref` deletes send `@id`). */
function queryKey(name: string): string {
  return name.trim().replace(/^[$@]/, '').toLowerCase();
}

function normaliseQueryValue(key: string, value: string): string {
  const v = value.trim().replace(/\s+/g, ' ');
  if (SET_OPTIONS.has(key)) {
    return splitTopLevel(v, ',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
      .sort()
      .join(',');
  }
  if (LIST_OPTIONS.has(key)) {
    return splitTopLevel(v, ',')
      .map((s) => s.trim())
      .join(',');
  }
  if (/^(true|false)$/i.test(v)) return v.toLowerCase();
  return v;
}

export function compareQuery(
  docs: readonly { name: string; value: string }[],
  snippet: readonly { name: string; value: string }[],
): string | null {
  const map = (list: readonly { name: string; value: string }[]): Map<string, string> => {
    const m = new Map<string, string>();
    for (const q of list) {
      const key = queryKey(q.name);
      m.set(key, normaliseQueryValue(key, q.value));
    }
    return m;
  };
  const a = map(docs);
  const b = map(snippet);
  const problems: string[] = [];
  for (const [k, v] of a) {
    if (!b.has(k)) problems.push(`missing ${k}=${v}`);
    else if (b.get(k) !== v) problems.push(`${k}: docs ${JSON.stringify(v)}, snippet ${JSON.stringify(b.get(k))}`);
  }
  for (const [k, v] of b) if (!a.has(k)) problems.push(`extra ${k}=${v}`);
  return problems.length > 0 ? problems.join('; ') : null;
}

// ---------------------------------------------------------------------------------------------
// Headers

const IGNORED_HEADERS = new Set(['authorization', 'host', 'content-type', 'content-length']);

export function compareHeaders(
  docs: readonly { name: string; value: string }[],
  sent: Readonly<Record<string, string>>,
): string | null {
  const lower = new Map(Object.entries(sent).map(([k, v]) => [k.toLowerCase(), v.trim()]));
  const problems: string[] = [];
  for (const h of docs) {
    const name = h.name.trim().toLowerCase();
    if (IGNORED_HEADERS.has(name)) continue;
    const got = lower.get(name);
    if (got === undefined) problems.push(`missing ${h.name}: ${h.value}`);
    else if (got !== h.value.trim())
      problems.push(`${h.name}: docs ${JSON.stringify(h.value.trim())}, snippet ${JSON.stringify(got)}`);
  }
  return problems.length > 0 ? problems.join('; ') : null;
}

// ---------------------------------------------------------------------------------------------
// Body

function compareBodies(docs: HttpRequest, captured: CapturedRequest): string | null {
  const body = docs.body;
  const sent = captured.body;
  if (!body) {
    if (sent === null || sent.trim() === '') return null;
    // An empty model is fine, even with the defaults the SDK adds (`{"shouldSetSpoSiteReadOnlyForMembers": false}`).
    if (parsesTo(sent, (v) => isObject(v) && compareJson({}, v) === null)) return null;
    return `docs has no body, snippet sends ${clip(sent)}`;
  }
  if (body.kind === 'raw') return null; // streams: the snippets send a placeholder
  // A snippet that uploads a stream (`PUT …/$value` with a JSON example) sends a placeholder too.
  const sentType = Object.entries(captured.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  if (sentType !== undefined && !/json/i.test(sentType)) return null;
  const expected = getNodeValue(body.root) as unknown;
  if (sent === null || sent.trim() === '') {
    return isEmptyJson(expected) ? null : 'docs has a JSON body, snippet sends none';
  }
  let actual: unknown;
  try {
    actual = JSON.parse(captured.bodyEncoding === 'base64' ? Buffer.from(sent, 'base64').toString('utf8') : sent);
  } catch {
    return `snippet body is not JSON: ${clip(sent)}`;
  }
  return compareJson(expected, actual);
}

function parsesTo(text: string, test: (v: unknown) => boolean): boolean {
  try {
    return test(JSON.parse(text));
  } catch {
    return false;
  }
}

function isEmptyJson(v: unknown): boolean {
  return v === null || (typeof v === 'object' && Object.keys(v as object).length === 0);
}

/** `null` when equal by meaning; else the first difference as `at <path>: docs X, snippet Y`. */
export function compareJson(expected: unknown, actual: unknown, path = '$'): string | null {
  if (isObject(expected) && isObject(actual)) {
    // Keys match exactly, else ignoring case: some action parameters are PascalCase in the
    // metadata (`Message`, `SaveToSentItems`), so the SDK sends them so, and Graph reads
    // parameter names without regard to case.
    const actualByLower = new Map<string, string[]>();
    for (const k of Object.keys(actual))
      actualByLower.set(k.toLowerCase(), [...(actualByLower.get(k.toLowerCase()) ?? []), k]);
    const used = new Set<string>();
    for (const k of Object.keys(expected).sort()) {
      const e = expected[k];
      const here = `${path}.${k}`;
      const match = k in actual ? k : actualByLower.get(k.toLowerCase())?.find((c) => !(c in expected));
      if (match === undefined) {
        if (e === null) continue; // null ≡ absent
        return `at ${here}: missing in snippet (docs ${clip(JSON.stringify(e))})`;
      }
      used.add(match);
      const d = compareJson(e, actual[match], here);
      if (d) return d;
    }
    for (const k of Object.keys(actual).sort()) {
      if (used.has(k)) continue;
      const a = actual[k];
      // Tolerated extras: nulls; the discriminator the SDK adds to its models; `false`, which
      // is the default value the SDK's models send for some booleans (`retainInheritedPermissions`).
      if (a === null || a === false || k === '@odata.type') continue;
      return `at ${path}.${k}: extra in snippet (${clip(JSON.stringify(a))})`;
    }
    return null;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length)
      return `at ${path}: docs has ${expected.length} items, snippet ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const d = compareJson(expected[i], actual[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (scalarsEqual(expected, actual)) return null;
  return `at ${path}: docs ${clip(JSON.stringify(expected))}, snippet ${clip(JSON.stringify(actual))}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function scalarsEqual(e: unknown, a: unknown): boolean {
  if (e === a) return true;
  if (typeof e === 'object' || typeof a === 'object') return false; // null, or object vs scalar
  if (e === null || a === null) return false;
  if (typeof e === 'number' || typeof a === 'number') {
    const x = Number(e);
    const y = Number(a);
    return typeof e !== 'boolean' && typeof a !== 'boolean' && e !== '' && a !== '' && Number.isFinite(x) && x === y;
  }
  if (typeof e === 'boolean' || typeof a === 'boolean') return String(e).toLowerCase() === String(a).toLowerCase();
  if (typeof e === 'string' && typeof a === 'string') return stringsEqual(e, a);
  return false;
}

function stringsEqual(e: string, a: string): boolean {
  if (e === a) return true;
  if (GUID.test(e) && GUID.test(a)) return e.toLowerCase() === a.toLowerCase();
  const ie = parseInstant(e);
  const ia = parseInstant(a);
  if (ie !== null && ia !== null) return ie === ia;
  const de = parseDuration(e);
  const da = parseDuration(a);
  if (de !== null && da !== null) return Math.abs(de - da) < 1e-6;
  // Enum values: the emitters use the schema's spelling of a member the docs wrote in another case.
  if (/^[A-Za-z][A-Za-z0-9_]*$/.test(e) && e.toLowerCase() === a.toLowerCase()) return true;
  // Flag enums: `a,b` in any order.
  const flags = /^\s*\w+(\s*,\s*\w+)+\s*$/;
  if (flags.test(e) && flags.test(a)) {
    const norm = (s: string): string =>
      s
        .split(',')
        .map((x) => x.trim().toLowerCase())
        .sort()
        .join(',');
    return norm(e) === norm(a);
  }
  const be = base64Bytes(e);
  const ba = base64Bytes(a);
  return be !== null && ba !== null && be === ba;
}

/**
 * ISO 8601 date-time (or date) → a comparable instant string (epoch microseconds), `null` if
 * not one. No offset means UTC on both sides; fractions beyond microseconds are cut (Python's
 * `isoformat` has six digits, the docs have up to seven).
 */
export function parseInstant(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    s.trim(),
  );
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', tz] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec));
  if (Number.isNaN(ms)) return null;
  if (tz && tz.toUpperCase() !== 'Z') {
    const sign = tz.startsWith('-') ? -1 : 1;
    const digits = tz.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  const micros = (frac + '000000').slice(0, 6);
  return `${ms}.${micros}`;
}

/**
 * A duration in seconds, from ISO 8601 (`P1DT2H`, `-PT30M`; Y = 365 days, M = 30 days) or from
 * Python's `str(timedelta)` (`1 day, 2:00:00`, `0:30:00.5`, `-1 day, 23:00:00`); `null` otherwise.
 */
export function parseDuration(s: string): number | null {
  const text = s.trim();
  const iso =
    /^([+-])?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
      text,
    );
  if (iso && text.length > 1 && !/T$/i.test(text) && !/^[+-]?P$/i.test(text)) {
    const n = (i: number): number => Number(iso[i] ?? 0);
    const secs =
      n(2) * 365 * 86400 + n(3) * 30 * 86400 + n(4) * 7 * 86400 + n(5) * 86400 + n(6) * 3600 + n(7) * 60 + n(8);
    return iso[1] === '-' ? -secs : secs;
  }
  const py = /^(?:(-?\d+) days?, )?(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(text);
  if (py) return Number(py[1] ?? 0) * 86400 + Number(py[2]) * 3600 + Number(py[3]) * 60 + Number(py[4]);
  return null;
}

/**
 * Decoded bytes (as hex) of a base64/base64url string, else `null`. Docs placeholders such as
 * `"Binary"` are not canonical base64; decoded and re-encoded by the SDK they become `Binarw==`,
 * the same bytes.
 */
function base64Bytes(s: string): string | null {
  if (s.length < 4 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return null;
  const std = s.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  return Buffer.from(std, 'base64').toString('hex');
}

function clip(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
