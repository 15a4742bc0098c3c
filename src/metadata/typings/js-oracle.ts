import { posix } from 'node:path';

/**
 * Facts read from Kiota's generated serialization code (`models/**\/index.js`) that the typings
 * do not carry:
 *
 * - wire names: `deserializeIntoX` maps each JSON name to the TS property it fills
 *   (`"error": n => { o.errorEscaped = ... }`, `"@odata.type": n => { o.odataType = ... }`);
 * - discriminators: `createXFromDiscriminatorValue` and `serializeX` switch on the exact
 *   `@odata.type` strings (`case "#microsoft.graph.fileAttachment": return
 *   deserializeIntoFileAttachment;`), which give the OData full name of every derived type;
 * - the reader used for each property (`getCollectionOfEnumValues`, `getNumberValue`, ...).
 *
 * The code is machine-generated with a fixed shape, so regular expressions over the text are
 * reliable here and much cheaper than a second TypeScript parse of 7-14 MB of JavaScript.
 */

export interface WireProperty {
  /** JSON name on the wire. */
  readonly wire: string;
  /** TS property name in the interface. */
  readonly prop: string;
  /** Parse-node reader, e.g. `getStringValue`; `null` for the `backingStoreEnabled` marker. */
  readonly reader: string | null;
  /** Reader argument text, e.g. `BodyTypeObject` or `"string"`. */
  readonly readerArg: string;
}

export interface TsTypeRef {
  /** Model directory relative to `models/` (`''` for the main file). */
  readonly dir: string;
  /** TS interface name declared in that directory's `index.d.ts`. */
  readonly name: string;
}

export interface JsOracle {
  /** TS interface name declared in this file → its own (not inherited) wire properties. */
  readonly properties: ReadonlyMap<string, readonly WireProperty[]>;
  /** `#microsoft.graph.fileAttachment` → the TS interface it deserializes into. */
  readonly discriminators: readonly { readonly value: string; readonly target: TsTypeRef }[];
  /**
   * TS interface name → the wire names its own `serializeX` writes. A property that
   * `deserializeIntoX` reads but `serializeX` never writes is read-only in the SDK: Kiota drops
   * it when sending (`isActive` of `schedulingGroup`, `createdDateTime` of `shift`).
   */
  readonly written: ReadonlyMap<string, ReadonlySet<string>>;
}

const IMPORT_RE = /^import \{([^}]*)\} from '(\.[^']*)';/gm;
const FUNCTION_RE = /^export function (deserializeInto|create)([A-Za-z0-9_]+?)(FromDiscriminatorValue)?\(/gm;
const ENTRY_RE =
  /"([^"]+)": n => \{ (?:var [^;]*; )?[A-Za-z0-9_$]+\.([A-Za-z0-9_$]+) = (?:n\.([A-Za-z]+)\(([^)]*)\)|true);/g;
const CASE_RE = /case "(#[^"]+)":\s*(?:return\s+)?([A-Za-z0-9_$]+)/g;
const SERIALIZER_RE = /^export function serialize([A-Za-z0-9_]+)\(/gm;
const WRITE_RE = /writer\.write[A-Za-z]*\("([^"]+)"/g;

export function readJsOracle(text: string, dir: string): JsOracle {
  // Local function name → where it is declared, for the hashed aliases Kiota uses when two
  // namespaces export the same name (`serializeIdentityContainer as I3578...`).
  const imported = new Map<string, TsTypeRef>();
  for (const m of text.matchAll(IMPORT_RE)) {
    const from = posix.normalize(posix.join(dir, posix.dirname(m[2]!)));
    const targetDir = from === '.' ? '' : from;
    for (const spec of m[1]!.split(',')) {
      const parts = spec.trim().split(/\s+as\s+/);
      const exported = parts[0]!.trim();
      const local = (parts[1] ?? exported).trim();
      if (exported) imported.set(local, { dir: targetDir, name: exported });
    }
  }
  const toTarget = (fn: string): TsTypeRef | undefined => {
    const ref = imported.get(fn) ?? { dir, name: fn };
    const m = /^(?:deserializeInto|serialize)(.+)$/.exec(ref.name);
    return m ? { dir: ref.dir, name: m[1]! } : undefined;
  };

  const properties = new Map<string, WireProperty[]>();
  const discriminators: { value: string; target: TsTypeRef }[] = [];
  const starts = [...text.matchAll(FUNCTION_RE)];
  for (let i = 0; i < starts.length; i++) {
    const m = starts[i]!;
    const end = i + 1 < starts.length ? starts[i + 1]!.index : text.length;
    const body = text.slice(m.index, nextFunction(text, m.index, end));
    if (m[1] === 'deserializeInto') {
      const list: WireProperty[] = [];
      for (const e of body.matchAll(ENTRY_RE)) {
        list.push({ wire: e[1]!, prop: e[2]!, reader: e[3] ?? null, readerArg: (e[4] ?? '').trim() });
      }
      properties.set(m[2]!, list);
    } else if (m[3]) {
      collectCases(body, toTarget, discriminators);
    }
  }
  const written = new Map<string, Set<string>>();
  for (const m of text.matchAll(SERIALIZER_RE)) {
    const body = text.slice(m.index, nextFunction(text, m.index, text.length));
    // Serializer switches repeat the create functions' cases for every level of the hierarchy;
    // both are read so that a type is found even if one of them is missing.
    if (body.includes('case "#')) collectCases(body, toTarget, discriminators);
    // Only the function's own writes: the switch to derived serializers comes after them.
    const cut = body.indexOf('switch (');
    const own = cut >= 0 ? body.slice(0, cut) : body;
    written.set(m[1]!, new Set([...own.matchAll(WRITE_RE)].map((w) => w[1]!)));
  }
  return { properties, discriminators, written };
}

function nextFunction(text: string, from: number, limit: number): number {
  const next = text.indexOf('\nexport function ', from + 1);
  return next === -1 || next > limit ? limit : next;
}

function collectCases(
  body: string,
  toTarget: (fn: string) => TsTypeRef | undefined,
  out: { value: string; target: TsTypeRef }[],
): void {
  for (const c of body.matchAll(CASE_RE)) {
    const target = toTarget(c[2]!);
    if (target) out.push({ value: c[1]!, target });
  }
}
