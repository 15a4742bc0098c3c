var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res2, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res2 = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res2;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/paths.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function projectRoot() {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the project root (package.json)");
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}
function templatesRoot() {
  return join(projectRoot(), "templates");
}
function cacheRoot() {
  return process.env.SNIPPETS_CACHE_DIR ?? join(projectRoot(), ".cache");
}
var cachedRoot;
var init_paths = __esm({
  "src/paths.ts"() {
    "use strict";
  }
});

// src/metadata/cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync2, renameSync, rmSync, writeFileSync } from "node:fs";
import { join as join3 } from "node:path";
function cacheFile(key, dir = cacheRoot()) {
  const digest = createHash("sha256").update(key.fingerprint).digest("hex").slice(0, 32);
  return join3(dir, `${key.namespace}-${digest}.json`);
}
function loadCached(key, build, options = {}) {
  const file = cacheFile(key, options.dir);
  const notice = options.notice ?? ((m) => process.stderr.write(`${m}
`));
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch {
    text = void 0;
  }
  if (text !== void 0) {
    try {
      const parsed = JSON.parse(text);
      if (parsed.fingerprint === key.fingerprint) return { value: parsed.value, hit: true };
      notice(`notice: metadata cache ${file} is for other inputs; rebuilding`);
    } catch {
      notice(`notice: metadata cache ${file} is corrupt; rebuilding`);
    }
  }
  const value = build();
  writeAtomically(file, JSON.stringify({ fingerprint: key.fingerprint, value }));
  return { value, hit: false };
}
function writeAtomically(file, text) {
  const dir = join3(file, "..");
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
function sha256(data) {
  return createHash("sha256").update(data).digest("hex");
}
var init_cache = __esm({
  "src/metadata/cache.ts"() {
    "use strict";
    init_paths();
  }
});

// src/metadata/errors.ts
var MetadataConfigError;
var init_errors = __esm({
  "src/metadata/errors.ts"() {
    "use strict";
    MetadataConfigError = class extends Error {
      constructor(message, options) {
        super(message, options);
        this.name = "MetadataConfigError";
      }
    };
  }
});

// src/metadata/typings/dts-reader.ts
function readModelTypings(ts, fileName, text) {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const interfaces = [];
  const enums = [];
  const enumObjects = /* @__PURE__ */ new Map();
  const imports = /* @__PURE__ */ new Map();
  const textOf = (node) => text.slice(node.pos, node.end).trim();
  const convert = (node) => {
    if (ts.isParenthesizedTypeNode(node)) return convert(node.type);
    if (ts.isUnionTypeNode(node)) {
      const rest = node.types.filter(
        (t) => !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword) && t.kind !== ts.SyntaxKind.UndefinedKeyword
      );
      return rest.length === 1 ? convert(rest[0]) : { kind: "other", text: textOf(node) };
    }
    if (ts.isArrayTypeNode(node)) return { kind: "array", element: convert(node.elementType) };
    if (ts.isTypeReferenceNode(node)) {
      if (ts.isIdentifier(node.typeName) && !node.typeArguments) return { kind: "ref", name: node.typeName.text };
      return { kind: "other", text: textOf(node) };
    }
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { kind: "keyword", keyword: "string" };
      case ts.SyntaxKind.BooleanKeyword:
        return { kind: "keyword", keyword: "boolean" };
      case ts.SyntaxKind.NumberKeyword:
        return { kind: "keyword", keyword: "number" };
      case ts.SyntaxKind.UnknownKeyword:
      case ts.SyntaxKind.AnyKeyword:
        return { kind: "keyword", keyword: "unknown" };
      default:
        return { kind: "other", text: textOf(node) };
    }
  };
  const nameOf = (name) => ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : void 0;
  for (const st of sf.statements) {
    if (ts.isInterfaceDeclaration(st)) {
      const heritage = [];
      for (const clause of st.heritageClauses ?? []) {
        for (const t of clause.types) if (ts.isIdentifier(t.expression)) heritage.push(t.expression.text);
      }
      const properties = [];
      for (const member2 of st.members) {
        if (!ts.isPropertySignature(member2) || !member2.type) continue;
        const name = nameOf(member2.name);
        if (name !== void 0) properties.push({ name, type: convert(member2.type) });
      }
      interfaces.push({ name: st.name.text, heritage, properties });
    } else if (ts.isTypeAliasDeclaration(st)) {
      let t = st.type;
      if (ts.isIndexedAccessTypeNode(t)) {
        t = t.objectType;
        while (ts.isParenthesizedTypeNode(t)) t = t.type;
        if (ts.isTypeQueryNode(t) && ts.isIdentifier(t.exprName)) {
          enums.push({ name: st.name.text, objectName: t.exprName.text });
        }
      }
    } else if (ts.isVariableStatement(st)) {
      for (const decl of st.declarationList.declarations) {
        if (!ts.isIdentifier(decl.name) || !decl.type || !ts.isTypeLiteralNode(decl.type)) continue;
        const members = [];
        for (const m of decl.type.members) {
          if (!ts.isPropertySignature(m) || !m.type || !ts.isLiteralTypeNode(m.type)) continue;
          const key = nameOf(m.name);
          if (key !== void 0 && ts.isStringLiteral(m.type.literal)) members.push([key, m.type.literal.text]);
        }
        enumObjects.set(decl.name.text, members);
      }
    } else if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const bindings = st.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) {
          imports.set(el.name.text, {
            module: st.moduleSpecifier.text,
            exported: (el.propertyName ?? el.name).text
          });
        }
      }
    }
  }
  return { interfaces, enums, enumObjects, imports };
}
var init_dts_reader = __esm({
  "src/metadata/typings/dts-reader.ts"() {
    "use strict";
  }
});

// src/metadata/typings/js-oracle.ts
import { posix } from "node:path";
function readJsOracle(text, dir) {
  const imported = /* @__PURE__ */ new Map();
  for (const m of text.matchAll(IMPORT_RE)) {
    const from = posix.normalize(posix.join(dir, posix.dirname(m[2])));
    const targetDir = from === "." ? "" : from;
    for (const spec of m[1].split(",")) {
      const parts = spec.trim().split(/\s+as\s+/);
      const exported = parts[0].trim();
      const local = (parts[1] ?? exported).trim();
      if (exported) imported.set(local, { dir: targetDir, name: exported });
    }
  }
  const toTarget = (fn) => {
    const ref = imported.get(fn) ?? { dir, name: fn };
    const m = /^(?:deserializeInto|serialize)(.+)$/.exec(ref.name);
    return m ? { dir: ref.dir, name: m[1] } : void 0;
  };
  const properties = /* @__PURE__ */ new Map();
  const discriminators = [];
  const starts = [...text.matchAll(FUNCTION_RE)];
  const serializerCases = /^export function serialize[A-Za-z0-9_]+\(/gm;
  const serializerStarts = [...text.matchAll(serializerCases)].map((m) => m.index);
  for (let i = 0; i < starts.length; i++) {
    const m = starts[i];
    const end = i + 1 < starts.length ? starts[i + 1].index : text.length;
    const body = text.slice(m.index, nextFunction(text, m.index, end));
    if (m[1] === "deserializeInto") {
      const list = [];
      for (const e of body.matchAll(ENTRY_RE)) {
        list.push({ wire: e[1], prop: e[2], reader: e[3] ?? null, readerArg: (e[4] ?? "").trim() });
      }
      properties.set(m[2], list);
    } else if (m[3]) {
      collectCases(body, toTarget, discriminators);
    }
  }
  for (const start of serializerStarts) {
    const body = text.slice(start, nextFunction(text, start, text.length));
    if (body.includes('case "#')) collectCases(body, toTarget, discriminators);
  }
  return { properties, discriminators };
}
function nextFunction(text, from, limit) {
  const next = text.indexOf("\nexport function ", from + 1);
  return next === -1 || next > limit ? limit : next;
}
function collectCases(body, toTarget, out) {
  for (const c of body.matchAll(CASE_RE)) {
    const target = toTarget(c[2]);
    if (target) out.push({ value: c[1], target });
  }
}
var IMPORT_RE, FUNCTION_RE, ENTRY_RE, CASE_RE;
var init_js_oracle = __esm({
  "src/metadata/typings/js-oracle.ts"() {
    "use strict";
    IMPORT_RE = /^import \{([^}]*)\} from '(\.[^']*)';/gm;
    FUNCTION_RE = /^export function (deserializeInto|create)([A-Za-z0-9_]+?)(FromDiscriminatorValue)?\(/gm;
    ENTRY_RE = /"([^"]+)": n => \{ (?:var [^;]*; )?[A-Za-z0-9_$]+\.([A-Za-z0-9_$]+) = (?:n\.([A-Za-z]+)\(([^)]*)\)|true);/g;
    CASE_RE = /case "(#[^"]+)":\s*(?:return\s+)?([A-Za-z0-9_$]+)/g;
  }
});

// src/metadata/typings/package.ts
import { existsSync as existsSync2, readFileSync as readFileSync4, readdirSync as readdirSync2, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname as dirname2, join as join4, relative, sep } from "node:path";
function resolvePackageRoot(version) {
  const name = SDK_PACKAGES[version];
  const requireFromHere = createRequire(import.meta.url);
  try {
    return dirname2(requireFromHere.resolve(`${name}/package.json`));
  } catch (error) {
    throw new MetadataConfigError(
      `the ${version} metadata needs the npm package ${name}, which is not installed (expected ${name}/package.json to be resolvable; run npm install)`,
      { cause: error }
    );
  }
}
function inspectSdkPackage(version, root = resolvePackageRoot(version)) {
  const expectedName = SDK_PACKAGES[version];
  const manifestPath = join4(root, "package.json");
  let manifest;
  try {
    manifest = JSON.parse(readFileSync4(manifestPath, "utf8"));
  } catch (error) {
    throw new MetadataConfigError(
      `${expectedName} at ${root}: cannot read ${manifestPath} (${error.message})`,
      { cause: error }
    );
  }
  const name = typeof manifest.name === "string" ? manifest.name : expectedName;
  if (typeof manifest.version !== "string" || manifest.version === "") {
    throw new MetadataConfigError(`${name} at ${root}: package.json has no version`);
  }
  const models = join4(root, "models");
  const mainDts = join4(models, "index.d.ts");
  const mainJs = join4(models, "index.js");
  if (!existsSync2(mainDts) || !existsSync2(mainJs)) {
    throw new MetadataConfigError(
      `${name}@${manifest.version} at ${root} has an unexpected layout: expected the Kiota model typings models/index.d.ts and serializers models/index.js (is it a Kiota TypeScript SDK?)`
    );
  }
  const modelFiles = [];
  for (const dts of findIndexDts(models)) {
    const dir = relative(models, dirname2(dts)).split(sep).filter(Boolean).join("/");
    const js = dts.replace(/\.d\.ts$/, ".js");
    modelFiles.push({
      dir,
      namespace: dir === "" ? "microsoft.graph" : `microsoft.graph.${dir.split("/").join(".")}`,
      dts,
      js: existsSync2(js) ? js : null
    });
  }
  modelFiles.sort((a, b) => a.dir === "" ? -1 : b.dir === "" ? 1 : a.dir.localeCompare(b.dir));
  return { name, version: manifest.version, root, modelFiles };
}
function findIndexDts(dir, out = []) {
  for (const entry2 of readdirSync2(dir)) {
    const path = join4(dir, entry2);
    if (entry2 === "index.d.ts") out.push(path);
    else if (!entry2.includes(".") && statSync(path).isDirectory()) findIndexDts(path, out);
  }
  return out;
}
var SDK_PACKAGES;
var init_package = __esm({
  "src/metadata/typings/package.ts"() {
    "use strict";
    init_errors();
    SDK_PACKAGES = {
      "v1.0": "@microsoft/msgraph-sdk",
      beta: "@microsoft/msgraph-beta-sdk"
    };
  }
});

// src/metadata/typings/build.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { posix as posix2 } from "node:path";
function buildSchemaFromTypings(version, options = {}) {
  const pkg = options.sdkPackage ?? inspectSdkPackage(version, options.packageRoot);
  const ts = options.ts ?? loadTs();
  const describe3 = `${pkg.name}@${pkg.version}`;
  const files = [];
  for (const file of pkg.modelFiles) {
    const raw = readModelTypings(ts, file.dts, readFileSync5(file.dts, "utf8"));
    const oracle = file.js ? readJsOracle(readFileSync5(file.js, "utf8"), file.dir) : null;
    files.push({ file, raw, oracle });
  }
  const interfaces = /* @__PURE__ */ new Map();
  const enums = /* @__PURE__ */ new Map();
  const keyOf = (dir, name) => `${dir}|${name}`;
  for (const { file, raw } of files) {
    for (const i of raw.interfaces)
      interfaces.set(keyOf(file.dir, i.name), { file, raw: i, key: keyOf(file.dir, i.name) });
    for (const e of raw.enums) {
      const members = raw.enumObjects.get(e.objectName);
      if (members) enums.set(keyOf(file.dir, e.name), { file, name: e.name, members, key: keyOf(file.dir, e.name) });
    }
  }
  if (interfaces.size === 0) {
    throw new MetadataConfigError(
      `${describe3} at ${pkg.root}: no model interfaces found in models/**/index.d.ts (unexpected layout)`
    );
  }
  const byDir = new Map(files.map((f) => [f.file.dir, f]));
  const resolveName = (dir, name) => {
    const local = keyOf(dir, name);
    if (interfaces.has(local)) return { kind: "interface", key: local };
    if (enums.has(local)) return { kind: "enum", key: local };
    const imp = byDir.get(dir)?.raw.imports.get(name);
    if (imp) {
      if (imp.module.startsWith(".")) {
        const target = posix2.normalize(posix2.join(dir, posix2.dirname(imp.module)));
        return resolveName(target === "." ? "" : target, imp.exported);
      }
      if (imp.module === KIOTA_ABSTRACTIONS3 && PRIMITIVE_REFS[imp.exported]) {
        return { kind: "primitive", primitive: PRIMITIVE_REFS[imp.exported] };
      }
      return { kind: "external", name: imp.exported };
    }
    if (name === "Date" || name === "ArrayBuffer") return { kind: "primitive", primitive: PRIMITIVE_REFS[name] };
    return { kind: "unknown", name };
  };
  const fullNames = /* @__PURE__ */ new Map();
  const declared = (dir, tsName) => interfaces.get(keyOf(dir, tsName))?.file.namespace ?? enums.get(keyOf(dir, tsName))?.file.namespace;
  for (const { oracle } of files) {
    for (const d of oracle?.discriminators ?? []) {
      const key = keyOf(d.target.dir, d.target.name);
      const full = d.value.slice(1);
      const dot = full.lastIndexOf(".");
      const short = full.slice(dot + 1).toLowerCase();
      const tsLower = d.target.name.toLowerCase();
      if (!fullNames.has(key) && declared(d.target.dir, d.target.name) === full.slice(0, dot) && (short === tsLower || `${short}escaped` === tsLower)) {
        fullNames.set(key, full);
      }
    }
  }
  const fullNameOf = (key, file, tsName) => {
    let full = fullNames.get(key);
    if (!full) {
      const bare = tsName.endsWith("Escaped") && tsName.length > 7 ? tsName.slice(0, -7) : tsName;
      full = `${file.namespace}.${bare.charAt(0).toLowerCase()}${bare.slice(1)}`;
      fullNames.set(key, full);
    }
    return full;
  };
  for (const d of interfaces.values()) fullNameOf(d.key, d.file, d.raw.name);
  for (const e of enums.values()) fullNameOf(e.key, e.file, e.name);
  const byFullNameLower = new Map([...fullNames.values()].map((f) => [f.toLowerCase(), f]));
  const discriminators = {};
  for (const { oracle } of files) {
    for (const d of oracle?.discriminators ?? []) {
      const key = keyOf(d.target.dir, d.target.name);
      if (!interfaces.has(key) || discriminators[d.value]) continue;
      discriminators[d.value] = byFullNameLower.get(d.value.slice(1).toLowerCase()) ?? fullNames.get(key);
    }
  }
  const baseOf = /* @__PURE__ */ new Map();
  for (const d of interfaces.values()) {
    const bases = d.raw.heritage.map((h) => resolveName(d.file.dir, h)).filter((r) => r.kind === "interface");
    baseOf.set(d.key, bases[0]?.kind === "interface" ? bases[0].key : null);
  }
  const chainHas = (key, predicate) => {
    const seen = /* @__PURE__ */ new Set();
    for (let k = key; k && !seen.has(k); k = baseOf.get(k)) {
      seen.add(k);
      if (predicate(k)) return true;
    }
    return false;
  };
  const discriminated = new Set(Object.values(discriminators));
  const isWrapper = (key) => !discriminated.has(fullNames.get(key)) && chainHas(key, (k) => interfaces.get(k).file.dir === "" && KIOTA_WRAPPERS.has(interfaces.get(k).raw.name));
  const entityKey = keyOf("", "Entity");
  let unmappedTypes = 0;
  let wireNameFallbacks = 0;
  const enumUse = /* @__PURE__ */ new Map();
  const toTypeRef = (dir, t, property, inArray = false) => {
    switch (t.kind) {
      case "keyword":
        if (t.keyword === "unknown") return { primitive: "untyped", isCollection: inArray };
        return { primitive: t.keyword === "number" ? "int32" : t.keyword, isCollection: inArray };
      case "array":
        if (inArray) break;
        return toTypeRef(dir, t.element, property, true);
      case "ref": {
        const r = resolveName(dir, t.name);
        if (r.kind === "primitive") return { primitive: r.primitive, isCollection: inArray };
        if (r.kind === "interface") return { name: fullNames.get(r.key), isCollection: inArray };
        if (r.kind === "enum") {
          const full = fullNames.get(r.key);
          const use = enumUse.get(full) ?? { scalar: 0, arrayProperties: [] };
          if (inArray) use.arrayProperties.push(property);
          else use.scalar++;
          enumUse.set(full, use);
          return { name: full, isCollection: inArray };
        }
        break;
      }
      case "other":
        break;
    }
    unmappedTypes++;
    return { primitive: "untyped", isCollection: inArray };
  };
  const types = {};
  let skippedWrappers = 0;
  let nameCollisions = 0;
  let propertyCount = 0;
  const propertyLists = [];
  for (const { file, oracle } of files) {
    for (const raw of byDir.get(file.dir).raw.interfaces) {
      const key = keyOf(file.dir, raw.name);
      if (isWrapper(key)) {
        skippedWrappers++;
        continue;
      }
      const fullName = fullNames.get(key);
      if (types[fullName]) {
        nameCollisions++;
        continue;
      }
      const wire = wireNames(oracle?.properties.get(raw.name));
      const properties = [];
      for (const p of raw.properties) {
        if (BOOKKEEPING.has(p.name)) continue;
        let name = wire.get(p.name);
        if (name === void 0) {
          wireNameFallbacks++;
          name = p.name.endsWith("Escaped") && p.name.length > 7 ? p.name.slice(0, -7) : p.name;
        }
        properties.push({ name, type: toTypeRef(file.dir, p.type, name) });
      }
      propertyCount += properties.length;
      propertyLists.push(properties);
      const base = baseOf.get(key) ?? null;
      const def = {
        kind: chainHas(key, (k) => k === entityKey) ? "entity" : "complex",
        fullName,
        namespace: namespaceOf4(fullName),
        name: shortNameOf2(fullName),
        baseType: base ? fullNames.get(base) : null,
        isAbstract: false,
        isOpen: false,
        hasStream: false,
        properties,
        navigationProperties: []
      };
      types[fullName] = def;
    }
  }
  let flagsEnums = 0;
  for (const e of enums.values()) {
    const fullName = fullNames.get(e.key);
    if (types[fullName]) {
      nameCollisions++;
      continue;
    }
    const isFlags = isFlagsCandidate(
      fullName,
      e.members.map(([, v]) => v),
      enumUse.get(fullName)
    );
    if (isFlags) flagsEnums++;
    const def = {
      kind: "enum",
      fullName,
      namespace: namespaceOf4(fullName),
      name: shortNameOf2(fullName),
      isFlags,
      members: positionalMembers(
        e.members.map(([, v]) => v),
        isFlags
      )
    };
    types[fullName] = def;
  }
  if (flagsEnums > 0) {
    for (const properties of propertyLists) {
      properties.forEach((p, i) => {
        const target = p.type.name ? types[p.type.name] : void 0;
        if (target?.kind === "enum" && target.isFlags && p.type.isCollection) {
          properties[i] = { name: p.name, type: { name: p.type.name, isCollection: false } };
        }
      });
    }
  }
  const structured = Object.values(types).filter((t) => t.kind !== "enum");
  const stats = {
    files: files.length,
    structured: structured.length,
    entities: structured.filter((t) => t.kind === "entity").length,
    enums: enums.size,
    flagsEnums,
    properties: propertyCount,
    discriminators: Object.keys(discriminators).length,
    wireNameFallbacks,
    unmappedTypes,
    skippedWrappers,
    nameCollisions
  };
  lastStats2 = stats;
  assertSane(stats, describe3, pkg.root, types);
  return {
    version,
    sources: [{ kind: "typings", description: describe3, fingerprint: pkg.version }],
    types,
    operations: [],
    container: null,
    discriminators
  };
}
function isFlagsCandidate(fullName, members, use) {
  if (!use || use.arrayProperties.length === 0 || use.scalar > 0) return false;
  if (/^none$/i.test(members[0] ?? "")) return true;
  if (isPlural(fullName.slice(fullName.lastIndexOf(".") + 1))) return true;
  return use.arrayProperties.every((p) => !isPlural(p));
}
function isPlural(name) {
  return /[^su]s$/.test(name);
}
function positionalMembers(values, isFlags) {
  if (!isFlags) return values.map((name, i) => ({ name, value: i }));
  let bit = 1;
  return values.map((name, i) => {
    if (i === 0 && /^none$/i.test(name)) return { name, value: 0 };
    const value = bit;
    bit *= 2;
    return { name, value };
  });
}
function wireNames(list) {
  const map = /* @__PURE__ */ new Map();
  for (const w of list ?? []) if (w.reader !== null) map.set(w.prop, w.wire);
  return map;
}
function namespaceOf4(fullName) {
  return fullName.slice(0, fullName.lastIndexOf("."));
}
function shortNameOf2(fullName) {
  return fullName.slice(fullName.lastIndexOf(".") + 1);
}
function assertSane(stats, describe3, root, types) {
  const problems = [];
  if (stats.structured < MINIMUM.structured)
    problems.push(`${stats.structured} structured types (< ${MINIMUM.structured})`);
  if (stats.entities < MINIMUM.entities) problems.push(`${stats.entities} entity types (< ${MINIMUM.entities})`);
  if (stats.enums < MINIMUM.enums) problems.push(`${stats.enums} enum types (< ${MINIMUM.enums})`);
  if (stats.properties < MINIMUM.properties) problems.push(`${stats.properties} properties (< ${MINIMUM.properties})`);
  if (!types["microsoft.graph.entity"]) problems.push("no microsoft.graph.entity");
  if (stats.unmappedTypes > stats.properties * 0.01) problems.push(`${stats.unmappedTypes} unmapped property types`);
  if (stats.nameCollisions > 10) problems.push(`${stats.nameCollisions} declarations mapped to the same full names`);
  if (problems.length > 0) {
    throw new MetadataConfigError(
      `${describe3} at ${root} has an unexpected layout: ${problems.join(", ")}; expected Kiota model interfaces and enum objects in models/**/index.d.ts`
    );
  }
}
function loadTs() {
  const requireFromHere = createRequire2(import.meta.url);
  return requireFromHere("ts-morph").ts;
}
var TYPINGS_FORMAT_VERSION, MINIMUM, BOOKKEEPING, KIOTA_WRAPPERS, KIOTA_ABSTRACTIONS3, PRIMITIVE_REFS, lastStats2;
var init_build = __esm({
  "src/metadata/typings/build.ts"() {
    "use strict";
    init_errors();
    init_dts_reader();
    init_js_oracle();
    init_package();
    TYPINGS_FORMAT_VERSION = 1;
    MINIMUM = { structured: 1e3, entities: 300, enums: 100, properties: 8e3 };
    BOOKKEEPING = /* @__PURE__ */ new Set(["additionalData", "backingStoreEnabled", "odataType"]);
    KIOTA_WRAPPERS = /* @__PURE__ */ new Set(["BaseCollectionPaginationCountResponse", "BaseDeltaFunctionResponse"]);
    KIOTA_ABSTRACTIONS3 = "@microsoft/kiota-abstractions";
    PRIMITIVE_REFS = {
      Date: "dateTimeOffset",
      DateOnly: "date",
      TimeOnly: "timeOfDay",
      Duration: "duration",
      Guid: "guid",
      ArrayBuffer: "binary",
      UntypedNode: "untyped"
    };
  }
});

// src/metadata/typings/load.ts
var load_exports = {};
__export(load_exports, {
  TYPINGS_FORMAT_VERSION: () => TYPINGS_FORMAT_VERSION,
  loadTypingsSchema: () => loadTypingsSchema
});
async function loadTypingsSchema(version, options = {}) {
  const sdkPackage = inspectSdkPackage(version, options.packageRoot);
  const key = {
    namespace: "typings",
    fingerprint: `typings-format-${TYPINGS_FORMAT_VERSION}|${version}|${sdkPackage.name}@${sdkPackage.version}`
  };
  const cacheOptions = {
    ...options.dir !== void 0 ? { dir: options.dir } : {},
    ...options.notice !== void 0 ? { notice: options.notice } : {}
  };
  try {
    const { value: value2 } = loadCached(
      key,
      () => {
        throw CACHE_MISS;
      },
      { ...cacheOptions, notice: () => {
      } }
    );
    return { schema: value2, cacheHit: true };
  } catch (error) {
    if (error !== CACHE_MISS) throw error;
  }
  const ts = await importTs();
  const { value, hit } = loadCached(key, () => buildSchemaFromTypings(version, { ts, sdkPackage }), cacheOptions);
  return { schema: value, cacheHit: hit };
}
async function importTs() {
  const mod = await import("ts-morph");
  const ts = mod.ts ?? mod.default?.ts;
  if (!ts) throw new Error("ts-morph does not export the TypeScript compiler API (`ts`)");
  return ts;
}
var CACHE_MISS;
var init_load = __esm({
  "src/metadata/typings/load.ts"() {
    "use strict";
    init_cache();
    init_build();
    init_package();
    init_build();
    CACHE_MISS = /* @__PURE__ */ Symbol("typings-cache-miss");
  }
});

// src/pipeline/run.ts
import { readFileSync as readFileSync6 } from "node:fs";

// src/ast/literal-validation.ts
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,7})?)?$/;
var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,7})?)?([Zz]|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;
var DURATION = /^-?P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?!$)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
var GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
var BASE64 = /^(?:[A-Za-z0-9+/_-]{4})*(?:[A-Za-z0-9+/_-]{2}(?:==)?|[A-Za-z0-9+/_-]{3}=?)?$/;
function validDay(y, m, d) {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}
function isValidPrimitiveText(kind, text) {
  switch (kind) {
    case "date": {
      const m = DATE.exec(text);
      return m !== null && validDay(m[1], m[2], m[3]);
    }
    case "timeOfDay":
      return TIME.test(text);
    case "dateTimeOffset": {
      const m = DATE_TIME.exec(text);
      return m !== null && validDay(m[1], m[2], m[3]);
    }
    case "duration":
      return DURATION.test(text) && !text.endsWith("T");
    case "guid":
      return GUID.test(text);
    case "binary":
      return BASE64.test(text);
    default:
      return true;
  }
}

// src/ast/body.ts
var ODATA_TYPE = "@odata.type";
var STRING = { primitive: "string", isCollection: false };
function typeEntityBody(root, typeName2, ctx) {
  if (root.type !== "object") {
    warn(ctx, "W_VALUE_TYPE_MISMATCH", `the body is a JSON ${root.type}, but ${typeName2} is an object; it is kept as untyped JSON`, root);
    return toUntyped(root, ctx);
  }
  return typeObject(root, typeName2, ctx);
}
function typeParameterBody(root, parameters, ctx, what) {
  if (root.type !== "object") {
    warn(ctx, "W_VALUE_TYPE_MISMATCH", `the body of ${what} is a JSON ${root.type}, not an object; it is kept as untyped JSON`, root);
    return toUntyped(root, ctx);
  }
  const lookup = (name) => parameters?.find((p) => p.name.toLowerCase() === name.toLowerCase())?.type;
  return buildObject(root, null, null, lookup, ctx, what, parameters !== null);
}
function typeObject(node, declaredTypeName, ctx) {
  const typeName2 = resolveDerivedType(node, declaredTypeName, ctx);
  const lookup = (name) => {
    if (name === ODATA_TYPE) return STRING;
    if (isAnnotation(name)) return void 0;
    return ctx.schema.property(typeName2, name)?.type;
  };
  return buildObject(node, typeName2, declaredTypeName, lookup, ctx, typeName2, true);
}
function buildObject(node, typeName2, declaredTypeName, lookup, ctx, owner, warnUnknown) {
  const properties = [];
  const additionalData = [];
  for (const member2 of lastOccurrences(node)) {
    const keyNode = member2.children[0];
    const valueNode = member2.children[1];
    const key = String(keyNode.value);
    if (!valueNode) continue;
    const type = lookup(key);
    if (!type) {
      if (warnUnknown && !isAnnotation(key)) {
        warn(ctx, "W_PROPERTY_UNKNOWN", `'${key}' is not a property of ${owner}; it is sent as additional data`, keyNode);
      }
      additionalData.push({ key, value: toUntyped(valueNode, ctx) });
      continue;
    }
    const typed = typeValue(valueNode, type, ctx);
    if (typed.ok) {
      properties.push({ name: key, type, value: typed.value });
    } else {
      warn(ctx, typed.code, `${typed.message}; '${key}' is sent as additional data, as written`, typed.at);
      additionalData.push({ key, value: toUntyped(valueNode, ctx) });
    }
  }
  return { kind: "object", typeName: typeName2, declaredTypeName, properties, additionalData };
}
function lastOccurrences(node) {
  const members = node.children ?? [];
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (let i = members.length - 1; i >= 0; i--) {
    const key = String(members[i].children?.[0]?.value);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(members[i]);
  }
  return out.reverse();
}
function isAnnotation(key) {
  return key.includes("@");
}
function resolveDerivedType(node, declared, ctx) {
  const member2 = (node.children ?? []).find((m) => m.children?.[0]?.value === ODATA_TYPE);
  const valueNode = member2?.children?.[1];
  if (!valueNode || valueNode.type !== "string") return declared;
  const reference = String(valueNode.value);
  const found = ctx.schema.findTypeByReference(reference);
  if (!found || found.kind === "enum") {
    warn(ctx, "W_TYPE_UNKNOWN", `@odata.type '${reference}' is not a type of the metadata; the object is built as ${declared}`, valueNode);
    return declared;
  }
  if (found.sdkMissing) {
    warn(ctx, "W_TYPE_UNKNOWN", `@odata.type '${reference}' is not a type of today's SDK; the object is built as ${declared}`, valueNode);
    return declared;
  }
  if (!ctx.schema.isSameOrDerived(found.fullName, declared)) {
    warn(ctx, "W_TYPE_UNKNOWN", `@odata.type '${reference}' does not derive from ${declared}; the object is built as ${declared}`, valueNode);
    return declared;
  }
  return found.fullName;
}
var INTEGER_RANGES = {
  byte: [0n, 255n],
  sbyte: [-128n, 127n],
  int16: [-32768n, 32767n],
  int32: [-2147483648n, 2147483647n],
  int64: [-9223372036854775808n, 9223372036854775807n]
};
function typeValue(node, type, ctx) {
  if (node.type === "null") return { ok: true, value: { kind: "null" } };
  if (type.isCollection) {
    if (node.type !== "array") return mismatch(node, `a JSON ${node.type} where a collection is expected`);
    const element = { ...type, isCollection: false };
    const items = [];
    for (const child of node.children ?? []) {
      const typed = typeValue(child, element, ctx);
      if (!typed.ok) return typed;
      items.push(typed.value);
    }
    return { ok: true, value: { kind: "array", elementType: element, items } };
  }
  if (type.primitive) return typePrimitive(node, type.primitive, ctx);
  const def = ctx.schema.type(type.name);
  if (!def) {
    return { ok: true, value: toUntyped(node, ctx) };
  }
  if (def.sdkMissing) {
    return { ok: false, code: "W_TYPE_UNKNOWN", message: `${def.name} is not a type of today's SDK`, at: node };
  }
  if (def.kind === "enum") {
    if (node.type !== "string") return mismatch(node, `a JSON ${node.type} where the enum ${def.name} expects a string`);
    const text = String(node.value);
    const parts = def.isFlags ? text.split(",").map((s) => s.trim()).filter((s) => s.length > 0) : [text];
    const members = [];
    for (const part of parts) {
      const member2 = def.members.find((m) => m.name.toLowerCase() === part.toLowerCase());
      if (!member2) {
        return { ok: false, code: "W_ENUM_MEMBER_UNKNOWN", message: `'${part}' is not a member of the enum ${def.name}`, at: node };
      }
      members.push(member2.name);
    }
    if (members.length === 0) return { ok: false, code: "W_ENUM_MEMBER_UNKNOWN", message: `an empty value for the enum ${def.name}`, at: node };
    return { ok: true, value: { kind: "enum", enumTypeName: def.fullName, isFlags: def.isFlags, members } };
  }
  if (node.type !== "object") return mismatch(node, `a JSON ${node.type} where ${def.name} expects an object`);
  return { ok: true, value: typeObject(node, def.fullName, ctx) };
}
function typePrimitive(node, kind, ctx) {
  switch (kind) {
    case "untyped":
    case "stream":
      return { ok: true, value: toUntyped(node, ctx) };
    case "boolean":
      return node.type === "boolean" ? { ok: true, value: { kind: "primitive", primitive: "boolean", value: String(node.value) } } : mismatch(node, `a JSON ${node.type} where a boolean is expected`);
    case "byte":
    case "sbyte":
    case "int16":
    case "int32":
    case "int64": {
      if (node.type !== "number") return mismatch(node, `a JSON ${node.type} where an ${kind} number is expected`);
      const raw = numberText(node, ctx);
      const range = INTEGER_RANGES[kind];
      if (!/^-?\d+$/.test(raw) || BigInt(raw) < range[0] || BigInt(raw) > range[1]) {
        return mismatch(node, `${raw} is not a valid ${kind}`);
      }
      return { ok: true, value: { kind: "primitive", primitive: kind, value: raw } };
    }
    case "single":
    case "double":
    case "decimal":
      return node.type === "number" ? { ok: true, value: { kind: "primitive", primitive: kind, value: numberText(node, ctx) } } : mismatch(node, `a JSON ${node.type} where a ${kind} number is expected`);
    case "string":
      return node.type === "string" ? { ok: true, value: { kind: "primitive", primitive: "string", value: String(node.value) } } : mismatch(node, `a JSON ${node.type} where a string is expected`);
    default: {
      if (node.type !== "string") return mismatch(node, `a JSON ${node.type} where a ${kind} string is expected`);
      const text = String(node.value);
      if (!isValidPrimitiveText(kind, text)) {
        return { ok: false, code: INVALID_CODES[kind] ?? "W_VALUE_TYPE_MISMATCH", message: `'${text}' is not a valid ${kind}`, at: node };
      }
      return { ok: true, value: { kind: "primitive", primitive: kind, value: text } };
    }
  }
}
var INVALID_CODES = {
  dateTimeOffset: "W_INVALID_DATE_TIME",
  date: "W_INVALID_DATE_TIME",
  timeOfDay: "W_INVALID_DATE_TIME",
  duration: "W_INVALID_DURATION",
  guid: "W_INVALID_GUID",
  binary: "W_INVALID_BINARY"
};
function mismatch(at, message) {
  return { ok: false, code: "W_VALUE_TYPE_MISMATCH", message, at };
}
function numberText(node, ctx) {
  return ctx.text.slice(node.offset, node.offset + node.length);
}
function toUntyped(node, ctx) {
  switch (node.type) {
    case "object":
      return {
        kind: "untypedObject",
        entries: lastOccurrences(node).map((m) => ({
          key: String(m.children[0].value),
          value: m.children[1] ? toUntyped(m.children[1], ctx) : { kind: "untypedNull" }
        }))
      };
    case "array":
      return { kind: "untypedArray", items: (node.children ?? []).map((c) => toUntyped(c, ctx)) };
    case "string":
      return { kind: "untypedString", value: String(node.value) };
    case "number":
      return { kind: "untypedNumber", value: ctx.text.slice(node.offset, node.offset + node.length) };
    case "boolean":
      return { kind: "untypedBoolean", value: node.value === true };
    default:
      return { kind: "untypedNull" };
  }
}
function warn(ctx, code, message, at) {
  ctx.warnings.push({ severity: "warning", code, message, location: ctx.locate(at.offset) });
}

// src/ast/inference.ts
var ROOT_EXCEPTIONS = {
  me: { kind: "singleton", typeName: "microsoft.graph.user" },
  organization: { kind: "entitySet", typeName: "microsoft.graph.organization" },
  education: { kind: "singleton", typeName: "microsoft.graph.educationRoot" },
  policies: { kind: "singleton", typeName: "microsoft.graph.policyRoot" },
  reports: { kind: "singleton", typeName: "microsoft.graph.reportRoot" },
  communications: { kind: "singleton", typeName: "microsoft.graph.cloudCommunications" },
  solutions: { kind: "singleton", typeName: "microsoft.graph.solutionsRoot" },
  identityProtection: { kind: "singleton", typeName: "microsoft.graph.identityProtectionRoot" },
  identity: { kind: "singleton", typeName: "microsoft.graph.identityContainer" },
  search: { kind: "singleton", typeName: "microsoft.graph.searchEntity" },
  auditLogs: { kind: "singleton", typeName: "microsoft.graph.auditLogRoot" },
  security: { kind: "singleton", typeName: "microsoft.graph.security" },
  drive: { kind: "singleton", typeName: "microsoft.graph.drive" },
  planner: { kind: "singleton", typeName: "microsoft.graph.planner" },
  print: { kind: "singleton", typeName: "microsoft.graph.print" },
  compliance: { kind: "singleton", typeName: "microsoft.graph.compliance" },
  external: { kind: "singleton", typeName: "microsoft.graph.externalConnectors.external" },
  connections: { kind: "entitySet", typeName: "microsoft.graph.externalConnectors.externalConnection" },
  termStore: { kind: "singleton", typeName: "microsoft.graph.termStore.store" },
  tenantRelationships: { kind: "singleton", typeName: "microsoft.graph.tenantRelationship" },
  roleManagement: { kind: "singleton", typeName: "microsoft.graph.roleManagement" },
  app: { kind: "singleton", typeName: "microsoft.graph.commsApplication" },
  storage: { kind: "singleton", typeName: "microsoft.graph.storage" },
  employeeExperience: { kind: "singleton", typeName: "microsoft.graph.employeeExperience" },
  informationProtection: { kind: "singleton", typeName: "microsoft.graph.informationProtection" },
  directory: { kind: "singleton", typeName: "microsoft.graph.directory" },
  admin: { kind: "singleton", typeName: "microsoft.graph.admin" },
  teamwork: { kind: "singleton", typeName: "microsoft.graph.teamwork" },
  agreements: { kind: "entitySet", typeName: "microsoft.graph.agreement" },
  shares: { kind: "entitySet", typeName: "microsoft.graph.sharedDriveItem" },
  places: { kind: "entitySet", typeName: "microsoft.graph.place" },
  oauth2PermissionGrants: { kind: "entitySet", typeName: "microsoft.graph.oAuth2PermissionGrant" },
  identityProviders: { kind: "entitySet", typeName: "microsoft.graph.identityProvider" },
  groupSettings: { kind: "entitySet", typeName: "microsoft.graph.groupSetting" },
  settings: { kind: "entitySet", typeName: "microsoft.graph.groupSetting" }
};
function inferRoot(name, schema) {
  const known = Object.entries(ROOT_EXCEPTIONS).find(([k]) => k.toLowerCase() === name.toLowerCase());
  if (known && schema.structured(known[1].typeName)) return known[1];
  for (const singular of singularForms(name)) {
    const t = schema.findTypeByReference(singular);
    if (t && t.kind === "entity") return { kind: "entitySet", typeName: t.fullName };
  }
  const same = schema.findTypeByReference(name);
  if (same && same.kind === "entity") return { kind: "singleton", typeName: same.fullName };
  return void 0;
}
function singularForms(name) {
  const forms = [];
  if (/ies$/i.test(name)) forms.push(name.slice(0, -3) + "y");
  if (/(sses|xes|ches|shes)$/i.test(name)) forms.push(name.slice(0, -2));
  if (/s$/i.test(name)) forms.push(name.slice(0, -1));
  return forms;
}

// src/ast/segments.ts
function splitPath(path) {
  const segments = [];
  let depth = 0;
  let quote = false;
  let colonPath = false;
  let start = 0;
  const push = (end) => {
    const text = path.slice(start, end);
    if (text.length > 0) segments.push(parseSegment(text, start));
  };
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (quote) {
      if (ch === "'") quote = false;
      continue;
    }
    if (ch === "'" && depth > 0) quote = true;
    else if (ch === "(" || ch === "{") depth++;
    else if ((ch === ")" || ch === "}") && depth > 0) depth--;
    else if (ch === ":" && depth === 0) {
      if (!colonPath && path[i + 1] === "/") colonPath = true;
      else if (colonPath && (path[i + 1] === "/" || i + 1 === path.length)) colonPath = false;
    } else if (ch === "/" && depth === 0 && !colonPath) {
      push(i);
      start = i + 1;
    }
  }
  push(path.length);
  return segments;
}
function parseSegment(text, offset) {
  const open = text.indexOf("(");
  if (open <= 0 || !text.endsWith(")") || text.startsWith("{")) {
    return { text, name: text, args: null, offset };
  }
  const inner = text.slice(open + 1, -1);
  return { text, name: text.slice(0, open), args: parseArguments(inner), offset };
}
function parseArguments(inner) {
  const parts = [];
  let quote = false;
  let depth = 0;
  let current = "";
  for (const ch of inner) {
    if (ch === "'") quote = !quote;
    if (!quote && (ch === "(" || ch === "{" || ch === "[")) depth++;
    if (!quote && (ch === ")" || ch === "}" || ch === "]")) depth--;
    if (ch === "," && !quote && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim().length > 0 || parts.length > 0) parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0).map((p) => {
    const eq = findTopLevelEquals(p);
    if (eq < 0) return { name: null, value: unquote(p) };
    return { name: p.slice(0, eq).trim(), value: unquote(p.slice(eq + 1).trim()) };
  });
}
function findTopLevelEquals(text) {
  let quote = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quote = !quote;
    else if (!quote && ch === "{") depth++;
    else if (!quote && ch === "}") depth--;
    else if (!quote && depth === 0 && ch === "=") return i;
  }
  return -1;
}
function unquote(value) {
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
    return value.slice(1, -1).replace(/''/g, "'");
  }
  return value;
}
function isPlaceholder(value) {
  return /^\{[^{}]*\}$/.test(value) || /^<[^<>]*>$/.test(value);
}

// src/ast/path.ts
var MICROSOFT_GRAPH = /^(microsoft\.graph\.|graph\.)/i;
function resolvePath(path, ctx) {
  const raw = splitPath(path);
  const segments = [];
  const notes = [];
  let inferred = false;
  let current = null;
  if (raw.length === 0) {
    return { ok: false, segments, failedAt: { text: path, name: path, args: null, offset: 0 }, message: "the URL has no path" };
  }
  for (let i = 0; i < raw.length; i++) {
    const seg = raw[i];
    const isLast = i === raw.length - 1;
    const resolved = i === 0 ? resolveRoot(seg, ctx) : resolveNext(seg, current, ctx, isLast);
    if (!resolved) {
      return {
        ok: false,
        segments,
        failedAt: seg,
        message: i === 0 ? `'${seg.name}' is not an entity set, singleton or operation of the ${ctx.schema.version} metadata` : `'${seg.text}' is not a navigation property, property, key, cast or operation of ${describe(current)}`
      };
    }
    if (resolved.inferred) {
      inferred = true;
      notes.push(resolved.inferred);
    }
    segments.push(...resolved.segments);
    current = resolved.segments[resolved.segments.length - 1].target;
    if (!current && !isLast) {
      const nextSeg = raw[i + 1];
      return { ok: false, segments, failedAt: nextSeg, message: `'${seg.text}' addresses a value with no type, so '${nextSeg.text}' cannot follow it` };
    }
  }
  return { ok: true, segments, inferred, notes };
}
function describe(t) {
  if (!t) return "an untyped value";
  const inner = t.name ?? `Edm.${t.primitive}`;
  return t.isCollection ? `a collection of ${inner}` : inner;
}
function single(name) {
  return { name, isCollection: false };
}
function resolveRoot(seg, ctx) {
  const { schema } = ctx;
  const set = schema.entitySet(seg.name);
  if (set) {
    const target = { name: set.entityType, isCollection: true };
    const first = { kind: "entitySet", raw: seg.name, name: set.name, target };
    return withParenthesisedKey(first, seg, ctx);
  }
  const singleton = schema.singleton(seg.name);
  if (singleton) {
    return { segments: [{ kind: "singleton", raw: seg.text, name: singleton.name, target: single(singleton.type) }] };
  }
  const op = schema.unboundOperation(seg.name);
  if (op) return { segments: [operationSegment(seg, op)] };
  if (!schema.hasContainer) {
    const guess = inferRoot(seg.name, schema);
    if (guess) {
      const first = guess.kind === "entitySet" ? { kind: "entitySet", raw: seg.name, name: seg.name, target: { name: guess.typeName, isCollection: true } } : { kind: "singleton", raw: seg.text, name: seg.name, target: single(guess.typeName) };
      const step = guess.kind === "entitySet" ? withParenthesisedKey(first, seg, ctx) : { segments: [first] };
      return step && { ...step, inferred: `root '${seg.name}' inferred as ${guess.kind} of ${guess.typeName}` };
    }
  }
  return void 0;
}
function withParenthesisedKey(first, seg, ctx) {
  if (seg.args === null) return { segments: [first] };
  const key = keySegment(seg.args.map((a) => a.name ? `${a.name}='${a.value}'` : a.value).join(","), first.target, seg.text);
  void ctx;
  return { segments: [first, key] };
}
function keySegment(value, collection, raw) {
  const elementType = collection.name;
  const shortName2 = elementType.slice(elementType.lastIndexOf(".") + 1);
  return {
    kind: "key",
    raw,
    parameter: `${shortName2}-id`,
    value,
    isPlaceholder: isPlaceholder(value),
    target: single(elementType)
  };
}
function resolveNext(seg, current, ctx, isLast) {
  const { schema } = ctx;
  const lower = seg.name.toLowerCase();
  if (lower === "$ref") return { segments: [{ kind: "ref", raw: seg.text, target: null }] };
  if (lower === "$count") return { segments: [{ kind: "count", raw: seg.text, target: { primitive: "int32", isCollection: false } }] };
  if (lower === "$value") {
    return { segments: [{ kind: "value", raw: seg.text, target: { primitive: "stream", isCollection: false } }] };
  }
  if (current.primitive) return void 0;
  const typeName2 = current.name;
  if (current.isCollection) {
    const cast2 = castSegment(seg, current, ctx);
    if (cast2) return cast2;
    const op2 = isPlaceholder(seg.name) ? void 0 : schema.boundOperation(seg.name, current);
    if (op2) return { segments: [operationSegment(seg, op2)] };
    if (schema.structured(typeName2)?.kind === "complex") return void 0;
    if (!schema.hasContainer && seg.args !== null && !isPlaceholder(seg.name)) {
      return inferredOperation(seg, current, ctx, isLast);
    }
    return { segments: [keySegment(seg.text, current, seg.text)] };
  }
  if (seg.args === null || seg.args.length === 0) {
    const nav = schema.navigation(typeName2, seg.name);
    if (nav) {
      const step = { kind: "navigation", raw: seg.text, name: nav.name, containsTarget: nav.containsTarget, target: nav.type };
      return { segments: [step] };
    }
    const prop = schema.structuralProperty(typeName2, seg.name);
    if (prop) return { segments: [{ kind: "property", raw: seg.text, name: prop.name, target: prop.type }] };
  } else {
    const nav = schema.navigation(typeName2, seg.name) ?? asNavigation(schema.structuralProperty(typeName2, seg.name));
    if (nav && nav.type.isCollection && seg.args.every((a) => a.name === null)) {
      const step = { kind: "navigation", raw: seg.name, name: nav.name, containsTarget: nav.containsTarget, target: nav.type };
      return { segments: [step, keySegment(seg.args.map((a) => a.value).join(","), nav.type, seg.text)] };
    }
  }
  const cast = castSegment(seg, current, ctx);
  if (cast) return cast;
  const op = schema.boundOperation(seg.name, current);
  if (op) return { segments: [operationSegment(seg, op)] };
  if (!schema.hasContainer) return inferredOperation(seg, current, ctx, isLast);
  return void 0;
}
function asNavigation(p) {
  return p ? { name: p.name, type: p.type, containsTarget: true } : void 0;
}
function castSegment(seg, current, ctx) {
  if (seg.args !== null || !seg.name.includes(".")) return void 0;
  const t = ctx.schema.findTypeByReference(seg.name);
  if (!t || t.kind === "enum" || t.sdkMissing) return void 0;
  if (!ctx.schema.isSameOrDerived(t.fullName, current.name) && !ctx.schema.isSameOrDerived(current.name, t.fullName)) {
    return void 0;
  }
  return {
    segments: [{ kind: "cast", raw: seg.text, typeName: t.fullName, target: { name: t.fullName, isCollection: current.isCollection } }]
  };
}
function operationSegment(seg, op) {
  const args = (seg.args ?? []).filter((a) => a.name !== null).map((a) => {
    const param = op.parameters.find((p) => p.name.toLowerCase() === a.name.toLowerCase());
    return { name: param?.name ?? a.name, value: a.value, type: param?.type ?? null };
  });
  return {
    kind: op.kind,
    raw: seg.text,
    name: op.name,
    fullName: op.fullName,
    arguments: args,
    isBound: op.isBound,
    target: op.returnType
  };
}
function inferredOperation(seg, current, ctx, isLast) {
  if (!/^[A-Za-z_][\w.]*$/.test(seg.name)) return void 0;
  const name = seg.name.replace(MICROSOFT_GRAPH, "");
  const isFunction = seg.args !== null || ctx.method === "GET" && isLast;
  const args = (seg.args ?? []).filter((a) => a.name !== null).map((a) => ({ name: a.name, value: a.value, type: null }));
  const segment = {
    kind: isFunction ? "function" : "action",
    raw: seg.text,
    name,
    fullName: `microsoft.graph.${name}`,
    arguments: args,
    isBound: true,
    target: null
  };
  void current;
  return { segments: [segment], inferred: `'${seg.text}' inferred as a bound ${segment.kind}` };
}

// src/ast/sdk-paths.ts
var DRIVE_OWNER = /^\/(?:(?:me|users\/[^/]+|groups\/[^/]+|sites\/[^/]+)\/)?drive(?=\/)/i;
var DRIVES_ROOT_BY_PATH = /^(\/drives\/[^/]+)\/(root:)/i;
function remapForSdk(path) {
  if (DRIVES_ROOT_BY_PATH.test(path)) return path.replace(DRIVES_ROOT_BY_PATH, "$1/items/$2");
  const m = DRIVE_OWNER.exec(path);
  if (!m) return path;
  const rest = path.slice(m[0].length);
  if (/^\/root(?=$|[/:])/i.test(rest)) return `/drives/{drive-id}/items/root${rest.slice("/root".length)}`;
  return `/drives/{drive-id}${rest}`;
}

// src/ast/build.ts
var SDK_OWNED_HEADERS = /* @__PURE__ */ new Set(["host", "authorization", "content-type", "content-length"]);
function buildSnippetAst(request, schema) {
  const warnings = [...request.diagnostics.filter((d) => d.severity === "warning")];
  const sdkPath = remapForSdk(request.path);
  const resolution = resolvePath(sdkPath, { schema, method: request.method });
  if (!resolution.ok) {
    return {
      ok: false,
      warnings,
      error: {
        severity: "error",
        code: "E_PATH_UNRESOLVED",
        message: `cannot resolve the path ${request.path}: ${resolution.message}`,
        location: urlLocation(request, resolution.failedAt, sdkPath)
      }
    };
  }
  const segments = resolution.segments;
  if (resolution.inferred) {
    for (const note of resolution.notes) {
      warnings.push({ severity: "warning", code: "W_PATH_INFERRED", message: `${note} (no entity container for ${schema.version})`, location: request.requestLineLocation });
    }
  }
  const last = segments[segments.length - 1];
  const body = buildBody(request, segments, schema, warnings);
  if (body && "severity" in body) return { ok: false, error: body, warnings };
  const headers = request.headers.filter((h) => !SDK_OWNED_HEADERS.has(h.name.toLowerCase())).map((h) => ({ name: h.name, value: h.value }));
  const ast = {
    version: request.version,
    method: request.method,
    path: segments,
    query: request.query.map((q) => ({ name: q.name, system: q.system, value: q.value })),
    headers,
    body,
    responseType: responseType(request.method, last),
    resolution: resolution.inferred ? "inferred" : "metadata"
  };
  return { ok: true, ast, warnings };
}
function buildBody(request, segments, schema, warnings) {
  const body = request.body;
  if (!body) return null;
  const last = segments[segments.length - 1];
  if (body.kind === "raw" || last.kind === "value" || last.target?.primitive === "stream") {
    return { kind: "stream", contentType: contentType(request), length: body.text.length };
  }
  if (request.method === "GET" || request.method === "DELETE") {
    warnings.push({
      severity: "warning",
      code: "W_BODY_IGNORED",
      message: `a ${request.method} request sends no body through the SDK; the example's body is not part of the snippet`,
      location: request.locateBodyOffset(0)
    });
    return null;
  }
  const ctx = { schema, text: body.text, locate: request.locateBodyOffset, warnings };
  if (last.kind === "ref") {
    const value = typeParameterBody(body.root, [{ name: "@odata.id", type: { primitive: "string", isCollection: false }, nullable: false }], ctx, "$ref");
    return { kind: "json", bodyType: { kind: "reference", method: request.method === "PUT" ? "PUT" : "POST" }, value };
  }
  if (last.kind === "action" || last.kind === "function") {
    const op = schema.operationsNamed(last.fullName).find((o) => o.kind === last.kind);
    const parameters = op && schema.hasContainer ? op.parameters : op?.parameters ?? null;
    const value = typeParameterBody(body.root, parameters, ctx, `the ${last.kind} ${last.name}`);
    return { kind: "json", bodyType: { kind: "actionParameters", operation: last.fullName, segmentName: last.name }, value };
  }
  const target = last.target;
  if (!target?.name || !schema.structured(target.name) || schema.structured(target.name).sdkMissing) {
    const what = target?.name ? `${target.name}, which today's SDK does not have` : "a value with no known class";
    return {
      severity: "error",
      code: "E_BODY_TYPE_UNKNOWN",
      message: `the request body's type is unknown: the path addresses ${what}`,
      location: request.locateBodyOffset(0)
    };
  }
  return { kind: "json", bodyType: { kind: "type", typeName: target.name }, value: typeEntityBody(body.root, target.name, ctx) };
}
function contentType(request) {
  return request.headers.find((h) => h.name.toLowerCase() === "content-type")?.value ?? null;
}
function responseType(method, last) {
  if (method === "DELETE") return null;
  if (last.kind === "ref") return method === "GET" ? last.target : null;
  if (last.kind === "action") return last.target;
  if (method === "GET") return last.target;
  if (last.kind === "value") return null;
  if (method === "POST") {
    if (last.kind === "function") return last.target;
    return last.target?.name ? { name: last.target.name, isCollection: false } : null;
  }
  return last.target?.name ? { name: last.target.name, isCollection: false } : null;
}
function urlLocation(request, failed, path) {
  const base = request.requestLineLocation;
  const urlStart = request.method.length + 1;
  const pathStart = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?]*/.exec(request.rawUrl)?.[0].length ?? 0;
  let nth = 0;
  for (let k = path.indexOf(failed.text); k >= 0 && k < failed.offset; k = path.indexOf(failed.text, k + 1)) nth++;
  let at = request.rawUrl.indexOf(failed.text, pathStart);
  for (; nth > 0 && at >= 0; nth--) at = request.rawUrl.indexOf(failed.text, at + 1);
  if (at < 0) at = request.rawUrl.indexOf(failed.text, pathStart);
  return { ...base, column: base.column + urlStart + Math.max(0, at) };
}

// src/docs/extract.ts
import { parse as parseJsonc } from "jsonc-parser";

// src/docs/jsonc-error.ts
import { printParseErrorCode } from "jsonc-parser";
function describeJsoncError(error, text) {
  const words = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  if (error.offset >= text.length) return `${words}: unexpected end of input`;
  let k = error.offset;
  while (k < text.length && k - error.offset < 20 && !/\s/.test(text[k])) k++;
  const near = text.slice(error.offset, Math.max(k, error.offset + 1));
  const shown = /^[\s\u200b-\u200f\ufeff]$/.test(near) ? `U+${near.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : `'${near}'`;
  return `${words} at ${shown}`;
}

// src/docs/extract.ts
function extractRequestExamples(file, text) {
  const t = normaliseNewlines(text);
  const len = t.length;
  const examples = [];
  let pending = null;
  const finishWithoutFence = (p) => {
    examples.push(
      makeExample(p, {
        content: "",
        contentLine: p.line,
        contentIndent: 0,
        lineIndents: null,
        extra: [
          {
            severity: "error",
            code: "E_NO_FENCE",
            message: `request annotation "${p.name}" is not followed by a fenced code block`,
            location: { file, line: p.line, column: p.column }
          }
        ]
      })
    );
  };
  let pos = 0;
  let lineNo = 1;
  while (pos <= len) {
    const nl = t.indexOf("\n", pos);
    const lineEnd = nl < 0 ? len : nl;
    const first = skipBlanks(t, pos, lineEnd);
    const indent2 = first - pos;
    const ch = first < lineEnd ? t.charCodeAt(first) : -1;
    if (ch === LT && t.startsWith("<!--", first)) {
      const bodyStart = first + 4;
      const close = t.indexOf("-->", bodyStart);
      const commentEnd = close < 0 ? len : close;
      const commentText = t.slice(bodyStart, commentEnd);
      const startLine = lineNo;
      const afterNl = t.indexOf("\n", commentEnd);
      lineNo += countNewlines(commentText) + 1;
      pos = afterNl < 0 ? len + 1 : afterNl + 1;
      if (!commentText.includes("blockType")) continue;
      const ann = readAnnotation(file, commentText, startLine, indent2 + 5);
      if (pending) finishWithoutFence(pending);
      pending = null;
      if (!ann.isRequest) continue;
      const index = examples.length;
      pending = {
        file,
        index,
        line: startLine,
        column: indent2 + 1,
        annotation: ann.annotation,
        name: ann.name ?? `${fileBaseName(file)}-request-${index + 1}`,
        nameWasGenerated: ann.name === null,
        diagnostics: ann.diagnostics
      };
      continue;
    }
    if (ch === BACKTICK || ch === TILDE) {
      const fenceLength = openingFence(t, first, lineEnd, ch);
      if (fenceLength > 0) {
        const openLine = lineNo;
        const contentLines = [];
        let lineIndents = null;
        let closed = false;
        let p = nl < 0 ? len + 1 : nl + 1;
        lineNo++;
        while (p <= len) {
          const n2 = t.indexOf("\n", p);
          const end = n2 < 0 ? len : n2;
          const f2 = skipBlanks(t, p, end);
          if (f2 < end && t.charCodeAt(f2) === ch && isClosingFence(t, f2, end, ch, fenceLength)) {
            closed = true;
            pos = n2 < 0 ? len + 1 : n2 + 1;
            lineNo++;
            break;
          }
          if (pending) {
            const removed = Math.min(indent2, f2 - p);
            if (removed !== indent2) {
              lineIndents ??= new Array(contentLines.length).fill(indent2);
            }
            lineIndents?.push(removed);
            contentLines.push(t.slice(p + removed, end));
          }
          p = n2 < 0 ? len + 1 : n2 + 1;
          lineNo++;
        }
        if (!closed) pos = len + 1;
        if (pending) {
          const extra = closed ? [] : [
            {
              severity: "error",
              code: "E_UNTERMINATED_FENCE",
              message: "fenced code block is not closed before the end of the file",
              location: { file, line: openLine, column: indent2 + 1 }
            }
          ];
          examples.push(
            makeExample(pending, {
              content: contentLines.join("\n"),
              contentLine: openLine + 1,
              contentIndent: indent2,
              lineIndents,
              extra
            })
          );
          pending = null;
        }
        continue;
      }
    }
    pos = nl < 0 ? len + 1 : nl + 1;
    lineNo++;
  }
  if (pending) finishWithoutFence(pending);
  return examples;
}
function makeExample(p, c) {
  const example = {
    file: p.file,
    name: p.name,
    nameWasGenerated: p.nameWasGenerated,
    index: p.index,
    annotation: p.annotation,
    line: p.line,
    content: c.content,
    contentLine: c.contentLine,
    contentIndent: c.contentIndent,
    diagnostics: [...p.diagnostics, ...c.extra]
  };
  return c.lineIndents ? { ...example, contentLineIndents: c.lineIndents } : example;
}
var LT = 60;
var BACKTICK = 96;
var TILDE = 126;
function normaliseNewlines(text) {
  const t = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  return t.includes("\r") ? t.replace(/\r\n?/g, "\n") : t;
}
function skipBlanks(t, from, end) {
  let k = from;
  while (k < end) {
    const c = t.charCodeAt(k);
    if (c !== 32 && c !== 9) break;
    k++;
  }
  return k;
}
function countNewlines(s) {
  let c = 0;
  for (let k = s.indexOf("\n"); k >= 0; k = s.indexOf("\n", k + 1)) c++;
  return c;
}
function openingFence(t, at, end, ch) {
  let k = at;
  while (k < end && t.charCodeAt(k) === ch) k++;
  const length = k - at;
  if (length < 3) return 0;
  if (ch === BACKTICK) {
    const tick = t.indexOf("`", k);
    if (tick >= 0 && tick < end) return 0;
  }
  return length;
}
function isClosingFence(t, at, end, ch, min) {
  let k = at;
  while (k < end && t.charCodeAt(k) === ch) k++;
  return k - at >= min && skipBlanks(t, k, end) === end;
}
function fileBaseName(file) {
  const base = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}
var BLOCK_TYPE_RE = /"blockType"\s*:\s*"([^"\\]*)"/;
var NAME_RE = /"name"\s*:\s*"([^"\\]*(?:\\.[^"\\]*)*)"/;
function readAnnotation(file, json, line, column) {
  const errors = [];
  const parsed = parseJsonc(json, errors, {
    allowTrailingComma: true,
    disallowComments: false
  });
  const obj = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
  let blockType = typeof obj.blockType === "string" ? obj.blockType : null;
  let name = typeof obj.name === "string" && obj.name.trim() !== "" ? obj.name.trim() : null;
  if (errors.length === 0) {
    const isRequest = blockType?.trim().toLowerCase() === "request";
    const diagnostics2 = [];
    if (isRequest && obj.name !== void 0 && name === null) {
      diagnostics2.push({
        severity: "warning",
        code: "W_ANNOTATION_JSON",
        message: 'annotation "name" is not a non-empty string; a name is generated',
        location: { file, line, column }
      });
    }
    return { isRequest, annotation: obj, name, diagnostics: diagnostics2 };
  }
  blockType ??= BLOCK_TYPE_RE.exec(json)?.[1] ?? null;
  if (blockType?.trim().toLowerCase() !== "request") {
    return { isRequest: false, annotation: obj, name: null, diagnostics: [] };
  }
  if (name === null) {
    const m = NAME_RE.exec(json);
    if (m && m[1].trim() !== "") {
      try {
        name = JSON.parse(`"${m[1]}"`).trim();
      } catch {
        name = m[1].trim();
      }
    }
  }
  const first = errors[0];
  const where = offsetLocation(file, json, first.offset, line, column);
  const what = describeJsoncError(first, json);
  const diagnostics = name !== null ? [
    {
      severity: "warning",
      code: "W_ANNOTATION_JSON",
      message: `annotation JSON is invalid (${what}); blockType and name read anyway`,
      location: where
    }
  ] : [
    {
      severity: "error",
      code: "E_ANNOTATION_JSON",
      message: `annotation JSON is invalid (${what}) and the example name cannot be read`,
      location: where
    }
  ];
  return {
    isRequest: true,
    annotation: { ...obj, blockType: "request", ...name !== null ? { name } : {} },
    name,
    diagnostics
  };
}
function offsetLocation(file, s, offset, line, column) {
  let l = line;
  let lineStart = 0;
  const end = Math.min(offset, s.length);
  for (let k = 0; k < end; k++) {
    if (s.charCodeAt(k) === 10) {
      l++;
      lineStart = k + 1;
    }
  }
  return { file, line: l, column: (l === line ? column : 1) + (end - lineStart) };
}

// src/emit/common/handlebars-env.ts
init_paths();
import Handlebars from "handlebars";
import { readdirSync, readFileSync } from "node:fs";
import { join as join2 } from "node:path";
var COMPILE_OPTIONS = {
  noEscape: true,
  strict: true,
  knownHelpersOnly: true,
  preventIndent: true,
  knownHelpers: { eq: true }
};
function compileLanguageTemplates(language) {
  const env = Handlebars.create();
  env.registerHelper("eq", (a, b) => a === b);
  const dir = join2(templatesRoot(), language);
  const partialsDir = join2(dir, "partials");
  for (const file of readdirSync(partialsDir).sort()) {
    if (!file.endsWith(".hbs")) continue;
    const source = readFileSync(join2(partialsDir, file), "utf8");
    env.registerPartial(file.slice(0, -".hbs".length), env.compile(source, COMPILE_OPTIONS));
  }
  const root = env.compile(readFileSync(join2(dir, "snippet.hbs"), "utf8"), COMPILE_OPTIONS);
  return {
    render: (view) => root(view, { allowProtoPropertiesByDefault: false })
  };
}

// src/emit/common/naming.ts
var SYMBOLS = new Set(Array.from(" !#$%&'()*,./:;<=>?@[]\\^`\u2019{}|~-"));
var DIGIT_WORDS = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"];
function cleanupSymbolName(name) {
  let text = name.replace(/^_+/, "").replace(/\+/g, "_plus_");
  let out = "";
  let upperNext = false;
  for (const ch of text) {
    if (SYMBOLS.has(ch)) {
      upperNext = true;
      continue;
    }
    out += upperNext ? ch.toUpperCase() : ch;
    upperNext = false;
  }
  text = out;
  const lead = /^\d+/.exec(text);
  if (lead) {
    text = Array.from(lead[0], (d) => DIGIT_WORDS[Number(d)]).join("") + text.slice(lead[0].length);
  }
  return text;
}
function upperFirst(s) {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}
function lowerFirst(s) {
  return s.length === 0 ? s : s[0].toLowerCase() + s.slice(1);
}
function joinUnderscores(s, first) {
  const parts = s.split("_").filter((p) => p.length > 0);
  return parts.map((p, i) => i === 0 ? first(p) : upperFirst(p)).join("");
}
function pascalCase(name) {
  return joinUnderscores(cleanupSymbolName(name), upperFirst);
}
function camelCase(name) {
  return joinUnderscores(cleanupSymbolName(name), lowerFirst);
}
function snakeCase(name) {
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === "-") {
      out += "_";
      continue;
    }
    const isUpper = ch >= "A" && ch <= "Z";
    if (isUpper && i > 0 && out.length > 0 && !out.endsWith("_")) out += "_";
    out += ch.toLowerCase();
  }
  return out;
}
function snakeMemberName(name) {
  return snakeCase(lowerFirst(cleanupSymbolName(name)));
}

// src/emit/common/request-builders.ts
var HTTP_VERBS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "options", "trace", "connect"]);
function plainName(raw) {
  return lowerFirst(cleanupSymbolName(raw));
}
function memberName(raw) {
  const name = plainName(raw);
  return HTTP_VERBS.has(name.toLowerCase()) ? `${name}Path` : name;
}
function propertyStep(raw, segment) {
  const plain = plainName(raw);
  return { kind: "property", name: memberName(raw), namespacePart: plain, className: upperFirst(plain), segment };
}
function castMemberName(typeName2) {
  const parts = typeName2.replace(/^microsoft\.graph\./, "").split(".");
  return "graph" + parts.map((p) => upperFirst(cleanupSymbolName(p))).join("");
}
function itemClassName(parameter) {
  const entity = parameter.replace(/-?id$/i, "").replace(/\d+$/, "");
  return `${upperFirst(cleanupSymbolName(entity))}Item`;
}
var INTEGER_KINDS = /* @__PURE__ */ new Set(["int16", "int32", "int64", "byte", "sbyte"]);
function requestBuilderSteps(path) {
  const steps = [];
  for (const segment of path) {
    switch (segment.kind) {
      case "entitySet":
      case "singleton":
      case "navigation":
      case "property": {
        steps.push(propertyStep(segment.name, segment));
        break;
      }
      case "raw": {
        steps.push(propertyStep(segment.raw, segment));
        break;
      }
      case "key":
        steps.push({
          kind: "indexer",
          parameter: segment.parameter,
          methodName: `by${upperFirst(cleanupSymbolName(segment.parameter))}`,
          namespacePart: "item",
          className: itemClassName(segment.parameter),
          segment
        });
        break;
      case "cast": {
        const name = castMemberName(segment.typeName);
        steps.push({ kind: "property", name, namespacePart: name, className: upperFirst(name), segment });
        break;
      }
      case "action":
      case "function": {
        if (segment.kind === "function" && segment.arguments.length > 0) {
          const base = plainName(segment.name);
          const name = base + segment.arguments.map((a) => `With${upperFirst(cleanupSymbolName(a.name))}`).join("");
          const args = [...segment.arguments].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase())).map((a) => ({
            name: a.name,
            placeholder: `{${a.name}}`,
            isInteger: a.type?.primitive !== void 0 && INTEGER_KINDS.has(a.type.primitive)
          }));
          steps.push({ kind: "method", name, namespacePart: name, className: upperFirst(name), args, segment });
        } else {
          steps.push(propertyStep(segment.name, segment));
        }
        break;
      }
      case "ref":
        steps.push({ kind: "property", name: "ref", namespacePart: "ref", className: "Ref", segment });
        break;
      case "value":
        steps.push({ kind: "property", name: "content", namespacePart: "value", className: "Content", segment });
        break;
      case "count":
        steps.push({ kind: "property", name: "count", namespacePart: "count", className: "Count", segment });
        break;
    }
  }
  return steps;
}

// src/emit/types.ts
var EmitError = class extends Error {
  name = "EmitError";
};

// src/emit/csharp/literals.ts
var PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
var HEX = "0123456789ABCDEF";
function unicodeEscape(code) {
  return `\\u${HEX[code >> 12 & 15]}${HEX[code >> 8 & 15]}${HEX[code >> 4 & 15]}${HEX[code & 15]}`;
}
function needsUnicodeEscape(code) {
  return code < 32 || code >= 127 && code <= 159 || code === 173 || code === 1564 || code === 6158 || code >= 8203 && code <= 8207 || code >= 8232 && code <= 8238 || code >= 8288 && code <= 8303 || code === 65279 || code >= 65529 && code <= 65531 || code === 65534 || code === 65535;
}
function csString(value) {
  if (PLAIN.test(value)) return `"${value}"`;
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    switch (code) {
      case 34:
        out += '\\"';
        continue;
      case 92:
        out += "\\\\";
        continue;
      case 10:
        out += "\\n";
        continue;
      case 13:
        out += "\\r";
        continue;
      case 9:
        out += "\\t";
        continue;
      case 0:
        out += "\\0";
        continue;
    }
    if (code >= 55296 && code <= 56319) {
      const next = i + 1 < value.length ? value.charCodeAt(i + 1) : 0;
      if (next >= 56320 && next <= 57343) {
        out += value[i] + value[i + 1];
        i++;
      } else {
        out += unicodeEscape(code);
      }
      continue;
    }
    if (code >= 56320 && code <= 57343 || needsUnicodeEscape(code)) {
      out += unicodeEscape(code);
      continue;
    }
    out += value[i];
  }
  return `${out}"`;
}
function csStringArray(items) {
  return `new string []{ ${items.map(csString).join(",")} }`;
}
var INTEGER = /^-?\d+$/;
var INT32_MIN = -2147483648n;
var INT32_MAX = 2147483647n;
var INT64_MIN = -9223372036854775808n;
var INT64_MAX = 9223372036854775807n;
var FLOAT_MAX = 34028234663852886e22;
var DECIMAL_MAX = 7922816251426434e13;
function checkedReal(token, max, what) {
  const n = Math.abs(Number(token));
  if (!Number.isFinite(n) || n > max) throw new EmitError(`${token} is outside the range of a C# ${what}`);
  return token;
}
function csNumber(token) {
  if (INTEGER.test(token)) {
    const n = BigInt(token);
    if (n >= INT32_MIN && n <= INT32_MAX) return token;
    if (n >= INT64_MIN && n <= INT64_MAX) return `${token}L`;
    return `${checkedReal(token, Number.MAX_VALUE, "double")}d`;
  }
  return checkedReal(token, Number.MAX_VALUE, "double");
}
function untypedNumber(token) {
  if (INTEGER.test(token)) {
    const n = BigInt(token);
    if (n >= INT32_MIN && n <= INT32_MAX) return { className: "UntypedInteger", literal: token };
    if (n >= INT64_MIN && n <= INT64_MAX) return { className: "UntypedLong", literal: `${token}L` };
    return { className: "UntypedDouble", literal: `${checkedReal(token, Number.MAX_VALUE, "double")}d` };
  }
  return { className: "UntypedDouble", literal: checkedReal(token, Number.MAX_VALUE, "double") };
}
function standardBase64(text) {
  const std = text.replace(/-/g, "+").replace(/_/g, "/");
  return std.length % 4 === 0 ? std : std + "=".repeat(4 - std.length % 4);
}
function csPrimitive(node) {
  const v = node.value;
  switch (node.primitive) {
    case "string":
      return csString(v);
    case "boolean":
      return v === "true" ? "true" : "false";
    case "byte":
    case "sbyte":
    case "int16":
    case "int32":
      return v;
    case "int64":
      return `${v}L`;
    case "single":
      return `${checkedReal(v, FLOAT_MAX, "float")}f`;
    case "double":
      return `${checkedReal(v, Number.MAX_VALUE, "double")}d`;
    case "decimal":
      return `${checkedReal(v, DECIMAL_MAX, "decimal")}m`;
    case "dateTimeOffset":
      return `DateTimeOffset.Parse(${csString(v)})`;
    case "date":
      return `new Date(DateTime.Parse(${csString(v)}))`;
    case "timeOfDay":
      return `new Time(DateTime.Parse(${csString(v)}))`;
    case "duration":
      return `System.Xml.XmlConvert.ToTimeSpan(${csString(v)})`;
    case "guid":
      return `Guid.Parse(${csString(v)})`;
    case "binary":
      return `Convert.FromBase64String(${csString(standardBase64(v))})`;
  }
}

// src/emit/csharp/naming.ts
var RESERVED_TYPE_NAMES = new Set(
  [
    // Kiota abstractions and the entries quoted in sdk-conventions.md §6.
    "Date",
    "Directory",
    "File",
    "Path",
    "Task",
    "Thread",
    // System namespace.
    "AccessViolationException",
    "Action",
    "Activator",
    "AggregateException",
    "AppContext",
    "AppDomain",
    "ApplicationException",
    "ApplicationId",
    "ArgIterator",
    "ArgumentException",
    "ArgumentNullException",
    "ArgumentOutOfRangeException",
    "ArithmeticException",
    "Array",
    "ArraySegment",
    "ArrayTypeMismatchException",
    "AssemblyLoadEventArgs",
    "AssemblyLoadEventHandler",
    "AsyncCallback",
    "Attribute",
    "AttributeTargets",
    "AttributeUsageAttribute",
    "BadImageFormatException",
    "Base64FormattingOptions",
    "BitConverter",
    "Boolean",
    "Buffer",
    "Byte",
    "CannotUnloadAppDomainException",
    "Char",
    "CharEnumerator",
    "CLSCompliantAttribute",
    "Comparison",
    "Console",
    "ConsoleCancelEventArgs",
    "ConsoleCancelEventHandler",
    "ConsoleColor",
    "ConsoleKey",
    "ConsoleKeyInfo",
    "ConsoleModifiers",
    "ConsoleSpecialKey",
    "ContextBoundObject",
    "ContextMarshalException",
    "ContextStaticAttribute",
    "Convert",
    "Converter",
    "DataMisalignedException",
    "DateOnly",
    "DateTime",
    "DateTimeKind",
    "DateTimeOffset",
    "DayOfWeek",
    "DBNull",
    "Decimal",
    "Delegate",
    "DivideByZeroException",
    "DllNotFoundException",
    "Double",
    "DuplicateWaitObjectException",
    "EntryPointNotFoundException",
    "Enum",
    "Environment",
    "EnvironmentVariableTarget",
    "EventArgs",
    "EventHandler",
    "Exception",
    "ExecutionEngineException",
    "FieldAccessException",
    "FileStyleUriParser",
    "FlagsAttribute",
    "FormatException",
    "FormattableString",
    "FtpStyleUriParser",
    "Func",
    "GC",
    "GCCollectionMode",
    "GCNotificationStatus",
    "GenericUriParser",
    "GenericUriParserOptions",
    "GopherStyleUriParser",
    "Guid",
    "Half",
    "HashCode",
    "HttpStyleUriParser",
    "IAsyncDisposable",
    "IAsyncResult",
    "ICloneable",
    "IComparable",
    "IConvertible",
    "ICustomFormatter",
    "IDisposable",
    "IEquatable",
    "IFormatProvider",
    "IFormattable",
    "Index",
    "IndexOutOfRangeException",
    "InsufficientExecutionStackException",
    "InsufficientMemoryException",
    "Int16",
    "Int32",
    "Int64",
    "IntPtr",
    "InvalidCastException",
    "InvalidOperationException",
    "InvalidProgramException",
    "InvalidTimeZoneException",
    "IObservable",
    "IObserver",
    "IProgress",
    "IServiceProvider",
    "Lazy",
    "LdapStyleUriParser",
    "LoaderOptimization",
    "LoaderOptimizationAttribute",
    "LocalDataStoreSlot",
    "MarshalByRefObject",
    "Math",
    "MathF",
    "MemberAccessException",
    "Memory",
    "MethodAccessException",
    "MidpointRounding",
    "MissingFieldException",
    "MissingMemberException",
    "MissingMethodException",
    "ModuleHandle",
    "MTAThreadAttribute",
    "MulticastDelegate",
    "MulticastNotSupportedException",
    "NetPipeStyleUriParser",
    "NetTcpStyleUriParser",
    "NewsStyleUriParser",
    "NonSerializedAttribute",
    "NotFiniteNumberException",
    "NotImplementedException",
    "NotSupportedException",
    "Nullable",
    "NullReferenceException",
    "Object",
    "ObjectDisposedException",
    "ObsoleteAttribute",
    "OperatingSystem",
    "OperationCanceledException",
    "OutOfMemoryException",
    "OverflowException",
    "ParamArrayAttribute",
    "PlatformID",
    "PlatformNotSupportedException",
    "Predicate",
    "Progress",
    "Random",
    "Range",
    "RankException",
    "ReadOnlyMemory",
    "ReadOnlySpan",
    "ResolveEventArgs",
    "ResolveEventHandler",
    "RuntimeArgumentHandle",
    "RuntimeFieldHandle",
    "RuntimeMethodHandle",
    "RuntimeTypeHandle",
    "SByte",
    "SerializableAttribute",
    "Single",
    "Span",
    "StackOverflowException",
    "STAThreadAttribute",
    "String",
    "StringComparer",
    "StringComparison",
    "StringSplitOptions",
    "SystemException",
    "ThreadStaticAttribute",
    "TimeOnly",
    "TimeoutException",
    "TimeSpan",
    "TimeZone",
    "TimeZoneInfo",
    "TimeZoneNotFoundException",
    "Tuple",
    "Type",
    "TypeAccessException",
    "TypeCode",
    "TypedReference",
    "TypeInitializationException",
    "TypeLoadException",
    "TypeUnloadedException",
    "UInt16",
    "UInt32",
    "UInt64",
    "UIntPtr",
    "UnauthorizedAccessException",
    "UnhandledExceptionEventArgs",
    "UnhandledExceptionEventHandler",
    "Uri",
    "UriBuilder",
    "UriComponents",
    "UriFormat",
    "UriFormatException",
    "UriHostNameType",
    "UriKind",
    "UriParser",
    "UriPartial",
    "UriTypeConverter",
    "ValueTuple",
    "ValueType",
    "Version",
    "Void",
    "WeakReference"
  ].map((n) => n.toLowerCase())
);
var IMPLICIT_USING_TYPE_NAMES = /* @__PURE__ */ new Set([
  ...[...RESERVED_TYPE_NAMES],
  // System.IO
  "binaryreader",
  "binarywriter",
  "bufferedstream",
  "directoryinfo",
  "directorynotfoundexception",
  "driveinfo",
  "drivetype",
  "endofstreamexception",
  "enumerationoptions",
  "fileaccess",
  "fileattributes",
  "fileinfo",
  "fileloadexception",
  "filemode",
  "filenotfoundexception",
  "fileoptions",
  "fileshare",
  "filestream",
  "filesysteminfo",
  "filesystemwatcher",
  "handleinheritability",
  "ioexception",
  "invaliddataexception",
  "matchcasing",
  "matchtype",
  "memorystream",
  "notifyfilters",
  "pathtoolongexception",
  "searchoption",
  "seekorigin",
  "stream",
  "streamreader",
  "streamwriter",
  "stringreader",
  "stringwriter",
  "textreader",
  "textwriter",
  "unixfilemode",
  "watcherchangetypes",
  // System.Linq
  "enumerable",
  "queryable",
  "parallelenumerable",
  // System.Net.Http
  "bytearraycontent",
  "formurlencodedcontent",
  "httpclient",
  "httpclienthandler",
  "httpcompletionoption",
  "httpcontent",
  "httpmessagehandler",
  "httpmessageinvoker",
  "httpmethod",
  "httprequestexception",
  "httprequestmessage",
  "httpresponsemessage",
  "multipartcontent",
  "multipartformdatacontent",
  "socketshttphandler",
  "streamcontent",
  "stringcontent",
  "delegatinghandler",
  "jsoncontent",
  // System.Threading
  "barrier",
  "cancellationtoken",
  "cancellationtokensource",
  "countdownevent",
  "eventwaithandle",
  "interlocked",
  "lazythreadsafetymode",
  "lock",
  "manualresetevent",
  "manualreseteventslim",
  "monitor",
  "mutex",
  "readerwriterlock",
  "readerwriterlockslim",
  "semaphore",
  "semaphoreslim",
  "spinlock",
  "spinwait",
  "synchronizationcontext",
  "threadlocal",
  "threadpool",
  "threadpriority",
  "threadstate",
  "timeout",
  "timer",
  "volatile",
  "waithandle",
  // System.Threading.Tasks
  "parallel",
  "paralleloptions",
  "taskcanceledexception",
  "taskcompletionsource",
  "taskcontinuationoptions",
  "taskcreationoptions",
  "taskfactory",
  "taskscheduler",
  "taskstatus",
  "valuetask"
]);
function rootNamespace(version) {
  return version.toLowerCase() === "beta" ? "Microsoft.Graph.Beta" : "Microsoft.Graph";
}
function baseTypeName(shortName2) {
  return upperFirst(cleanupSymbolName(shortName2));
}
var schemaNames = /* @__PURE__ */ new WeakMap();
function namesOf(schema) {
  let names = schemaNames.get(schema);
  if (names) return names;
  const all = Object.values(schema.schema.types);
  const taken = /* @__PURE__ */ new Map();
  for (const t of all) addTo(taken, t.namespace, baseTypeName(t.name).toLowerCase());
  const children = /* @__PURE__ */ new Map();
  for (const t of all) {
    const segs = modelNamespaceSegments(t.namespace);
    for (let i = 1; i < segs.length; i++) {
      const parent = segs.slice(0, i).join(".");
      const child = segs.slice(0, i + 1).join(".");
      const list = children.get(parent) ?? [];
      if (!list.includes(child)) list.push(child);
      children.set(parent, list);
    }
  }
  const types = /* @__PURE__ */ new Map();
  const byNamespace = /* @__PURE__ */ new Map();
  for (const t of all) {
    const name = escapedTypeName(t, taken.get(t.namespace));
    let relativeNamespace = modelNamespaceSegments(t.namespace).join(".");
    const home = children.get(relativeNamespace)?.find((c) => c.toLowerCase().endsWith(`.${name.toLowerCase()}`));
    if (home) relativeNamespace = home;
    const csName = { name, relativeNamespace };
    types.set(t.fullName, csName);
    addTo(byNamespace, relativeNamespace, name);
  }
  names = { types, byNamespace };
  schemaNames.set(schema, names);
  return names;
}
function escapedTypeName(t, takenInNamespace) {
  const base = baseTypeName(t.name);
  if (!RESERVED_TYPE_NAMES.has(base.toLowerCase())) return base;
  let name = `${base}Object`;
  for (let n = 1; takenInNamespace?.has(name.toLowerCase()); n++) name = `${base}Object${n}`;
  return name;
}
function modelNamespaceSegments(odataNamespace) {
  const rest = odataNamespace.replace(/^microsoft\.graph\.?/i, "");
  const segs = ["Models"];
  if (rest.length > 0) for (const part of rest.split(".")) segs.push(namespaceSegment(part));
  return segs;
}
function addTo(map, key, value) {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, /* @__PURE__ */ new Set([value]));
}
function modelName(fullName, schema) {
  const known = namesOf(schema).types.get(fullName) ?? namesOf(schema).types.get(schema.type(fullName)?.fullName ?? "");
  if (known) return known;
  const dot = fullName.lastIndexOf(".");
  const short = fullName.slice(dot + 1);
  const ns = dot > 0 ? fullName.slice(0, dot) : "microsoft.graph";
  const base = baseTypeName(short);
  const name = RESERVED_TYPE_NAMES.has(base.toLowerCase()) ? `${base}Object` : base;
  return { name, relativeNamespace: modelNamespaceSegments(ns).join(".") };
}
function modelTypesIn(relativeNamespace, schema) {
  return namesOf(schema).byNamespace.get(relativeNamespace) ?? EMPTY;
}
var EMPTY = /* @__PURE__ */ new Set();
var MODEL_MEMBERS = /* @__PURE__ */ new Set(["AdditionalData", "Serialize", "GetFieldDeserializers"]);
function propertyName(wire, declaringClass) {
  let name = pascalCase(wire);
  if (declaringClass !== void 0 && name.toLowerCase() === declaringClass.toLowerCase()) name += "Prop";
  if (MODEL_MEMBERS.has(name)) name += "Property";
  return name;
}
var propertyCache = /* @__PURE__ */ new WeakMap();
function modelPropertyName(typeFullName, wire, schema) {
  let cache = propertyCache.get(schema);
  if (!cache) {
    cache = /* @__PURE__ */ new Map();
    propertyCache.set(schema, cache);
  }
  const key = `${typeFullName}\0${wire}`;
  let name = cache.get(key);
  if (name === void 0) {
    const lower = wire.toLowerCase();
    const declaring = schema.ancestry(typeFullName).find((t) => t.properties.some((p) => p.name.toLowerCase() === lower) || t.navigationProperties.some((p) => p.name.toLowerCase() === lower));
    name = propertyName(wire, declaring ? baseTypeName(declaring.name) : void 0);
    cache.set(key, name);
  }
  return name;
}
function enumMemberName(wire) {
  return upperFirst(cleanupSymbolName(wire));
}
function queryParameterName(name) {
  return pascalCase(name);
}
function namespaceSegment(part) {
  const name = upperFirst(cleanupSymbolName(part));
  return RESERVED_TYPE_NAMES.has(name.toLowerCase()) ? `${name}Namespace` : name;
}
function builderNamespace(steps, version) {
  let ns = rootNamespace(version);
  for (const step of steps) ns += `.${namespaceSegment(step.namespacePart)}`;
  return ns;
}

// src/emit/csharp/view-model.ts
var TABS = Array.from({ length: 32 }, (_, i) => "	".repeat(i));
function tabs(depth) {
  return TABS[depth] ?? "	".repeat(depth);
}
var KIOTA_ABSTRACTIONS = "Microsoft.Kiota.Abstractions";
var KIOTA_SERIALIZATION = "Microsoft.Kiota.Abstractions.Serialization";
var NAMESPACE_TYPES = {
  root: /* @__PURE__ */ new Set([
    "GraphServiceClient",
    "BaseGraphServiceClient",
    "BaseGraphRequestAdapter",
    "BatchRequestContent",
    "BatchRequestContentCollection",
    "BatchRequestStep",
    "BatchResponseContent",
    "BatchResponseContentCollection",
    "ClientException",
    "CoreConstants",
    "ErrorConstants",
    "GraphClientFactory",
    "GraphClientOptions",
    "GraphResponse",
    "LargeFileUploadTask",
    "PageIterator",
    "ResponseHandler",
    "ServiceException"
  ]),
  [KIOTA_ABSTRACTIONS]: /* @__PURE__ */ new Set([
    "ApiException",
    "BaseRequestBuilder",
    "BaseRequestConfiguration",
    "Date",
    "DefaultQueryParameters",
    "Method",
    "MultipartBody",
    "NativeResponseHandler",
    "RequestConfiguration",
    "RequestHeaders",
    "RequestInformation",
    "Time"
  ]),
  [KIOTA_SERIALIZATION]: /* @__PURE__ */ new Set([
    "UntypedArray",
    "UntypedBoolean",
    "UntypedDecimal",
    "UntypedDouble",
    "UntypedFloat",
    "UntypedInteger",
    "UntypedLong",
    "UntypedNode",
    "UntypedNull",
    "UntypedObject",
    "UntypedString"
  ])
};
var TypeTable = class {
  constructor(schema, version) {
    this.schema = schema;
    this.version = version;
    this.fixed.add(rootNamespace(version));
  }
  schema;
  version;
  uses = [];
  fixed = /* @__PURE__ */ new Set();
  model(fullName, apply) {
    const m = modelName(fullName, this.schema);
    this.uses.push({ name: m.name, namespace: `${rootNamespace(this.version)}.${m.relativeNamespace}`, modelNamespace: m.relativeNamespace, apply });
  }
  builderType(name, namespace, apply) {
    this.uses.push({ name, namespace, modelNamespace: null, apply });
  }
  importNamespace(namespace) {
    this.fixed.add(namespace);
  }
  /** Writes every type text and returns the sorted usings. */
  finish() {
    const imported = new Set(this.fixed);
    const modelNamespaces = /* @__PURE__ */ new Set();
    for (const u of this.uses) {
      imported.add(u.namespace);
      if (u.modelNamespace !== null) modelNamespaces.add(u.modelNamespace);
    }
    const usings = new Set(this.fixed);
    for (const u of this.uses) {
      if (this.isAmbiguous(u, modelNamespaces, imported)) {
        u.apply(`${u.namespace}.${u.name}`);
      } else {
        usings.add(u.namespace);
        u.apply(u.name);
      }
    }
    return [...usings].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  }
  isAmbiguous(use, modelNamespaces, imported) {
    if (use.modelNamespace === null) return false;
    if (IMPLICIT_USING_TYPE_NAMES.has(use.name.toLowerCase())) return true;
    for (const ns of modelNamespaces) {
      if (ns !== use.modelNamespace && modelTypesIn(ns, this.schema).has(use.name)) return true;
    }
    if (NAMESPACE_TYPES.root.has(use.name)) return true;
    for (const ns of [KIOTA_ABSTRACTIONS, KIOTA_SERIALIZATION]) {
      if (imported.has(ns) && NAMESPACE_TYPES[ns].has(use.name)) return true;
    }
    return false;
  }
};
var PRIMITIVE_TYPES = {
  string: "string",
  boolean: "bool?",
  byte: "byte?",
  sbyte: "sbyte?",
  int16: "short?",
  int32: "int?",
  int64: "long?",
  single: "float?",
  double: "double?",
  decimal: "decimal?",
  dateTimeOffset: "DateTimeOffset?",
  date: "Date?",
  timeOfDay: "Time?",
  duration: "TimeSpan?",
  guid: "Guid?",
  binary: "byte[]",
  stream: "Stream",
  untyped: "UntypedNode"
};
var VERBS = { GET: "Get", POST: "Post", PATCH: "Patch", PUT: "Put", DELETE: "Delete" };
var INTEGER2 = /^-?\d+$/;
function buildCsharpView(ast, schema) {
  return new ViewBuilder(ast, schema).build();
}
var ViewBuilder = class {
  constructor(ast, schema) {
    this.ast = ast;
    this.schema = schema;
    this.types = new TypeTable(schema, ast.version);
    this.steps = requestBuilderSteps(ast.path);
  }
  ast;
  schema;
  types;
  steps;
  build() {
    const body = this.body();
    const call = this.call(body !== null);
    const usings = this.types.finish();
    return { usings, body, withUrlNote: this.usesWithUrl(), call };
  }
  // ---- request body -------------------------------------------------------------------
  body() {
    const body = this.ast.body;
    if (body === null) return this.missingBody();
    if (body.kind === "stream") return { kind: "stream", value: null };
    const root = body.value;
    if (root.kind !== "object") {
      throw new EmitError(`the request body is a JSON ${describe2(root)}; the C# SDK takes a model object here`);
    }
    switch (body.bodyType.kind) {
      case "type":
        return { kind: "object", value: this.objectValue(root, 0, root.typeName ?? body.bodyType.typeName) };
      case "actionParameters":
        return { kind: "object", value: this.objectValue(root, 0, null, this.requestBodyClass(body.bodyType.segmentName)) };
      case "reference":
        return { kind: "object", value: this.objectValue(root, 0, null, this.referenceClass(body.bodyType.method)) };
      case "unknown":
        throw new EmitError("the type of the request body is unknown, and the C# SDK only takes typed bodies");
    }
  }
  /**
   * A POST/PATCH/PUT that the SDK declares with a body, written without one in the example:
   * an empty object of the body class, so that the snippet compiles and runs (the reference
   * passes `null`, which the SDK rejects at run time with an ArgumentNullException).
   */
  missingBody() {
    const method = this.ast.method;
    if (method === "GET" || method === "DELETE") return null;
    const last = this.ast.path[this.ast.path.length - 1];
    if (!last) return null;
    const empty = (className2) => ({ kind: "object", value: this.emptyObject(className2) });
    switch (last.kind) {
      case "action": {
        const op = this.schema.operationsNamed(last.fullName).find((o) => o.kind === "action");
        return op && op.parameters.length > 0 ? empty(this.requestBodyClass(last.name)) : null;
      }
      case "ref":
        return method === "PATCH" ? null : empty(this.referenceClass(method === "PUT" ? "PUT" : "POST"));
      case "value":
        return { kind: "stream", value: null };
      case "function":
      case "count":
        return null;
      default: {
        const name = last.target?.name;
        return name && this.schema.structured(name) ? empty({ kind: "model", fullName: name }) : null;
      }
    }
  }
  /** `<Action>PostRequestBody`, in the namespace of the action's request builder. */
  requestBodyClass(segmentName) {
    let end = this.steps.length;
    while (end > 0 && !isOperation(this.steps[end - 1].segment)) end--;
    const step = end > 0 ? this.steps[end - 1] : void 0;
    const base = step ? step.className : segmentName.charAt(0).toUpperCase() + segmentName.slice(1);
    return {
      kind: "builder",
      name: `${base}PostRequestBody`,
      namespace: builderNamespace(end > 0 ? this.steps.slice(0, end) : this.steps, this.ast.version)
    };
  }
  /** Kiota's `$ref` models: `ReferenceCreate` (POST) and `ReferenceUpdate` (PUT), in Models. */
  referenceClass(method) {
    return { kind: "model", fullName: method === "PUT" ? "microsoft.graph.referenceUpdate" : "microsoft.graph.referenceCreate" };
  }
  emptyObject(className2) {
    const view = {
      kind: "object",
      className: "",
      open: `${tabs(0)}{`,
      close: `${tabs(0)}}`,
      properties: [],
      additionalDataIndent: tabs(1),
      additionalData: null
    };
    this.useClass(className2, (t) => view.className = t);
    return view;
  }
  useClass(ref, apply) {
    if (ref.kind === "model") this.types.model(ref.fullName, apply);
    else this.types.builderType(ref.name, ref.namespace, apply);
  }
  // ---- values ---------------------------------------------------------------------------
  /**
   * An object at `depth` (the indentation of the line it starts on). `typeName` is the class
   * to build; `explicitClass` names a class the schema does not know (request bodies, `$ref`).
   */
  objectValue(node, depth, typeName2, explicitClass) {
    const inner = depth + 1;
    const cls = typeName2 ?? node.typeName;
    if (!explicitClass && !cls) throw new EmitError("an object of unknown type cannot be built in C#");
    const properties = node.properties.map((p) => ({
      indent: tabs(inner),
      name: cls && !explicitClass ? modelPropertyName(cls, p.name, this.schema) : propertyName(p.name),
      value: this.value(p.value, inner)
    }));
    const view = {
      kind: "object",
      className: "",
      open: `${tabs(depth)}{`,
      close: `${tabs(depth)}}`,
      properties,
      additionalDataIndent: tabs(inner),
      additionalData: node.additionalData.length > 0 ? this.dictionary(node.additionalData, inner) : null
    };
    this.useClass(explicitClass ?? { kind: "model", fullName: cls }, (t) => view.className = t);
    return view;
  }
  value(node, depth) {
    switch (node.kind) {
      case "object":
        return this.objectValue(node, depth, node.typeName);
      case "array":
        return this.listValue(node, depth);
      case "primitive":
        if (node.primitive === "date" || node.primitive === "timeOfDay") this.types.importNamespace(KIOTA_ABSTRACTIONS);
        return { kind: "inline", text: csPrimitive(node) };
      case "enum":
        return this.enumValue(node);
      case "null":
        return { kind: "inline", text: "null" };
      default:
        return this.untyped(node, depth);
    }
  }
  listValue(node, depth) {
    const view = {
      kind: "list",
      elementType: "",
      open: `${tabs(depth)}{`,
      close: `${tabs(depth)}}`,
      items: node.items.map((item) => ({ indent: tabs(depth + 1), value: this.value(item, depth + 1) }))
    };
    this.elementType(node.elementType, (t) => view.elementType = t);
    return view;
  }
  elementType(t, apply) {
    if (!t) return apply("object");
    if (t.primitive) {
      if (t.primitive === "date" || t.primitive === "timeOfDay") this.types.importNamespace(KIOTA_ABSTRACTIONS);
      if (t.primitive === "untyped") this.types.importNamespace(KIOTA_SERIALIZATION);
      return apply(PRIMITIVE_TYPES[t.primitive]);
    }
    if (!t.name) return apply("object");
    const isEnum2 = this.schema.enumType(t.name) !== void 0;
    this.types.model(t.name, isEnum2 ? (text) => apply(`${text}?`) : apply);
  }
  /** `BodyType.Html`; flags `DaysOfWeek.Monday | DaysOfWeek.Friday`. */
  enumValue(node) {
    const view = { kind: "inline", text: "" };
    const members = node.members.map(enumMemberName);
    this.types.model(node.enumTypeName, (t) => view.text = members.map((m) => `${t}.${m}`).join(" | "));
    return view;
  }
  /** JSON without a schema at a declared `UntypedNode` property (sdk-conventions.md §6). */
  untyped(node, depth) {
    this.types.importNamespace(KIOTA_SERIALIZATION);
    switch (node.kind) {
      case "untypedString":
        return { kind: "inline", text: `new UntypedString(${csString(node.value)})` };
      case "untypedNumber": {
        const n = untypedNumber(node.value);
        return { kind: "inline", text: `new ${n.className}(${n.literal})` };
      }
      case "untypedBoolean":
        return { kind: "inline", text: `new UntypedBoolean(${node.value ? "true" : "false"})` };
      case "untypedNull":
        return { kind: "inline", text: "new UntypedNull()" };
      case "untypedArray":
        return {
          kind: "untypedArray",
          open: `${tabs(depth)}{`,
          close: `${tabs(depth)}}`,
          items: node.items.map((item) => ({ indent: tabs(depth + 1), value: this.untyped(item, depth + 1) }))
        };
      case "untypedObject":
        return {
          kind: "untypedObject",
          open: `${tabs(depth)}{`,
          close: `${tabs(depth)}}`,
          entries: node.entries.map((e) => this.entry(e.key, depth, (d) => this.untyped(e.value, d)))
        };
    }
  }
  /** `AdditionalData = new Dictionary<string, object> { ... }`, keys exactly as on the wire. */
  dictionary(entries, depth) {
    return {
      kind: "dictionary",
      open: `${tabs(depth)}{`,
      close: `${tabs(depth)}}`,
      entries: entries.map((e) => this.entry(e.key, depth, (d) => this.additionalValue(e.value, d)))
    };
  }
  entry(key, depth, value) {
    return {
      open: `${tabs(depth + 1)}{`,
      close: `${tabs(depth + 1)}}`,
      indent: tabs(depth + 2),
      key: csString(key),
      value: value(depth + 2)
    };
  }
  /**
   * A value in additional data (`object`): scalars as plain CLR values, which Kiota's JSON
   * writer writes as they are; string arrays as `List<string>` (the reference's shape for
   * `members@odata.bind`); other arrays as `List<object>`; objects as `UntypedObject`.
   */
  additionalValue(node, depth) {
    switch (node.kind) {
      case "untypedString":
        return { kind: "inline", text: csString(node.value) };
      case "untypedNumber":
        return { kind: "inline", text: csNumber(node.value) };
      case "untypedBoolean":
        return { kind: "inline", text: node.value ? "true" : "false" };
      case "untypedNull":
        return { kind: "inline", text: "null" };
      case "untypedObject":
        return this.untyped(node, depth);
      case "untypedArray": {
        const strings = node.items.length > 0 && node.items.every((i) => i.kind === "untypedString");
        return {
          kind: "list",
          elementType: strings ? "string" : "object",
          open: `${tabs(depth)}{`,
          close: `${tabs(depth)}}`,
          items: node.items.map((item) => ({ indent: tabs(depth + 1), value: this.additionalValue(item, depth + 1) }))
        };
      }
    }
  }
  // ---- the call -------------------------------------------------------------------------
  usesWithUrl() {
    return this.ast.query.some((q) => q.system === "skiptoken" || q.system === "deltatoken");
  }
  call(hasBody) {
    const withUrl = this.usesWithUrl();
    let chain = "graphClient";
    for (const step of this.steps) chain += this.stepText(step);
    if (withUrl) chain += `.WithUrl(${csString(this.fullUrl())})`;
    const queryParameters = withUrl ? [] : this.ast.query.map((q) => this.queryParameter(q));
    const headers = this.ast.headers.map((h) => ({ name: csString(h.name), value: csString(h.value) }));
    return {
      resultPrefix: this.ast.responseType ? "var result = " : "",
      chain,
      method: this.methodName(),
      bodyArgument: hasBody ? "requestBody" : null,
      hasConfiguration: queryParameters.length > 0 || headers.length > 0,
      queryParameters,
      headers
    };
  }
  stepText(step) {
    switch (step.kind) {
      case "property":
        return `.${upperFirstChar(step.name)}`;
      case "indexer":
        return `[${csString(`{${step.parameter}}`)}]`;
      case "method": {
        const source = step.segment.kind === "function" || step.segment.kind === "action" ? step.segment.arguments : [];
        const args = step.args.map((a) => functionArgument(a, source.find((s) => s.name === a.name), this.types));
        return `.${upperFirstChar(step.name)}(${args.join(", ")})`;
      }
    }
  }
  /**
   * `GetAsync`, or `<Method>As<Builder><Method>ResponseAsync` when the operation's response is
   * an inline Kiota type: an action or function returning a collection, a primitive or an enum
   * (`PostAsGetMemberGroupsPostResponseAsync`, `GetAsDeltaGetResponseAsync`).
   */
  methodName() {
    const verb = VERBS[this.ast.method];
    const last = this.steps[this.steps.length - 1];
    const response = this.ast.responseType;
    if (last && response && isOperation(last.segment) && this.isInlineResponse(response)) {
      return `${verb}As${last.className}${verb}ResponseAsync`;
    }
    return `${verb}Async`;
  }
  isInlineResponse(t) {
    if (t.isCollection) return true;
    if (t.primitive) return t.primitive !== "stream";
    return t.name !== void 0 && this.schema.enumType(t.name) !== void 0;
  }
  /** The request URL for `WithUrl`: the docs' path and query (decoded, as written). */
  fullUrl() {
    const path = this.ast.path.map((s) => s.raw).join("/");
    const query = this.ast.query.map((q) => `${q.name}=${queryText(q)}`).join("&");
    return `https://graph.microsoft.com/${this.ast.version}/${path}${query ? `?${query}` : ""}`;
  }
  /**
   * `requestConfiguration.QueryParameters.<Name> = <value>;`: select/expand/orderby are
   * `string[]`, top/skip `int?`, count `bool?`, everything else a string (a custom `true`/`false`
   * a bool), as the reference types them without a parameter schema (sdk-conventions.md §5).
   */
  queryParameter(q) {
    const name = queryParameterName(q.name);
    const v = q.value;
    switch (q.system) {
      case "select":
      case "expand":
      case "orderby":
        return { name, value: csStringArray(v.kind === "list" ? v.items : [queryText(q)]) };
      case "top":
      case "skip": {
        const text = queryText(q).trim();
        if (!INTEGER2.test(text)) throw new EmitError(`$${q.system}=${text} is not an integer, which the C# SDK requires`);
        return { name, value: text };
      }
      case "count": {
        const text = queryText(q).trim().toLowerCase();
        if (text !== "true" && text !== "false") throw new EmitError(`$count=${queryText(q)} is not a boolean, which the C# SDK requires`);
        return { name, value: text };
      }
      default:
        if (q.system === null && v.kind === "boolean") return { name, value: v.value ? "true" : "false" };
        return { name, value: csString(queryText(q)) };
    }
  }
};
function isOperation(segment) {
  return segment.kind === "action" || segment.kind === "function";
}
function upperFirstChar(s) {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}
function describe2(node) {
  switch (node.kind) {
    case "array":
    case "untypedArray":
      return "array";
    case "null":
    case "untypedNull":
      return "null";
    case "untypedObject":
      return "object of unknown type";
    default:
      return "scalar";
  }
}
function queryText(q) {
  const v = q.value;
  switch (v.kind) {
    case "list":
      return v.items.join(",");
    case "integer":
      return String(v.value);
    case "boolean":
      return v.value ? "true" : "false";
    case "string":
      return v.value;
  }
}
function functionArgument(arg, source, types) {
  if (arg.isInteger) return "1";
  const kind = source?.type?.primitive;
  const value = source?.value ?? arg.placeholder;
  switch (kind) {
    case "boolean":
      return value.toLowerCase() === "false" ? "false" : "true";
    case "single":
    case "double":
    case "decimal":
      return csPrimitive({ kind: "primitive", primitive: kind, value: /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value) ? value : "0" });
    case "date":
    case "timeOfDay":
      types.importNamespace(KIOTA_ABSTRACTIONS);
      return csPrimitive({ kind: "primitive", primitive: kind, value: isValidPrimitiveText(kind, value) ? value : arg.placeholder });
    case "dateTimeOffset":
    case "duration":
    case "guid":
      return csPrimitive({ kind: "primitive", primitive: kind, value: isValidPrimitiveText(kind, value) ? value : arg.placeholder });
    default:
      return csString(arg.placeholder);
  }
}

// src/emit/csharp/target.ts
var templates;
function compiled() {
  templates ??= compileLanguageTemplates("csharp");
  return templates;
}
var csharpTarget = {
  id: "csharp",
  fenceLanguage: "csharp",
  outputFolder: "csharp",
  extension: ".cs",
  emit(ast, context) {
    const code = compiled().render(buildCsharpView(ast, context.schema));
    return code.endsWith("\n") ? code.slice(0, -1) : code;
  }
};

// src/emit/python/imports.ts
var DATETIME_NAMES = ["datetime", "date", "time", "timedelta"];
var TAKEN_NAMES = [
  "GraphServiceClient",
  "RequestConfiguration",
  "UUID",
  "datetime",
  "date",
  "time",
  "timedelta",
  "base64",
  "graph_client",
  "request_body",
  "query_params",
  "request_configuration",
  "result",
  "credentials",
  "scopes"
];
var PythonImports = class {
  lines;
  /** Local name → `module:symbol` it is bound to. */
  bound = /* @__PURE__ */ new Map();
  stdlib = /* @__PURE__ */ new Set();
  constructor(packageName2) {
    this.lines = [`from ${packageName2} import GraphServiceClient`];
    for (const name of TAKEN_NAMES) this.bound.set(name, `:${name}`);
  }
  /**
   * Imports `symbol` from `module` and returns the local name to use. When another class of
   * the same name is already imported from a different module (`microsoft.graph.alert` and
   * `microsoft.graph.security.alert`), the later one is aliased: `import Alert as SecurityAlert`.
   */
  symbol(module, symbol, aliasHint) {
    const key = `${module}:${symbol}`;
    const existing = this.bound.get(symbol);
    if (existing === key) return symbol;
    if (existing === void 0) {
      this.bound.set(symbol, key);
      this.lines.push(`from ${module} import ${symbol}`);
      return symbol;
    }
    for (const [local, boundKey] of this.bound) {
      if (boundKey === key) return local;
    }
    const hint = aliasHint();
    let alias = hint !== symbol ? hint : `${symbol}1`;
    for (let n = 2; this.bound.has(alias); n++) alias = `${hint}${n}`;
    this.bound.set(alias, key);
    this.lines.push(`from ${module} import ${symbol} as ${alias}`);
    return alias;
  }
  /** `RequestConfiguration`, imported from kiota-abstractions. */
  requestConfiguration() {
    const line = "from kiota_abstractions.base_request_configuration import RequestConfiguration";
    if (!this.lines.includes(line)) this.lines.push(line);
    return "RequestConfiguration";
  }
  useStdlib(name) {
    this.stdlib.add(name);
  }
  render() {
    const out = [...this.lines];
    if (this.stdlib.has("base64")) out.push("import base64");
    const fromDatetime = DATETIME_NAMES.filter((n) => this.stdlib.has(n));
    if (fromDatetime.length > 0) out.push(`from datetime import ${fromDatetime.join(", ")}`);
    if (this.stdlib.has("UUID")) out.push("from uuid import UUID");
    return out;
  }
};

// src/emit/python/literals.ts
var PLAIN2 = /^[\x20-\x21\x23-\x26\x28-\x5b\x5d-\x7e]*$/;
var NEEDS_ESCAPE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
function hex(code, width) {
  return code.toString(16).padStart(width, "0");
}
function escapeCodePoint(code) {
  if (code <= 255) return `\\x${hex(code, 2)}`;
  if (code <= 65535) return `\\u${hex(code, 4)}`;
  return `\\U${hex(code, 8)}`;
}
function pyString(value, quote = '"') {
  if (PLAIN2.test(value)) return quote + value + quote;
  let out = quote;
  for (const ch of value) {
    const code = ch.codePointAt(0);
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (NEEDS_ESCAPE.test(ch)) out += escapeCodePoint(code);
    else out += ch;
  }
  return out + quote;
}
var JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
var JSON_INTEGER = /^-?(?:0|[1-9]\d*)$/;
function pyNumber(token) {
  return JSON_NUMBER.test(token) ? token : null;
}
function pyInteger(token) {
  if (JSON_INTEGER.test(token)) return token;
  if (!JSON_NUMBER.test(token)) return null;
  const n = Number(token);
  return Number.isSafeInteger(n) ? String(n) : token;
}
function pyFloat(token) {
  if (JSON_NUMBER.test(token)) return token;
  switch (token) {
    case "NaN":
      return 'float("nan")';
    case "INF":
      return 'float("inf")';
    case "-INF":
      return 'float("-inf")';
    default:
      return null;
  }
}
function pyBoolean(value) {
  return value ? "True" : "False";
}
function pyBooleanToken(token) {
  if (token === "true") return "True";
  if (token === "false") return "False";
  return null;
}
var PY_NONE = "None";
var BASE64_DATA = /[A-Za-z0-9+/_-]/g;
function paddedBase64(text) {
  if (text.includes("=")) return text;
  const data = text.match(BASE64_DATA)?.length ?? 0;
  const rest = data % 4;
  return rest === 2 || rest === 3 ? text + "=".repeat(4 - rest) : text;
}

// src/emit/python/naming.ts
var PYTHON_RESERVED_WORDS = [
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "dict",
  "elif",
  "else",
  "except",
  "False",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "list",
  "None",
  "nonlocal",
  "not",
  "or",
  "pass",
  "property",
  "raise",
  "return",
  "True",
  "try",
  "while",
  "with",
  "yield"
];
var RESERVED = new Set(PYTHON_RESERVED_WORDS.map((w) => w.toLowerCase()));
function memoized(fn) {
  const cache = /* @__PURE__ */ new Map();
  return (name) => {
    let out = cache.get(name);
    if (out === void 0) {
      out = fn(name);
      cache.set(name, out);
    }
    return out;
  };
}
function escapeReserved(name) {
  return RESERVED.has(name.toLowerCase()) ? `${name}_` : name;
}
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function isIdentifier(name) {
  return IDENTIFIER.test(name);
}
var propertyName2 = memoized((wire) => {
  const name = escapeReserved(snakeMemberName(wire));
  return name === "additional_data" ? "additional_data_property" : name;
});
function lastDotted(fullName) {
  const dot = fullName.lastIndexOf(".");
  return dot >= 0 ? fullName.slice(dot + 1) : fullName;
}
function namespaceOf(fullName) {
  const dot = fullName.lastIndexOf(".");
  return dot >= 0 ? fullName.slice(0, dot) : "";
}
var className = memoized((fullName) => {
  return escapeReserved(upperFirst(cleanupSymbolName(lastDotted(fullName))));
});
var moduleName = memoized((name) => {
  return escapeReserved(snakeCase(cleanupSymbolName(name)));
});
var enumMemberName2 = memoized((member2) => {
  return escapeReserved(upperFirst(cleanupSymbolName(member2)));
});
var builderMemberName = memoized((neutral) => {
  return escapeReserved(snakeCase(neutral));
});
function packageName(version) {
  return version === "beta" ? "msgraph_beta" : "msgraph";
}
function modelNamespaceModules(namespace) {
  const trimmed = namespace === "microsoft.graph" ? "" : namespace.replace(/^microsoft\.graph\./, "");
  return trimmed === "" ? [] : trimmed.split(".").map(moduleName);
}
var modelModuleCached = memoized((versionAndName) => {
  const space = versionAndName.indexOf(" ");
  const version = versionAndName.slice(0, space);
  const fullName = versionAndName.slice(space + 1);
  return [
    packageName(version),
    "generated",
    "models",
    ...modelNamespaceModules(namespaceOf(fullName)),
    moduleName(className(fullName))
  ].join(".");
});
function modelModule(fullName, version) {
  return modelModuleCached(`${version} ${fullName}`);
}
function queryParameterName2(name, system) {
  return escapeReserved(system ?? snakeMemberName(name.replace(/^\$/, "")));
}

// src/emit/python/view-model.ts
var TABS2 = [""];
function tabs2(depth) {
  while (TABS2.length <= depth) TABS2.push(`${TABS2[TABS2.length - 1]}	`);
  return TABS2[depth];
}
function inline(text) {
  return { kind: "inline", text, entries: [], closeIndent: "", close: "" };
}
function block(open, entries, depth, close) {
  return { kind: "block", text: open, entries, closeIndent: tabs2(depth), close };
}
var NONE = inline(PY_NONE);
function checkedIdentifier(name, what) {
  if (!isIdentifier(name)) throw new EmitError(`cannot write ${what} "${name}" as a Python identifier`);
  return name;
}
var BETA_ME_IS_METHOD = true;
function pythonSteps(ast) {
  return requestBuilderSteps(ast.path).map((step, index) => {
    switch (step.kind) {
      case "property":
        if (index === 0 && step.segment.kind === "singleton" && step.name.toLowerCase() === "me") {
          const member2 = BETA_ME_IS_METHOD && ast.version === "beta" ? "me()" : "me";
          return { member: member2, modules: ["users", "item"], builderClass: "UserItem", step };
        }
        return {
          member: checkedIdentifier(builderMemberName(step.name), "path segment"),
          modules: [moduleName(step.namespacePart)],
          builderClass: step.className,
          step
        };
      case "indexer":
        return {
          member: `${checkedIdentifier(builderMemberName(step.methodName), "key segment")}(${pyString(step.parameter, "'")})`,
          modules: ["item"],
          builderClass: step.className,
          step
        };
      case "method": {
        const args = step.args.map((a) => a.isInteger ? "1" : pyString(a.placeholder)).join(", ");
        return {
          member: `${checkedIdentifier(builderMemberName(step.name), "function")}(${args})`,
          modules: [moduleName(step.namespacePart)],
          builderClass: step.className,
          step
        };
      }
    }
  });
}
function builderModule(pkg, steps, file) {
  return [pkg, "generated", ...steps.flatMap((s) => s.modules), moduleName(file)].join(".");
}
function modelClass(ctx, typeName2) {
  const def = ctx.schema.type(typeName2);
  const fullName = def ? def.fullName : typeName2;
  const cls = checkedIdentifier(className(fullName), "class");
  const aliasHint = () => {
    const nsModules = modelNamespaceModules(def ? def.namespace : namespaceOf(fullName));
    return nsModules.map((m) => upperFirst(m.replace(SNAKE_JOINT, (_, c) => c.toUpperCase()))).join("") + cls;
  };
  return ctx.imports.symbol(modelModule(fullName, ctx.version), cls, aliasHint);
}
var SNAKE_JOINT = /_([a-z0-9])/g;
function hasSdkClass(ctx, typeName2) {
  return ctx.schema.type(typeName2)?.sdkMissing !== true;
}
function isUntyped(node) {
  return node.kind.startsWith("untyped");
}
function belongsInAdditionalData(ctx, p) {
  return p.type?.primitive === "untyped" || isUntyped(p.value) || p.value.kind === "object" && p.value.typeName === null || p.value.kind === "object" && p.value.typeName !== null && p.value.typeName !== void 0 && !hasSdkClass(ctx, p.value.typeName) || p.value.kind === "enum" && (p.value.members.length > 1 || !hasSdkClass(ctx, p.value.enumTypeName));
}
var HOLDER_FIELDS = ["additional_data", "backing_store"];
function objectView(ctx, node, depth, classLocal) {
  const callee = classLocal ?? (node.typeName !== null && hasSdkClass(ctx, node.typeName) ? modelClass(ctx, node.typeName) : null);
  if (callee === null) return untypedObjectView(ctx, node, depth);
  const inner = tabs2(depth + 1);
  const entries = [];
  const extra = [];
  const used = new Set(HOLDER_FIELDS);
  for (const p of node.properties) {
    const name = propertyName2(p.name);
    if (belongsInAdditionalData(ctx, p) || !isIdentifier(name) || used.has(name)) {
      extra.push({ key: p.name, value: p.value });
      continue;
    }
    used.add(name);
    entries.push({ indent: inner, prefix: `${name} = `, value: valueView(ctx, p.value, depth + 1) });
  }
  for (const e of node.additionalData) extra.push({ key: e.key, value: e.value });
  if (extra.length > 0) {
    entries.push({ indent: inner, prefix: "additional_data = ", value: dictView(ctx, extra, depth + 1) });
  }
  return block(`${callee}(`, entries, depth, ")");
}
function dictView(ctx, items, depth) {
  const inner = tabs2(depth + 1);
  return block(
    "{",
    items.map((e) => ({ indent: inner, prefix: `${pyString(e.key)} : `, value: valueView(ctx, e.value, depth + 1) })),
    depth,
    "}"
  );
}
function untypedObjectView(ctx, node, depth) {
  const items = [
    ...node.properties.map((p) => ({ key: p.name, value: p.value })),
    ...node.additionalData.map((e) => ({ key: e.key, value: e.value }))
  ];
  return dictView(ctx, items, depth);
}
function listView(ctx, items, depth) {
  const inner = tabs2(depth + 1);
  return block(
    "[",
    items.map((item) => ({ indent: inner, prefix: "", value: valueView(ctx, item, depth + 1) })),
    depth,
    "]"
  );
}
function enumView(ctx, node) {
  if (node.members.length === 0) return NONE;
  if (node.members.length > 1 || !hasSdkClass(ctx, node.enumTypeName)) return inline(pyString(node.members.join(",")));
  const cls = modelClass(ctx, node.enumTypeName);
  return inline(`${cls}.${checkedIdentifier(enumMemberName2(node.members[0]), "enum member")}`);
}
function primitiveText(ctx, node) {
  const v = node.value;
  switch (node.primitive) {
    case "string":
      return pyString(v);
    case "boolean":
      return pyBooleanToken(v) ?? pyString(v);
    case "byte":
    case "sbyte":
    case "int16":
    case "int32":
    case "int64":
      return pyInteger(v) ?? pyString(v);
    case "single":
    case "double":
    case "decimal":
      return pyFloat(v) ?? pyString(v);
    case "dateTimeOffset":
      ctx.imports.useStdlib("datetime");
      return `datetime.fromisoformat(${pyString(v)})`;
    case "date":
      ctx.imports.useStdlib("date");
      return `date.fromisoformat(${pyString(v)})`;
    case "timeOfDay":
      ctx.imports.useStdlib("time");
      return `time.fromisoformat(${pyString(v)})`;
    case "duration":
      return pyString(v);
    case "guid":
      ctx.imports.useStdlib("UUID");
      return `UUID(${pyString(v)})`;
    case "binary":
      ctx.imports.useStdlib("base64");
      return `base64.urlsafe_b64decode(${pyString(paddedBase64(v))})`;
  }
}
function untypedView(ctx, node, depth) {
  switch (node.kind) {
    case "untypedObject":
      return dictView(ctx, node.entries, depth);
    case "untypedArray":
      return listView(ctx, node.items, depth);
    case "untypedString":
      return inline(pyString(node.value));
    case "untypedNumber":
      return inline(pyNumber(node.value) ?? pyString(node.value));
    case "untypedBoolean":
      return inline(pyBoolean(node.value));
    case "untypedNull":
      return NONE;
  }
}
function valueView(ctx, node, depth) {
  switch (node.kind) {
    case "object":
      return objectView(ctx, node, depth, null);
    case "array":
      if (node.elementType?.name !== void 0 && ctx.schema.type(node.elementType.name) && hasSdkClass(ctx, node.elementType.name)) {
        modelClass(ctx, node.elementType.name);
      }
      return listView(ctx, node.items, depth);
    case "primitive":
      return inline(primitiveText(ctx, node));
    case "enum":
      return enumView(ctx, node);
    case "null":
      return NONE;
    default:
      return untypedView(ctx, node, depth);
  }
}
function hasParameters(schema, operation) {
  const candidates = schema.operationsNamed(operation);
  return candidates.length === 0 || candidates.some((op) => op.parameters.length > 0);
}
function emptyActionBody(ast, schema) {
  const last = ast.path[ast.path.length - 1];
  if (ast.method !== "POST" || last?.kind !== "action") return null;
  if (!schema.operationsNamed(last.fullName).some((op) => op.parameters.length > 0)) return null;
  return {
    kind: "json",
    bodyType: { kind: "actionParameters", operation: last.fullName, segmentName: last.name },
    value: { kind: "object", typeName: null, declaredTypeName: null, properties: [], additionalData: [] }
  };
}
function bodyView(ctx, body, steps, pkg) {
  if (body.kind === "stream") {
    return inline(`bytes(${body.length})`);
  }
  const { bodyType, value } = body;
  if (value.kind !== "object") return valueView(ctx, value, 0);
  switch (bodyType.kind) {
    case "actionParameters": {
      if (!hasParameters(ctx.schema, bodyType.operation)) return null;
      const index = actionStepIndex(steps, bodyType.segmentName);
      const owner = steps.slice(0, index + 1);
      const cls = `${checkedIdentifier(owner[owner.length - 1]?.builderClass ?? upperFirst(bodyType.segmentName), "action")}PostRequestBody`;
      const local = ctx.imports.symbol(builderModule(pkg, owner, cls), cls, () => cls);
      return objectView(ctx, value, 0, local);
    }
    case "reference": {
      const cls = bodyType.method === "PUT" ? "ReferenceUpdate" : "ReferenceCreate";
      const local = ctx.imports.symbol(`${pkg}.generated.models.${moduleName(cls)}`, cls, () => cls);
      return objectView(ctx, referenceObject(value), 0, local);
    }
    case "type":
      return objectView(ctx, value, 0, value.typeName === null ? modelClass(ctx, bodyType.typeName) : null);
    case "unknown":
      return objectView(ctx, value, 0, null);
  }
}
function actionStepIndex(steps, segmentName) {
  for (let i = steps.length - 1; i >= 0; i--) {
    const segment = steps[i].step.segment;
    if ((segment.kind === "action" || segment.kind === "function") && segment.name === segmentName) return i;
  }
  return steps.length - 1;
}
function referenceObject(node) {
  const hasDeclared = node.properties.some((p) => p.name === "@odata.id");
  const entry2 = node.additionalData.find((e) => e.key === "@odata.id" && e.value.kind === "untypedString");
  if (hasDeclared || !entry2 || entry2.value.kind !== "untypedString") return node;
  const id = {
    name: "@odata.id",
    type: { primitive: "string", isCollection: false },
    value: { kind: "primitive", primitive: "string", value: entry2.value.value }
  };
  return {
    ...node,
    properties: [id, ...node.properties],
    additionalData: node.additionalData.filter((e) => e !== entry2)
  };
}
function rawQueryText(value) {
  switch (value.kind) {
    case "list":
      return value.items.join(",");
    case "integer":
      return String(value.value);
    case "boolean":
      return String(value.value);
    case "string":
      return value.value;
  }
}
function queryValueText(option) {
  const value = option.value;
  switch (option.system) {
    case "select":
    case "expand":
    case "orderby": {
      const items = value.kind === "list" ? value.items : [rawQueryText(value)];
      return `[${items.map((i) => pyString(i)).join(",")}]`;
    }
    case "top":
    case "skip":
      if (value.kind === "integer") return String(value.value);
      return pyInteger(rawQueryText(value)) ?? pyString(rawQueryText(value));
    case "count":
      if (value.kind === "boolean") return pyBoolean(value.value);
      return pyBooleanToken(rawQueryText(value).toLowerCase()) ?? pyString(rawQueryText(value));
    default:
      return pyString(rawQueryText(value));
  }
}
var URL_ONLY_OPTIONS = /* @__PURE__ */ new Set(["skiptoken", "deltatoken"]);
var SINGLE_ITEM_OPTIONS = /* @__PURE__ */ new Set(["select", "expand"]);
var ENTITY_SEGMENTS = /* @__PURE__ */ new Set(["entitySet", "singleton", "navigation", "property", "key", "cast"]);
function addressesSingleEntity(ast) {
  const last = ast.path[ast.path.length - 1];
  return last !== void 0 && ENTITY_SEGMENTS.has(last.kind) && last.target?.name !== void 0 && !last.target.isCollection;
}
var DROPPED_HEADERS = /* @__PURE__ */ new Set(["host", "content-type"]);
function withUrlText(ast) {
  const path = ast.path.map((s) => s.raw).join("/");
  const query = ast.query.map((q) => `${q.name}=${rawQueryText(q.value)}`).join("&");
  return `https://graph.microsoft.com/${ast.version}/${path}${query ? `?${query}` : ""}`;
}
var METHOD_NAMES = { GET: "get", POST: "post", PATCH: "patch", PUT: "put", DELETE: "delete" };
function buildView(ast, schema) {
  const pkg = packageName(ast.version);
  const imports = new PythonImports(pkg);
  const ctx = { schema, version: ast.version, imports };
  const steps = pythonSteps(ast);
  const last = steps[steps.length - 1];
  const queryEntries = [];
  const seen = /* @__PURE__ */ new Map();
  let useWithUrl = last === void 0 && ast.query.length > 0;
  const singleItem = addressesSingleEntity(ast);
  for (const option of ast.query) {
    const name = queryParameterName2(option.name, option.system);
    if (option.system !== null && URL_ONLY_OPTIONS.has(option.system) || singleItem && option.system !== null && !SINGLE_ITEM_OPTIONS.has(option.system) || !isIdentifier(name)) {
      useWithUrl = true;
      break;
    }
    const entry2 = { indent: "		", name, value: queryValueText(option) };
    const at = seen.get(name);
    if (at === void 0) {
      seen.set(name, queryEntries.length);
      queryEntries.push(entry2);
    } else {
      queryEntries[at] = entry2;
    }
  }
  if (useWithUrl) queryEntries.length = 0;
  const headers = ast.headers.filter((h) => !DROPPED_HEADERS.has(h.name.toLowerCase())).map((h) => ({ name: pyString(h.name), value: pyString(h.value) }));
  let queryParameters = null;
  if (queryEntries.length > 0 && last !== void 0) {
    const builder = `${last.builderClass}RequestBuilder`;
    const local = imports.symbol(builderModule(pkg, steps, builder), builder, () => builder);
    queryParameters = {
      className: `${local}.${builder}${upperFirst(METHOD_NAMES[ast.method])}QueryParameters`,
      entries: queryEntries
    };
  }
  let requestConfiguration = null;
  if (queryParameters !== null || headers.length > 0) {
    imports.requestConfiguration();
    requestConfiguration = { withQueryParameters: queryParameters !== null, headers };
  }
  const sendsBody = ast.method !== "GET" && ast.method !== "DELETE";
  const astBody = sendsBody ? ast.body ?? emptyActionBody(ast, schema) : null;
  const body = astBody ? bodyView(ctx, astBody, steps, pkg) : null;
  const args = [];
  if (body !== null) args.push("request_body");
  else if (sendsBody && !endsWithAction(ast)) args.push(PY_NONE);
  if (requestConfiguration !== null) args.push("request_configuration = request_configuration");
  let chain = steps.map((s) => `.${s.member}`).join("");
  if (useWithUrl) chain += `.with_url(${pyString(withUrlText(ast))})`;
  return {
    imports: imports.render(),
    body,
    queryParameters,
    requestConfiguration,
    call: {
      assignsResult: ast.responseType !== null,
      chain,
      method: METHOD_NAMES[ast.method],
      arguments: args.join(", ")
    }
  };
}
function endsWithAction(ast) {
  return ast.path[ast.path.length - 1]?.kind === "action";
}

// src/emit/python/target.ts
var templates2;
function compiled2() {
  templates2 ??= compileLanguageTemplates("python");
  return templates2;
}
var pythonTarget = {
  id: "python",
  fenceLanguage: "python",
  outputFolder: "python",
  extension: ".py",
  emit(ast, context) {
    return compiled2().render(buildView(ast, context.schema));
  }
};

// src/emit/typescript/literals.ts
var SAFE_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
function hex4(code) {
  return `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
function isInvisible(code) {
  return code >= 127 && code <= 159 || code === 173 || code === 1564 || code >= 8203 && code <= 8207 || code >= 8232 && code <= 8238 || code >= 8288 && code <= 8303 || code === 65279 || code >= 65529 && code <= 65531 || code === 65534 || code === 65535;
}
function tsString(value) {
  if (SAFE_ASCII.test(value)) return `"${value}"`;
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 34) out += '\\"';
    else if (code === 92) out += "\\\\";
    else if (code === 10) out += "\\n";
    else if (code === 13) out += "\\r";
    else if (code === 9) out += "\\t";
    else if (code < 32) out += hex4(code);
    else if (code >= 55296 && code <= 56319) {
      const next = i + 1 < value.length ? value.charCodeAt(i + 1) : 0;
      if (next >= 56320 && next <= 57343) {
        out += value[i] + value[i + 1];
        i++;
      } else {
        out += hex4(code);
      }
    } else if (code >= 56320 && code <= 57343) out += hex4(code);
    else if (isInvisible(code)) out += hex4(code);
    else out += value[i];
  }
  return `${out}"`;
}
function tsQuotedKey(key) {
  return key === "__proto__" ? `[${tsString(key)}]` : tsString(key);
}
var JSON_NUMBER2 = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
function tsNumber(token) {
  return JSON_NUMBER2.test(token) ? token : tsString(token);
}
function tsBoolean(token) {
  return token === "true" || token === "false" ? token : tsString(token);
}
var BASE64URL_ONLY = /^[A-Za-z0-9_-]+=*$/;
var BASE64URL_CHARS = /[-_]/;
var MINUS = /-/g;
var UNDERSCORE = /_/g;
function tsBinary(base64) {
  const text = BASE64URL_ONLY.test(base64) && BASE64URL_CHARS.test(base64) ? base64.replace(MINUS, "+").replace(UNDERSCORE, "/") : base64;
  return `Uint8Array.from(atob(${tsString(text)}), c => c.charCodeAt(0)).buffer`;
}

// src/emit/typescript/imports.ts
var ImportSet = class {
  /** module → imported name → local identifier */
  modules = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Set();
  constructor(reservedLocals) {
    for (const name of reservedLocals) this.locals.add(name);
  }
  /** Registers `name` from `module` and returns the identifier to write in the code. */
  use(module, name) {
    let names = this.modules.get(module);
    if (!names) {
      names = /* @__PURE__ */ new Map();
      this.modules.set(module, names);
    }
    const existing = names.get(name);
    if (existing !== void 0) return existing;
    let local = name;
    if (this.locals.has(local)) {
      const base = `${aliasPrefix(module)}${name}`;
      local = base;
      for (let n = 2; this.locals.has(local); n++) local = `${base}${n}`;
    }
    this.locals.add(local);
    names.set(name, local);
    return local;
  }
  /** The import lines; `first` is the module written right after the side-effect import. */
  lines(sideEffectModule, first) {
    const out = [];
    if (sideEffectModule !== null) out.push(`import ${tsString(sideEffectModule)};`);
    const ordered = [...this.modules.keys()].sort((a, b) => a === first ? -1 : b === first ? 1 : compare(a, b));
    for (const module of ordered) {
      const names = this.modules.get(module);
      const specifiers = [...names.entries()].sort((a, b) => compare(a[0], b[0])).map(([name, local]) => name === local ? name : `${name} as ${local}`);
      out.push(`import { ${specifiers.join(", ")} } from ${tsString(module)};`);
    }
    return out;
  }
};
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function aliasPrefix(module) {
  const last = module.slice(module.lastIndexOf("/") + 1);
  return last.split(/[^A-Za-z0-9]+/).filter((p) => p.length > 0).map(upperFirst).join("");
}

// src/emit/typescript/naming.ts
var TYPESCRIPT_RESERVED_NAMES = [
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "do",
  "else",
  "enum",
  "error",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceOf",
  "new",
  "null",
  "package",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeOf",
  "var",
  "void",
  "while",
  "with"
];
var RESERVED_LOWER = new Set(TYPESCRIPT_RESERVED_NAMES.map((w) => w.toLowerCase()));
function isReservedName(name) {
  return RESERVED_LOWER.has(name.toLowerCase());
}
function escapeReserved2(name) {
  return isReservedName(name) ? `${name}Escaped` : name;
}
function memoized2(compute) {
  const cache = /* @__PURE__ */ new Map();
  return (name) => {
    let out = cache.get(name);
    if (out === void 0) {
      out = compute(name);
      cache.set(name, out);
    }
    return out;
  };
}
var propertyName3 = memoized2((wire) => escapeReserved2(camelCase(wire)));
var queryParameterName3 = memoized2((name) => escapeReserved2(camelCase(name)));
function shortName(fullName) {
  const dot = fullName.lastIndexOf(".");
  return dot < 0 ? fullName : fullName.slice(dot + 1);
}
function namespaceOf2(fullName) {
  const dot = fullName.lastIndexOf(".");
  return dot < 0 ? "" : fullName.slice(0, dot);
}
var typeName = memoized2(
  (fullName) => escapeReserved2(upperFirst(cleanupSymbolName(shortName(fullName))))
);
function enumConstName(fullName) {
  return `${typeName(fullName)}Object`;
}
var enumMemberName3 = memoized2(
  (member2) => escapeReserved2(upperFirst(cleanupSymbolName(member2)))
);
var IDENTIFIER2 = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
function isPlainIdentifier(name) {
  return IDENTIFIER2.test(name);
}
function modelsSubpath(namespace) {
  if (namespace === "" || namespace.toLowerCase() === "microsoft.graph") return "models";
  const rest = namespace.replace(/^microsoft\.graph\./i, "");
  return `models/${rest.split(".").join("/")}`;
}

// src/emit/typescript/view-model.ts
var SNIPPET_HEADER = "//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY";
var WITH_URL_NOTE = "// Note: The URI string parameter used with withUrl() can be retrieved using the odataNextLink or odataDeltaLink property from a response object";
var KIOTA_ABSTRACTIONS2 = "@microsoft/kiota-abstractions";
var GRAPH_HOST = "https://graph.microsoft.com";
var SNIPPET_LOCALS = ["graphServiceClient", "requestBody", "configuration", "result", "requestAdapter"];
var INDENTS = [""];
function indent(depth) {
  while (INDENTS.length <= depth) INDENTS.push(`${INDENTS[INDENTS.length - 1]}	`);
  return INDENTS[depth];
}
function scalar(text) {
  return { kind: "scalar", isScalar: true, text, open: "", entries: [], closeIndent: "", close: "" };
}
function block2(open, entries, depth, close) {
  return { kind: "block", isScalar: false, text: "", open, entries, closeIndent: indent(depth), close };
}
function entry(depth, key, value) {
  return { key, lead: key === null ? indent(depth) : `${indent(depth)}${key} : `, value };
}
function dedupeByKey(entries) {
  const seen = /* @__PURE__ */ new Set();
  let duplicates = false;
  for (const e of entries) {
    if (e.key === null) continue;
    if (seen.has(e.key)) duplicates = true;
    seen.add(e.key);
  }
  if (!duplicates) return entries;
  const lastIndex = /* @__PURE__ */ new Map();
  entries.forEach((e, i) => {
    if (e.key !== null) lastIndex.set(e.key, i);
  });
  return entries.filter((e, i) => e.key === null || lastIndex.get(e.key) === i);
}
var INTEGER_KINDS2 = /* @__PURE__ */ new Set(["int16", "int32", "int64", "byte", "sbyte"]);
var ARRAY_QUERY_OPTIONS = /* @__PURE__ */ new Set(["select", "expand", "orderby"]);
var NUMBER_QUERY_OPTIONS = /* @__PURE__ */ new Set(["top", "skip"]);
var SDK_TYPED_QUERY_OPTIONS = /* @__PURE__ */ new Set(["select", "expand", "orderby", "top", "skip", "count", "filter", "search"]);
var DIGITS = /^\d+$/;
var BODY_METHODS = /* @__PURE__ */ new Set(["POST", "PATCH", "PUT"]);
var ViewBuilder2 = class {
  constructor(ast, schema) {
    this.ast = ast;
    this.schema = schema;
    this.sdkPackage = ast.version === "beta" ? "@microsoft/msgraph-beta-sdk" : "@microsoft/msgraph-sdk";
  }
  ast;
  schema;
  imports = new ImportSet(SNIPPET_LOCALS);
  sdkPackage;
  // ---- names and imports ----
  /** Imports a model type (interface) and returns its local identifier. */
  modelType(fullName) {
    const def = this.schema.type(fullName);
    const full = def?.fullName ?? fullName;
    const ns = def?.namespace ?? namespaceOf2(full);
    return this.imports.use(`${this.sdkPackage}/${modelsSubpath(ns)}`, typeName(full));
  }
  enumConst(fullName) {
    const def = this.schema.enumType(fullName);
    const full = def?.fullName ?? fullName;
    const ns = def?.namespace ?? namespaceOf2(full);
    return this.imports.use(`${this.sdkPackage}/${modelsSubpath(ns)}`, enumConstName(full));
  }
  kiota(name) {
    return this.imports.use(KIOTA_ABSTRACTIONS2, name);
  }
  // ---- typed values ----
  /** A value in a typed place (a model property, an array of the body, the body itself). */
  value(node, depth, inArray) {
    switch (node.kind) {
      case "object":
        return this.object(node, depth, false);
      case "array":
        return block2(
          "[",
          node.items.map((item) => entry(depth + 1, null, this.value(item, depth + 1, true))),
          depth,
          "]"
        );
      case "primitive":
        return scalar(this.primitive(node, inArray));
      case "enum":
        return scalar(this.enumValue(node));
      case "null":
        return scalar("null");
      default:
        return this.untyped(node, depth);
    }
  }
  /**
   * An object literal. A derived type in a base-typed place gets `as Derived`: TypeScript
   * rejects derived-only properties in a base-typed literal (sdk-conventions.md §6).
   * The body (`isRoot`) is annotated with its type instead of cast.
   */
  object(node, depth, isRoot, promoteOdataId = false) {
    const entries = [];
    for (const p of node.properties) {
      entries.push(entry(depth + 1, propertyKey(p.name), this.value(p.value, depth + 1, false)));
    }
    const additional = [];
    for (const a of node.additionalData) {
      if (promoteOdataId && a.key === "@odata.id" && a.value.kind === "untypedString") {
        entries.push(entry(depth + 1, "odataId", scalar(tsString(a.value.value))));
        continue;
      }
      additional.push(entry(depth + 2, tsQuotedKey(a.key), this.plain(a.value, depth + 2)));
    }
    if (additional.length > 0) {
      entries.push(entry(depth + 1, "additionalData", block2("{", dedupeByKey(additional), depth + 1, "}")));
    }
    let close = "}";
    if (!isRoot && node.typeName !== null && node.declaredTypeName !== null && node.typeName !== node.declaredTypeName) {
      close = `} as ${this.modelType(node.typeName)}`;
    }
    return block2("{", dedupeByKey(entries), depth, close);
  }
  primitive(node, inArray) {
    const bang = inArray ? "!" : "";
    switch (node.primitive) {
      case "string":
      case "guid":
        return tsString(node.value);
      case "boolean":
        return tsBoolean(node.value);
      case "byte":
      case "sbyte":
      case "int16":
      case "int32":
      case "int64":
      case "single":
      case "double":
      case "decimal":
        return tsNumber(node.value);
      case "dateTimeOffset":
        return `new Date(${tsString(node.value)})`;
      case "date":
        return `${this.kiota("DateOnly")}.parse(${tsString(node.value)})${bang}`;
      case "timeOfDay":
        return `${this.kiota("TimeOnly")}.parse(${tsString(node.value)})${bang}`;
      case "duration":
        return `${this.kiota("Duration")}.parse(${tsString(node.value)})${bang}`;
      case "binary":
        return tsBinary(node.value);
    }
  }
  /** `BodyTypeObject.Html`; flag enums are arrays in the SDK (`[XObject.A, XObject.B]`). */
  enumValue(node) {
    const holder = this.enumConst(node.enumTypeName);
    const members = node.members.map((m) => `${holder}.${enumMemberName3(m)}`);
    if (node.isFlags) return `[${members.join(", ")}]`;
    return members[0] ?? "null";
  }
  /** Untyped JSON at a declared `Edm.Untyped` place: the SDK's `UntypedNode` factories. */
  untyped(node, depth) {
    switch (node.kind) {
      case "untypedObject":
        return block2(
          `${this.kiota("createUntypedObject")}({`,
          dedupeByKey(
            node.entries.map((e) => entry(depth + 1, tsQuotedKey(e.key), this.untyped(e.value, depth + 1)))
          ),
          depth,
          "})"
        );
      case "untypedArray":
        return block2(
          `${this.kiota("createUntypedArray")}([`,
          node.items.map((item) => entry(depth + 1, null, this.untyped(item, depth + 1))),
          depth,
          "])"
        );
      case "untypedString":
        return scalar(`${this.kiota("createUntypedString")}(${tsString(node.value)})`);
      case "untypedNumber":
        return scalar(`${this.kiota("createUntypedNumber")}(${tsNumber(node.value)})`);
      case "untypedBoolean":
        return scalar(`${this.kiota("createUntypedBoolean")}(${node.value ? "true" : "false"})`);
      case "untypedNull":
        return scalar(`${this.kiota("createUntypedNull")}()`);
    }
  }
  /**
   * Plain JSON for `additionalData` (`Record<string, unknown>`): the JSON serialization writer
   * writes nested plain objects and arrays as they are, whereas `UntypedNode` instances there
   * would be serialized as their internal fields.
   */
  plain(node, depth) {
    switch (node.kind) {
      case "untypedObject":
        return block2(
          "{",
          dedupeByKey(node.entries.map((e) => entry(depth + 1, tsQuotedKey(e.key), this.plain(e.value, depth + 1)))),
          depth,
          "}"
        );
      case "untypedArray":
        return block2(
          "[",
          node.items.map((item) => entry(depth + 1, null, this.plain(item, depth + 1))),
          depth,
          "]"
        );
      case "untypedString":
        return scalar(tsString(node.value));
      case "untypedNumber":
        return scalar(tsNumber(node.value));
      case "untypedBoolean":
        return scalar(node.value ? "true" : "false");
      case "untypedNull":
        return scalar("null");
    }
  }
  // ---- body ----
  body(body, steps) {
    if (body.kind === "stream") {
      return { annotation: "", value: scalar(`new ArrayBuffer(${body.length})`) };
    }
    const value = body.value;
    if (value.kind !== "object") return { annotation: "", value: this.value(value, 0, false) };
    const info = body.bodyType;
    let type = null;
    let promoteOdataId = false;
    switch (info.kind) {
      case "actionParameters":
        type = this.actionBodyType(info.segmentName, steps);
        break;
      case "reference":
        type = this.imports.use(`${this.sdkPackage}/models`, info.method === "PUT" ? "ReferenceUpdate" : "ReferenceCreate");
        promoteOdataId = true;
        break;
      case "type":
        type = this.modelType(value.typeName ?? info.typeName);
        break;
      case "unknown":
        type = value.typeName !== null ? this.modelType(value.typeName) : null;
        break;
    }
    return { annotation: type === null ? "" : ` : ${type}`, value: this.object(value, 0, true, promoteOdataId) };
  }
  /**
   * An empty body for a POST/PATCH/PUT whose example has none but whose SDK method requires
   * one (`patch(body: Channel)`, `createForward.post(body: CreateForwardPostRequestBody)`):
   * the call does not compile without it. Actions whose metadata declares no parameters
   * (`post(requestConfiguration?)`) and paths the schema does not describe get none.
   */
  emptyBody(steps) {
    const last = this.ast.path[this.ast.path.length - 1];
    if (!last || !BODY_METHODS.has(this.ast.method)) return null;
    const empty = (annotation) => ({ annotation, value: block2("{", [], 0, "}") });
    switch (last.kind) {
      case "action": {
        const ops = this.schema.operationsNamed(last.fullName).filter((op) => op.kind === "action");
        if (!ops.some((op) => op.parameters.length > 0)) return null;
        return empty(` : ${this.actionBodyType(last.name, steps)}`);
      }
      case "ref":
        return empty(` : ${this.imports.use(`${this.sdkPackage}/models`, this.ast.method === "PUT" ? "ReferenceUpdate" : "ReferenceCreate")}`);
      case "value":
        return { annotation: "", value: scalar("new ArrayBuffer(0)") };
      case "function":
      case "count":
      case "raw":
        return null;
      default: {
        const target = last.target?.name;
        if (!target || !this.schema.structured(target)) return null;
        return empty(` : ${this.modelType(target)}`);
      }
    }
  }
  /**
   * `<Action>PostRequestBody`, from the request builder's folder in the service package:
   * `@microsoft/msgraph-sdk-users/users/item/sendMail` (`me` is `users/item` in TypeScript).
   */
  actionBodyType(segmentName, steps) {
    const lower = segmentName.toLowerCase();
    let end = steps.length - 1;
    for (let i = steps.length - 1; i >= 0; i--) {
      const s = steps[i].segment;
      if (s.kind === "action" && s.name.toLowerCase() === lower) {
        end = i;
        break;
      }
    }
    const actionStep = steps[end];
    const className2 = actionStep ? actionStep.className : upperFirst(cleanupSymbolName(segmentName));
    const folders = steps.slice(0, end + 1).flatMap((s, i) => i === 0 && isMe(s.segment) ? ["users", "item"] : [s.namespacePart]);
    const module = `${servicePackage(this.sdkPackage, steps)}/${folders.join("/")}`;
    return this.imports.use(module, `${className2}${upperFirst(this.ast.method.toLowerCase())}RequestBody`);
  }
  // ---- request configuration ----
  configuration(headers, query) {
    const entries = [];
    const headerEntries = this.headers(headers);
    if (headerEntries.length > 0) entries.push(entry(1, "headers", block2("{", headerEntries, 1, "}")));
    const queryEntries = query === null ? [] : this.queryParameters(query);
    if (queryEntries.length > 0) {
      entries.push(entry(1, "queryParameters", block2("{", queryEntries, 1, "}")));
    }
    return entries.length === 0 ? null : block2("{", entries, 0, "}");
  }
  /**
   * Header entries (the AST already left out the ones the SDK sets itself, such as
   * `Content-Type`). A repeated header becomes one `string[]` entry: duplicate keys do not
   * compile.
   */
  headers(headers) {
    const groups = /* @__PURE__ */ new Map();
    for (const h of headers) {
      const lower = h.name.toLowerCase();
      const g = groups.get(lower);
      if (g) g.values.push(h.value);
      else groups.set(lower, { name: h.name, values: [h.value] });
    }
    return [...groups.values()].map(
      (g) => entry(2, tsQuotedKey(g.name), scalar(g.values.length === 1 ? tsString(g.values[0]) : `[${g.values.map(tsString).join(", ")}]`))
    );
  }
  queryParameters(query) {
    const entries = query.map((q) => {
      const name = queryParameterName3(q.name);
      return entry(2, objectKey(name), scalar(queryValue(q, q.value)));
    });
    return dedupeByKey(entries);
  }
};
function objectKey(name) {
  return isPlainIdentifier(name) ? name : tsQuotedKey(name);
}
var propertyKeys = /* @__PURE__ */ new Map();
function propertyKey(wire) {
  let key = propertyKeys.get(wire);
  if (key === void 0) {
    key = objectKey(propertyName3(wire));
    propertyKeys.set(wire, key);
  }
  return key;
}
function queryValue(option, value) {
  const system = option.system;
  if (system === null || !SDK_TYPED_QUERY_OPTIONS.has(system)) return tsString(queryText2(value));
  switch (value.kind) {
    case "list":
      return `[${value.items.map(tsString).join(",")}]`;
    case "integer":
      return String(value.value);
    case "boolean":
      return value.value ? "true" : "false";
    case "string":
      if (system !== null && ARRAY_QUERY_OPTIONS.has(system)) return `[${tsString(value.value)}]`;
      if (system !== null && NUMBER_QUERY_OPTIONS.has(system) && DIGITS.test(value.value)) return value.value;
      if (system === "count" && (value.value === "true" || value.value === "false")) return value.value;
      return tsString(value.value);
  }
}
function queryText2(value) {
  switch (value.kind) {
    case "list":
      return value.items.join(",");
    case "integer":
      return String(value.value);
    case "boolean":
      return value.value ? "true" : "false";
    case "string":
      return value.value;
  }
}
function isMe(segment) {
  return segment.kind === "singleton" && segment.name.toLowerCase() === "me";
}
function servicePackage(sdkPackage, steps) {
  const first = steps[0];
  if (!first) return sdkPackage;
  const segment = isMe(first.segment) ? "users" : first.namespacePart.toLowerCase();
  return `${sdkPackage}-${segment}`;
}
function member(name) {
  return isPlainIdentifier(name) ? `.${name}` : `[${tsString(name)}]`;
}
function stepText(step) {
  switch (step.kind) {
    case "property":
      return member(step.name);
    case "indexer":
      return `${member(step.methodName)}(${tsString(step.parameter)})`;
    case "method": {
      const segment = step.segment;
      const args = step.args.map((a) => {
        const declared = segment.arguments.find((x) => x.name === a.name)?.type?.primitive;
        if (a.isInteger || declared !== void 0 && INTEGER_KINDS2.has(declared)) return "1";
        if (declared === "boolean") return "true";
        return tsString(a.placeholder);
      });
      return `${member(step.name)}(${args.join(", ")})`;
    }
  }
}
function tokenUrl(ast) {
  if (!ast.query.some((q) => q.system === "skiptoken" || q.system === "deltatoken")) return null;
  const path = ast.path.map((s) => s.raw).join("/");
  const query = ast.query.map((q) => `${q.name}=${queryText2(q.value)}`).join("&");
  return `${GRAPH_HOST}/${ast.version}/${path}?${query}`;
}
function buildSnippetView(ast, schema) {
  const b = new ViewBuilder2(ast, schema);
  const steps = requestBuilderSteps(ast.path);
  const clientFactory = ast.version === "beta" ? "createGraphBetaServiceClient" : "createGraphServiceClient";
  b.imports.use(b.sdkPackage, clientFactory);
  const body = !BODY_METHODS.has(ast.method) ? null : ast.body === null ? b.emptyBody(steps) : b.body(ast.body, steps);
  const url = tokenUrl(ast);
  const configuration = b.configuration(ast.headers, url === null ? ast.query : null);
  const chain = steps.map(stepText);
  if (url !== null) chain.push(`.withUrl(${tsString(url)})`);
  const args = [];
  if (body !== null) args.push("requestBody");
  if (configuration !== null) args.push("configuration");
  const sideEffect = steps.length > 0 ? servicePackage(b.sdkPackage, steps) : null;
  return {
    header: SNIPPET_HEADER,
    imports: b.imports.lines(sideEffect, b.sdkPackage),
    clientFactory,
    body,
    configuration,
    note: url === null ? null : WITH_URL_NOTE,
    call: {
      assignsResult: ast.responseType !== null,
      chain,
      method: ast.method.toLowerCase(),
      args: args.join(", ")
    }
  };
}

// src/emit/typescript/target.ts
var templates3;
function compiled3() {
  templates3 ??= compileLanguageTemplates("typescript");
  return templates3;
}
var typescriptTarget = {
  id: "typescript",
  fenceLanguage: "typescript",
  outputFolder: "typescript",
  extension: ".ts",
  emit(ast, context) {
    return compiled3().render(buildSnippetView(ast, context.schema));
  }
};

// src/emit/registry.ts
var LANGUAGE_TARGETS = [csharpTarget, typescriptTarget, pythonTarget];
var LANGUAGE_IDS = LANGUAGE_TARGETS.map((t) => t.id);
function languageTarget(id) {
  return LANGUAGE_TARGETS.find((t) => t.id === id);
}

// src/http/body.ts
import { parseTree } from "jsonc-parser";
var MAX_BODY_BYTES = 5 * 1024 * 1024;
var MAX_JSON_DEPTH = 500;
function isJsonMediaType(contentType2) {
  const media = contentType2.split(";")[0].trim().toLowerCase();
  return media === "application/json" || media === "text/json" || media.endsWith("+json");
}
function parseBody(text, contentType2, locate) {
  if (text.length > MAX_BODY_BYTES / 4 && Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) {
    return {
      ok: false,
      error: {
        severity: "error",
        code: "E_BODY_TOO_LARGE",
        message: `request body is larger than ${MAX_BODY_BYTES / (1024 * 1024)} MB`,
        location: locate(0)
      }
    };
  }
  const jsonAllowed = contentType2 === null || isJsonMediaType(contentType2);
  if (!jsonAllowed || !looksLikeJson(text)) {
    return { ok: true, body: { kind: "raw", text, contentType: contentType2 }, warnings: [] };
  }
  const tooDeep = findExcessDepth(text, MAX_JSON_DEPTH);
  if (tooDeep >= 0) {
    return {
      ok: false,
      error: {
        severity: "error",
        code: "E_BODY_TOO_DEEP",
        message: `JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`,
        location: locate(tooDeep)
      }
    };
  }
  const errors = [];
  const root = parseTree(nbspToSpace(text), errors, {
    allowTrailingComma: true,
    disallowComments: false
  });
  if (errors.length > 0 || !root) {
    const first = errors[0] ?? { error: 0, offset: 0, length: 0 };
    return {
      ok: false,
      error: {
        severity: "error",
        code: "E_BODY_JSON",
        message: `invalid JSON body: ${describeJsoncError(first, text)}`,
        location: locate(first.offset)
      }
    };
  }
  return { ok: true, body: { kind: "json", text, root }, warnings: duplicateKeys(root, locate) };
}
function looksLikeJson(text) {
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === " " || c === "	" || c === "\n") continue;
    return c === "{" || c === "[" || c === "/" && (text[k + 1] === "/" || text[k + 1] === "*");
  }
  return false;
}
function nbspToSpace(text) {
  if (!text.includes("\xA0")) return text;
  let out = "";
  let last = 0;
  let inString = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (inString) {
      if (c === "\\") k++;
      else if (c === '"' || c === "\n") inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === "\xA0") {
      out += text.slice(last, k) + " ";
      last = k + 1;
    }
  }
  return out + text.slice(last);
}
function findExcessDepth(text, max) {
  let depth = 0;
  const n = text.length;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 34) {
      for (k++; k < n; k++) {
        const d = text.charCodeAt(k);
        if (d === 92) k++;
        else if (d === 34 || d === 10) break;
      }
    } else if (c === 47 && text.charCodeAt(k + 1) === 47) {
      const e = text.indexOf("\n", k);
      k = e < 0 ? n : e;
    } else if (c === 47 && text.charCodeAt(k + 1) === 42) {
      const e = text.indexOf("*/", k + 2);
      k = e < 0 ? n : e + 1;
    } else if (c === 123 || c === 91) {
      if (++depth > max) return k;
    } else if (c === 125 || c === 93) {
      if (depth > 0) depth--;
    }
  }
  return -1;
}
function duplicateKeys(root, locate) {
  const warnings = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === "object") {
      const seen = /* @__PURE__ */ new Set();
      for (const prop of node.children ?? []) {
        const key = prop.children?.[0];
        if (key && typeof key.value === "string") {
          if (seen.has(key.value)) {
            warnings.push({
              severity: "warning",
              code: "W_DUPLICATE_KEY",
              message: `duplicate key "${key.value}" in JSON body`,
              location: locate(key.offset)
            });
          }
          seen.add(key.value);
        }
        const value = prop.children?.[1];
        if (value) stack.push(value);
      }
    } else if (node.type === "array") {
      for (const child of node.children ?? []) stack.push(child);
    }
  }
  return warnings.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}

// src/http/locate.ts
var ContentLocator = class {
  lines;
  example;
  constructor(example) {
    this.example = example;
    this.lines = example.content.split("\n");
  }
  /** `lineIndex` into `lines` (0-based), `charIndex` into that line (0-based). */
  at(lineIndex, charIndex) {
    const e = this.example;
    const indent2 = e.contentLineIndents?.[lineIndex] ?? e.contentIndent;
    return { file: e.file, line: e.contentLine + lineIndex, column: indent2 + charIndex + 1 };
  }
  /**
   * Locator for a text made of content lines `[firstLine, …]` joined by `\n` (the body): a table
   * of line starts, binary-searched per lookup.
   */
  forText(text, firstLine) {
    const starts = [0];
    for (let k = text.indexOf("\n"); k >= 0; k = text.indexOf("\n", k + 1)) starts.push(k + 1);
    return (offset) => {
      const o = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return this.at(firstLine + lo, o - starts[lo]);
    };
  }
};

// src/http/percent.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
function hex2(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}
function percentDecode(s, plusAsSpace) {
  if (!s.includes("%") && !(plusAsSpace && s.includes("+"))) return { ok: true, value: s };
  let out = "";
  let k = 0;
  while (k < s.length) {
    const c = s.charCodeAt(k);
    if (c === 43 && plusAsSpace) {
      out += " ";
      k++;
      continue;
    }
    if (c !== 37) {
      out += s[k];
      k++;
      continue;
    }
    const runStart = k;
    const bytes = [];
    while (k < s.length && s.charCodeAt(k) === 37) {
      const hi = hex2(s.charCodeAt(k + 1));
      const lo = hex2(s.charCodeAt(k + 2));
      if (hi < 0 || lo < 0) {
        return {
          ok: false,
          index: k,
          message: `invalid percent-encoding '${s.slice(k, k + 3)}' (expected % and two hex digits)`
        };
      }
      bytes.push(hi * 16 + lo);
      k += 3;
    }
    try {
      out += utf8.decode(new Uint8Array(bytes));
    } catch {
      return {
        ok: false,
        index: runStart,
        message: `percent-encoded bytes '${s.slice(runStart, k)}' are not valid UTF-8`
      };
    }
  }
  return { ok: true, value: out };
}

// src/http/query.ts
var SYSTEM = {
  select: "select",
  expand: "expand",
  filter: "filter",
  orderby: "orderby",
  search: "search",
  top: "top",
  skip: "skip",
  count: "count",
  skiptoken: "skiptoken",
  deltatoken: "deltatoken",
  format: "format"
};
var DOLLARLESS = /* @__PURE__ */ new Set([
  "select",
  "expand",
  "filter",
  "orderby",
  "search",
  "top",
  "skip",
  "count"
]);
function parseQuery(query) {
  const options = [];
  for (const [start, end] of splitPairs(query)) {
    const piece = query.slice(start, end);
    if (piece.trim() === "") continue;
    const eq = piece.indexOf("=");
    const rawName = eq < 0 ? piece : piece.slice(0, eq);
    const rawValue = eq < 0 ? "" : piece.slice(eq + 1);
    const name = percentDecode(rawName, true);
    if (!name.ok) return { index: start + name.index, message: name.message };
    const value = percentDecode(rawValue, true);
    if (!value.ok) return { index: start + eq + 1 + value.index, message: value.message };
    options.push(makeOption(name.value.trim(), value.value.trim()));
  }
  return options;
}
function isQueryError(r) {
  return !Array.isArray(r);
}
function makeOption(name, raw) {
  const lower = name.toLowerCase();
  const system = lower.startsWith("$") ? SYSTEM[lower.slice(1)] ?? null : DOLLARLESS.has(lower) ? SYSTEM[lower] : null;
  return { name, system, raw, value: typedValue(system, raw) };
}
function typedValue(system, raw) {
  switch (system) {
    case "select":
    case "expand":
    case "orderby":
      return { kind: "list", items: splitList(raw) };
    case "top":
    case "skip":
      return /^[+-]?\d+$/.test(raw) && Number.isSafeInteger(Number(raw)) ? { kind: "integer", value: Number(raw) } : { kind: "string", value: raw };
    case "count":
      return booleanOr(raw);
    case null:
      return booleanOr(raw);
    default:
      return { kind: "string", value: raw };
  }
}
function booleanOr(raw) {
  const l = raw.toLowerCase();
  if (l === "true" || l === "false") return { kind: "boolean", value: l === "true" };
  return { kind: "string", value: raw };
}
function splitList(raw) {
  return splitOutside(raw, ",").map(([s, e]) => raw.slice(s, e).trim()).filter((x) => x !== "");
}
function splitPairs(query) {
  return splitOutside(query, "&");
}
function splitOutside(text, sep3) {
  const ranges = [];
  let depth = 0;
  let inQuote = false;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === "'") inQuote = !inQuote;
    else if (inQuote) continue;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === sep3 && depth === 0) {
      ranges.push([start, k]);
      start = k + 1;
    }
  }
  ranges.push([start, text.length]);
  if (!inQuote && depth === 0) return ranges;
  const plain = [];
  start = 0;
  for (let k = text.indexOf(sep3); k >= 0; k = text.indexOf(sep3, k + 1)) {
    plain.push([start, k]);
    start = k + 1;
  }
  plain.push([start, text.length]);
  return plain;
}

// src/http/types.ts
var HTTP_METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"];

// src/http/url.ts
var KNOWN_VERSIONS = { "v1.0": "v1.0", beta: "beta" };
function parseUrl(raw, defaultVersion) {
  let pathStart = 0;
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(raw);
  if (scheme) {
    if (!/^https?:\/\/$/i.test(scheme[0])) {
      return { code: "E_URL", index: 0, message: `unsupported URL scheme '${scheme[0]}'` };
    }
    const hostStart = scheme[0].length;
    let k2 = hostStart;
    while (k2 < raw.length && raw[k2] !== "/" && raw[k2] !== "?") k2++;
    if (k2 === hostStart) return { code: "E_URL", index: hostStart, message: "URL has no host" };
    pathStart = k2;
  }
  const q = raw.indexOf("?", pathStart);
  const pathEnd = q < 0 ? raw.length : q;
  const segments = [];
  let k = pathStart;
  while (k <= pathEnd) {
    let e = raw.indexOf("/", k);
    if (e < 0 || e > pathEnd) e = pathEnd;
    if (e > k) {
      const decoded = percentDecode(raw.slice(k, e), false);
      if (!decoded.ok) {
        return { code: "E_PERCENT_ENCODING", index: k + decoded.index, message: decoded.message };
      }
      segments.push(decoded.value);
    }
    k = e + 1;
  }
  let version = defaultVersion;
  const known = segments.length > 0 ? KNOWN_VERSIONS[segments[0].toLowerCase()] : void 0;
  if (known) {
    version = known;
    segments.shift();
  }
  return {
    version,
    path: "/" + segments.join("/"),
    query: q < 0 ? "" : raw.slice(q + 1),
    queryIndex: q < 0 ? raw.length : q + 1
  };
}
function isUrlError(r) {
  return "code" in r;
}

// src/http/parse.ts
var HEADER_RE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:(.*)$/;
var HTTP_VERSION_RE = /^HTTP\/\d+(?:\.\d+)?$/i;
function parseHttpExample(example, options) {
  if (example.diagnostics.some((d) => d.severity === "error")) {
    return { ok: false, diagnostics: example.diagnostics };
  }
  const warnings = [...example.diagnostics];
  const loc = new ContentLocator(example);
  const lines = loc.lines;
  const fail = (d) => ({
    ok: false,
    diagnostics: [...warnings, { severity: "error", ...d }]
  });
  let i = 0;
  while (i < lines.length && lines[i].trim() === "") i++;
  if (i === lines.length) {
    return fail({
      code: "E_REQUEST_LINE",
      message: 'the request block is empty (expected "METHOD URL")',
      location: loc.at(0, 0)
    });
  }
  const requestLine = lines[i];
  const requestLineIndex = i;
  const methodStart = requestLine.length - requestLine.trimStart().length;
  let methodEnd = methodStart;
  while (methodEnd < requestLine.length && !/[ \t]/.test(requestLine[methodEnd])) methodEnd++;
  const methodText = requestLine.slice(methodStart, methodEnd);
  const method = methodText.toUpperCase();
  if (!HTTP_METHODS.includes(method)) {
    const isWord = /^[A-Za-z]+$/.test(methodText);
    return fail({
      code: isWord ? "E_METHOD" : "E_REQUEST_LINE",
      message: isWord ? `unknown HTTP method '${methodText}' (expected ${HTTP_METHODS.join(", ")})` : `expected "METHOD URL" as the first line, found '${requestLine.trim().slice(0, 60)}'`,
      location: loc.at(i, methodStart)
    });
  }
  let urlStart = methodEnd;
  while (urlStart < requestLine.length && /[ \t]/.test(requestLine[urlStart])) urlStart++;
  let urlEnd = requestLine.trimEnd().length;
  let lastToken = urlEnd;
  while (lastToken > urlStart && !/[ \t]/.test(requestLine[lastToken - 1])) lastToken--;
  if (HTTP_VERSION_RE.test(requestLine.slice(lastToken, urlEnd))) {
    urlEnd = lastToken;
    while (urlEnd > urlStart && /[ \t]/.test(requestLine[urlEnd - 1])) urlEnd--;
  }
  const rawUrl = requestLine.slice(urlStart, urlEnd);
  if (rawUrl === "") {
    return fail({
      code: "E_REQUEST_LINE",
      message: `request line has no URL after '${methodText}'`,
      location: loc.at(i, methodEnd)
    });
  }
  const url = parseUrl(rawUrl, options.defaultVersion);
  if (isUrlError(url)) {
    return fail({ code: url.code, message: url.message, location: loc.at(i, urlStart + url.index) });
  }
  const query = parseQuery(url.query);
  if (isQueryError(query)) {
    return fail({
      code: "E_PERCENT_ENCODING",
      message: query.message,
      location: loc.at(i, urlStart + url.queryIndex + query.index)
    });
  }
  i++;
  if (i < lines.length && lines[i].trim() === "") {
    let j = i;
    while (j < lines.length && lines[j].trim() === "") j++;
    if (j < lines.length && HEADER_RE.test(lines[j].trim())) i = j;
  }
  const headers = [];
  let bodyStart = -1;
  for (; i < lines.length && lines[i].trim() !== ""; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    const m = HEADER_RE.exec(trimmed);
    if (m) {
      headers.push({ name: m[1], value: m[2].trim() });
    } else if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      bodyStart = i;
      break;
    } else {
      warnings.push({
        severity: "warning",
        code: "W_HEADER_INVALID",
        message: `line is not a header ("Name: value") and is skipped: '${trimmed.slice(0, 60)}'`,
        location: loc.at(i, line.length - line.trimStart().length)
      });
    }
  }
  if (bodyStart < 0) {
    bodyStart = i;
    while (bodyStart < lines.length && lines[bodyStart].trim() === "") bodyStart++;
  }
  let bodyEnd = lines.length;
  while (bodyEnd > bodyStart && lines[bodyEnd - 1].trim() === "") bodyEnd--;
  const bodyText = bodyStart < bodyEnd ? lines.slice(bodyStart, bodyEnd).join("\n") : "";
  const locateBodyOffset = loc.forText(bodyText, Math.min(bodyStart, lines.length - 1));
  let body = null;
  if (bodyText !== "") {
    const contentType2 = lastHeader(headers, "content-type");
    const parsed = parseBody(bodyText, contentType2, locateBodyOffset);
    if (!parsed.ok) return fail(parsed.error);
    body = parsed.body;
    warnings.push(...parsed.warnings);
  }
  return {
    ok: true,
    request: {
      method,
      rawUrl,
      version: url.version,
      path: url.path,
      query,
      headers,
      body,
      locateBodyOffset,
      requestLineLocation: loc.at(requestLineIndex, methodStart),
      diagnostics: warnings
    }
  };
}
function lastHeader(headers, lowerName) {
  for (let k = headers.length - 1; k >= 0; k--) {
    if (headers[k].name.toLowerCase() === lowerName) return headers[k].value;
  }
  return null;
}

// src/metadata/load-csdl.ts
init_cache();
import { readFileSync as readFileSync3 } from "node:fs";

// src/metadata/csdl.ts
import { XMLParser, XMLValidator } from "fast-xml-parser";

// src/metadata/schema.ts
var EDM_PRIMITIVES = {
  "Edm.String": "string",
  "Edm.Boolean": "boolean",
  "Edm.Byte": "byte",
  "Edm.SByte": "sbyte",
  "Edm.Int16": "int16",
  "Edm.Int32": "int32",
  "Edm.Int64": "int64",
  "Edm.Single": "single",
  "Edm.Double": "double",
  "Edm.Decimal": "decimal",
  "Edm.DateTimeOffset": "dateTimeOffset",
  "Edm.Date": "date",
  "Edm.TimeOfDay": "timeOfDay",
  "Edm.Duration": "duration",
  "Edm.Guid": "guid",
  "Edm.Binary": "binary",
  "Edm.Stream": "stream",
  "Edm.Untyped": "untyped",
  // Abstract Edm types seen in Graph metadata; treated as untyped JSON.
  "Edm.PrimitiveType": "untyped",
  "Edm.ComplexType": "untyped",
  "Edm.EntityType": "untyped"
};
function isStructured(t) {
  return t !== void 0 && (t.kind === "entity" || t.kind === "complex");
}
function isEnum(t) {
  return t !== void 0 && t.kind === "enum";
}
function parseTypeString(text) {
  const m = /^Collection\((.+)\)$/.exec(text.trim());
  const inner = m ? m[1].trim() : text.trim();
  const isCollection = m !== null;
  const primitive = EDM_PRIMITIVES[inner];
  return primitive ? { primitive, isCollection } : { name: inner, isCollection };
}

// src/metadata/csdl.ts
var PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  removeNSPrefix: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Annotations are large and unused: keep them as unparsed text.
  stopNodes: ["*.Annotations", "*.Annotation"],
  // A matcher object instead of a jPath string built for every node.
  jPath: false
};
var ATTRS_KEY = ":@";
var NO_ATTRS = {};
function tagOf(node) {
  for (const key in node) if (key !== ATTRS_KEY) return key;
  return void 0;
}
function attrsOf(node) {
  return node[ATTRS_KEY] ?? NO_ATTRS;
}
function childrenOf(node) {
  const tag = tagOf(node);
  const value = tag === void 0 ? void 0 : node[tag];
  return Array.isArray(value) ? value : [];
}
function childElements(node, tag) {
  return childrenOf(node).filter((c) => tagOf(c) === tag);
}
function required(a, name, what) {
  const value = a[name];
  if (value === void 0 || value === "") throw new Error(`${what} without ${name} attribute`);
  return value;
}
var isTrue = (v) => v === "true";
function parseCsdl(xml, version, source) {
  const text = xml.charCodeAt(0) === 65279 ? xml.slice(1) : xml;
  if (text.trim() === "") throw new Error("empty document: no <Schema> element");
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    const where = col === void 0 ? `line ${line}` : `line ${line}, column ${col}`;
    throw new Error(`malformed XML at ${where}: ${msg}`);
  }
  const roots = new XMLParser(PARSER_OPTIONS).parse(text);
  const schemas = findSchemas(roots);
  if (schemas.length === 0) throw new Error("no <Schema> element found (not an OData CSDL document?)");
  const aliases = /* @__PURE__ */ new Map();
  const namespaces = [];
  for (const s of schemas) {
    const a = attrsOf(s);
    const ns = required(a, "Namespace", "<Schema>");
    namespaces.push(ns);
    if (a.Alias) aliases.set(a.Alias, ns);
  }
  const resolveName = (qualified) => {
    const dot = qualified.lastIndexOf(".");
    if (dot <= 0) return qualified;
    const ns = aliases.get(qualified.slice(0, dot));
    return ns === void 0 ? qualified : `${ns}${qualified.slice(dot)}`;
  };
  const resolveType = (text2) => {
    const ref = parseTypeString(text2);
    if (ref.primitive || ref.name === void 0) return ref;
    if (ref.name.startsWith("Edm.")) return { primitive: "untyped", isCollection: ref.isCollection };
    return { name: resolveName(ref.name), isCollection: ref.isCollection };
  };
  const types = {};
  const operations = [];
  const entitySets = [];
  const singletons = [];
  const operationImports = [];
  let hasContainer = false;
  schemas.forEach((schemaNode, i) => {
    const namespace = namespaces[i];
    for (const el of childrenOf(schemaNode)) {
      const tag = tagOf(el);
      const a = attrsOf(el);
      switch (tag) {
        case "EntityType":
        case "ComplexType": {
          const name = required(a, "Name", `<${tag}> in ${namespace}`);
          const what = `${namespace}.${name}`;
          const properties = [];
          const navigationProperties = [];
          for (const p of childrenOf(el)) {
            const ptag = tagOf(p);
            if (ptag !== "Property" && ptag !== "NavigationProperty") continue;
            const pa = attrsOf(p);
            const pname = required(pa, "Name", `<${ptag}> of ${what}`);
            const type = resolveType(required(pa, "Type", `<${ptag}> ${what}/${pname}`));
            if (ptag === "Property") properties.push({ name: pname, type });
            else navigationProperties.push({ name: pname, type, containsTarget: isTrue(pa.ContainsTarget) });
          }
          types[what] = {
            kind: tag === "EntityType" ? "entity" : "complex",
            fullName: what,
            namespace,
            name,
            baseType: a.BaseType ? resolveName(a.BaseType) : null,
            isAbstract: isTrue(a.Abstract),
            isOpen: isTrue(a.OpenType),
            hasStream: isTrue(a.HasStream),
            properties,
            navigationProperties
          };
          break;
        }
        case "EnumType": {
          const name = required(a, "Name", `<EnumType> in ${namespace}`);
          const what = `${namespace}.${name}`;
          const members = childElements(el, "Member").map((m, ordinal) => {
            const ma = attrsOf(m);
            const mname = required(ma, "Name", `<Member> of ${what}`);
            if (ma.Value === void 0) return { name: mname, value: ordinal };
            const value = Number(ma.Value);
            if (!Number.isFinite(value))
              throw new Error(`enum member ${what}.${mname} has a non-numeric Value "${ma.Value}"`);
            return { name: mname, value };
          });
          types[what] = { kind: "enum", fullName: what, namespace, name, isFlags: isTrue(a.IsFlags), members };
          break;
        }
        case "Action":
        case "Function": {
          const name = required(a, "Name", `<${tag}> in ${namespace}`);
          const what = `${tag.toLowerCase()} ${namespace}.${name}`;
          const isBound = isTrue(a.IsBound);
          const params = childElements(el, "Parameter").map((p) => {
            const pa = attrsOf(p);
            const pname = required(pa, "Name", `<Parameter> of ${what}`);
            return {
              name: pname,
              type: resolveType(required(pa, "Type", `<Parameter> ${pname} of ${what}`)),
              nullable: pa.Nullable !== "false"
            };
          });
          if (isBound && params.length === 0) throw new Error(`bound ${what} has no binding parameter`);
          const returnNode = childElements(el, "ReturnType")[0];
          const returnTypeText = returnNode ? attrsOf(returnNode).Type : void 0;
          operations.push({
            kind: tag === "Action" ? "action" : "function",
            name,
            namespace,
            fullName: `${namespace}.${name}`,
            isBound,
            bindingType: isBound ? params[0].type : null,
            parameters: isBound ? params.slice(1) : params,
            returnType: returnTypeText ? resolveType(returnTypeText) : null,
            isComposable: isTrue(a.IsComposable)
          });
          break;
        }
        case "EntityContainer": {
          hasContainer = true;
          for (const c of childrenOf(el)) {
            const ctag = tagOf(c);
            const ca = attrsOf(c);
            if (ctag === "EntitySet") {
              const sname = required(ca, "Name", "<EntitySet>");
              entitySets.push({
                name: sname,
                entityType: resolveName(required(ca, "EntityType", `<EntitySet> ${sname}`))
              });
            } else if (ctag === "Singleton") {
              const sname = required(ca, "Name", "<Singleton>");
              singletons.push({ name: sname, type: resolveName(required(ca, "Type", `<Singleton> ${sname}`)) });
            } else if (ctag === "ActionImport" || ctag === "FunctionImport") {
              operationImports.push(required(ca, "Name", `<${ctag}>`));
            }
          }
          break;
        }
        default:
          break;
      }
    }
  });
  const container = hasContainer ? { entitySets, singletons, operationImports } : null;
  return { version, sources: [source], types, operations, container, discriminators: {} };
}
function findSchemas(roots) {
  const out = [];
  for (const root of roots) {
    const tag = tagOf(root);
    if (tag === "Schema") out.push(root);
    else if (tag === "Edmx") {
      for (const ds of childElements(root, "DataServices")) out.push(...childElements(ds, "Schema"));
    }
  }
  return out;
}

// src/metadata/load-csdl.ts
var CSDL_FORMAT_VERSION = 1;
function loadCsdlSchema(file, version, options = {}) {
  let bytes;
  try {
    bytes = readFileSync3(file);
  } catch (error) {
    throw new Error(`cannot read CSDL file ${file}: ${error.message}`, { cause: error });
  }
  const hash = sha256(bytes);
  const key = { namespace: "csdl", fingerprint: `csdl-format-${CSDL_FORMAT_VERSION}|${version}|sha256:${hash}` };
  const { value, hit } = loadCached(
    key,
    () => {
      try {
        return parseCsdl(bytes.toString("utf8"), version, { kind: "csdl", description: file, fingerprint: hash });
      } catch (error) {
        throw new Error(`invalid CSDL file ${file}: ${error.message}`, { cause: error });
      }
    },
    options
  );
  const source = value.sources[0];
  const schema = source && source.description !== file ? { ...value, sources: [{ ...source, description: file }] } : value;
  return { schema, cacheHit: hit };
}

// src/metadata/load.ts
init_errors();

// src/metadata/typings/agreement.ts
var NUMBERS = /* @__PURE__ */ new Set([
  "byte",
  "sbyte",
  "int16",
  "int32",
  "int64",
  "single",
  "double",
  "decimal"
]);
function primitivesCompatible(typings, csdl) {
  if (typings === csdl) return true;
  if (typings === "int32" && NUMBERS.has(csdl)) return true;
  if (typings === "binary" && csdl === "stream") return true;
  return false;
}

// src/metadata/merge.ts
var lastStats;
function mergeSchemas(typings, csdl) {
  if (!csdl) return typings;
  const csdlByLower = /* @__PURE__ */ new Map();
  for (const t of Object.values(csdl.types)) csdlByLower.set(t.fullName.toLowerCase(), t);
  const typingsByLower = /* @__PURE__ */ new Map();
  for (const t of Object.values(typings.types)) typingsByLower.set(t.fullName.toLowerCase(), t);
  const confirmed = new Set(Object.values(typings.discriminators).map((n) => n.toLowerCase()));
  const spelling = /* @__PURE__ */ new Map();
  for (const [lower, t] of typingsByLower) {
    const c = csdlByLower.get(lower);
    spelling.set(lower, c && !confirmed.has(lower) ? c.fullName : t.fullName);
  }
  for (const [lower, c] of csdlByLower) if (!spelling.has(lower)) spelling.set(lower, c.fullName);
  const respell = (name) => spelling.get(name.toLowerCase()) ?? name;
  const respellRef = (t) => t.name === void 0 ? t : { ...t, name: respell(t.name) };
  const respellRefOrNull = (t) => t ? respellRef(t) : null;
  let droppedCsdlMembers = 0;
  let refinedPrimitives = 0;
  let navigationProperties = 0;
  let typesInBoth = 0;
  let sdkMissingTypes = 0;
  const mergeMemberType = (sdk, service) => {
    if (sdk.primitive && service.primitive) {
      if (sdk.primitive !== service.primitive && primitivesCompatible(sdk.primitive, service.primitive)) {
        refinedPrimitives++;
        return { primitive: service.primitive, isCollection: sdk.isCollection };
      }
      return sdk;
    }
    if (sdk.name && service.name && sdk.name.toLowerCase() === service.name.toLowerCase()) {
      return { name: respell(sdk.name), isCollection: service.isCollection };
    }
    return respellRef(sdk);
  };
  const mergeStructured = (t, c, fullName) => {
    const csdlProps = new Map(c.properties.map((p) => [p.name.toLowerCase(), p]));
    const csdlNavs = new Map(c.navigationProperties.map((n) => [n.name.toLowerCase(), n]));
    const properties = [];
    const navs = [];
    for (const p of t.properties) {
      const lower = p.name.toLowerCase();
      const nav = csdlNavs.get(lower);
      if (nav) {
        navs.push({ name: p.name, type: mergeMemberType(p.type, nav.type), containsTarget: nav.containsTarget });
        continue;
      }
      const cp = csdlProps.get(lower);
      properties.push({ name: p.name, type: cp ? mergeMemberType(p.type, cp.type) : respellRef(p.type) });
    }
    for (const n of t.navigationProperties) navs.push({ ...n, type: respellRef(n.type) });
    const sdkNames = new Set(t.properties.map((p) => p.name.toLowerCase()));
    for (const name of [...csdlProps.keys(), ...csdlNavs.keys()]) if (!sdkNames.has(name)) droppedCsdlMembers++;
    navigationProperties += navs.length;
    return {
      kind: t.kind === "entity" || c.kind === "entity" ? "entity" : "complex",
      fullName,
      namespace: namespaceOf3(fullName),
      name: shortNameOf(fullName),
      baseType: t.baseType ? respell(t.baseType) : null,
      isAbstract: c.isAbstract,
      isOpen: c.isOpen,
      hasStream: c.hasStream,
      properties,
      navigationProperties: navs
    };
  };
  const mergeEnum = (t, c, fullName) => {
    const csdlValues = new Map(c.members.map((m) => [m.name.toLowerCase(), m.value]));
    const used = new Set(c.members.map((m) => m.value));
    let next = Math.max(-1, ...c.members.map((m) => m.value)) + 1;
    if (c.isFlags) next = nextPowerOfTwo(next);
    const members = t.members.map((m) => {
      const known = csdlValues.get(m.name.toLowerCase());
      if (known !== void 0) return { name: m.name, value: known };
      while (used.has(next)) next = c.isFlags ? next * 2 : next + 1;
      const value = next;
      used.add(value);
      next = c.isFlags ? value * 2 : value + 1;
      return { name: m.name, value };
    });
    droppedCsdlMembers += c.members.filter(
      (m) => !t.members.some((x) => x.name.toLowerCase() === m.name.toLowerCase())
    ).length;
    return {
      kind: "enum",
      fullName,
      namespace: namespaceOf3(fullName),
      name: shortNameOf(fullName),
      isFlags: c.isFlags,
      members
    };
  };
  const types = {};
  for (const [lower, t] of typingsByLower) {
    const fullName = spelling.get(lower);
    const c = csdlByLower.get(lower);
    if (c) typesInBoth++;
    if (isStructured(t) && isStructured(c)) types[fullName] = mergeStructured(t, c, fullName);
    else if (isEnum(t) && isEnum(c)) types[fullName] = mergeEnum(t, c, fullName);
    else types[fullName] = respellType(t, fullName, respell, respellRef);
  }
  for (const [lower, c] of csdlByLower) {
    if (typingsByLower.has(lower)) continue;
    sdkMissingTypes++;
    types[spelling.get(lower)] = { ...respellType(c, spelling.get(lower), respell, respellRef), sdkMissing: true };
  }
  const operations = csdl.operations.map((op) => ({
    ...op,
    bindingType: respellRefOrNull(op.bindingType),
    returnType: respellRefOrNull(op.returnType),
    parameters: op.parameters.map((p) => ({ ...p, type: respellRef(p.type) }))
  }));
  const container = csdl.container ? {
    entitySets: csdl.container.entitySets.map((s) => ({ ...s, entityType: respell(s.entityType) })),
    singletons: csdl.container.singletons.map((s) => ({ ...s, type: respell(s.type) })),
    operationImports: [...csdl.container.operationImports]
  } : null;
  const discriminators = {};
  for (const [d, full] of Object.entries(csdl.discriminators)) discriminators[d] = respell(full);
  for (const [d, full] of Object.entries(typings.discriminators)) discriminators[d] = respell(full);
  lastStats = {
    typesInBoth,
    typesOnlyInTypings: typingsByLower.size - typesInBoth,
    sdkMissingTypes,
    droppedCsdlMembers,
    refinedPrimitives,
    navigationProperties
  };
  return {
    version: typings.version,
    sources: [
      {
        kind: "merged",
        description: [...typings.sources, ...csdl.sources].map((s) => s.description).join(" + "),
        fingerprint: [...typings.sources, ...csdl.sources].map((s) => s.fingerprint).join("+")
      },
      ...typings.sources,
      ...csdl.sources
    ],
    types,
    operations,
    container,
    discriminators
  };
}
function respellType(t, fullName, respell, respellRef) {
  if (isEnum(t)) return { ...t, fullName, namespace: namespaceOf3(fullName), name: shortNameOf(fullName) };
  return {
    ...t,
    fullName,
    namespace: namespaceOf3(fullName),
    name: shortNameOf(fullName),
    baseType: t.baseType ? respell(t.baseType) : null,
    properties: t.properties.map((p) => ({ ...p, type: respellRef(p.type) })),
    navigationProperties: t.navigationProperties.map((n) => ({ ...n, type: respellRef(n.type) }))
  };
}
function nextPowerOfTwo(n) {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
function namespaceOf3(fullName) {
  return fullName.slice(0, fullName.lastIndexOf("."));
}
function shortNameOf(fullName) {
  return fullName.slice(fullName.lastIndexOf(".") + 1);
}

// src/metadata/schema-index.ts
var SchemaIndex = class {
  schema;
  typesLower = /* @__PURE__ */ new Map();
  typesByShortLower = /* @__PURE__ */ new Map();
  derived = /* @__PURE__ */ new Map();
  entitySetsLower = /* @__PURE__ */ new Map();
  singletonsLower = /* @__PURE__ */ new Map();
  operationsLower = /* @__PURE__ */ new Map();
  discriminatorsLower = /* @__PURE__ */ new Map();
  propertyCache = /* @__PURE__ */ new Map();
  constructor(schema) {
    this.schema = schema;
    for (const t of Object.values(schema.types)) {
      this.typesLower.set(t.fullName.toLowerCase(), t);
      pushTo(this.typesByShortLower, t.name.toLowerCase(), t);
      if (isStructured(t) && t.baseType) pushTo(this.derived, t.baseType, t.fullName);
    }
    for (const s of schema.container?.entitySets ?? []) this.entitySetsLower.set(s.name.toLowerCase(), s);
    for (const s of schema.container?.singletons ?? []) this.singletonsLower.set(s.name.toLowerCase(), s);
    for (const op of schema.operations) pushTo(this.operationsLower, op.name.toLowerCase(), op);
    for (const [disc, full] of Object.entries(schema.discriminators)) {
      this.discriminatorsLower.set(disc.replace(/^#/, "").toLowerCase(), full);
    }
  }
  get version() {
    return this.schema.version;
  }
  get hasContainer() {
    return this.schema.container !== null;
  }
  type(fullName) {
    if (!fullName) return void 0;
    return this.schema.types[fullName] ?? this.typesLower.get(fullName.toLowerCase());
  }
  structured(fullName) {
    const t = this.type(fullName);
    return isStructured(t) ? t : void 0;
  }
  enumType(fullName) {
    const t = this.type(fullName);
    return isEnum(t) ? t : void 0;
  }
  /**
   * Finds a type from a cast segment or an `@odata.type` value: `#microsoft.graph.group`,
   * `microsoft.graph.group`, `graph.group` or plain `group`.
   */
  findTypeByReference(reference) {
    const cleaned = reference.trim().replace(/^#/, "");
    const lower = cleaned.toLowerCase();
    const viaDiscriminator = this.discriminatorsLower.get(lower);
    if (viaDiscriminator) return this.type(viaDiscriminator);
    const direct = this.typesLower.get(lower);
    if (direct) return direct;
    if (lower.startsWith("graph.")) {
      const t = this.typesLower.get(`microsoft.${lower}`);
      if (t) return t;
    }
    if (!lower.includes(".")) {
      const candidates = this.typesByShortLower.get(lower) ?? [];
      return candidates.find((c) => c.namespace === "microsoft.graph") ?? candidates[0];
    }
    return void 0;
  }
  /** Base type chain, starting with the type itself. */
  ancestry(fullName) {
    const chain = [];
    const seen = /* @__PURE__ */ new Set();
    let current = this.structured(fullName);
    while (current && !seen.has(current.fullName)) {
      seen.add(current.fullName);
      chain.push(current);
      current = this.structured(current.baseType);
    }
    return chain;
  }
  isSameOrDerived(candidate, base) {
    return this.ancestry(candidate).some((t) => t.fullName === base);
  }
  /** Direct and indirect derived types of `fullName`, in a stable order. */
  derivedTypes(fullName) {
    const out = [];
    const queue = [...this.derived.get(fullName) ?? []];
    while (queue.length > 0) {
      const next = queue.shift();
      out.push(next);
      queue.push(...this.derived.get(next) ?? []);
    }
    return out;
  }
  /** A structural property declared on the type or one of its ancestors (case-insensitive). */
  property(typeName2, propertyName4) {
    return this.propertyMap(typeName2).get(propertyName4.toLowerCase());
  }
  propertyMap(typeName2) {
    let map = this.propertyCache.get(typeName2);
    if (!map) {
      map = /* @__PURE__ */ new Map();
      for (const t of this.ancestry(typeName2).reverse()) {
        for (const p of t.properties) map.set(p.name.toLowerCase(), p);
        for (const n of t.navigationProperties) {
          map.set(n.name.toLowerCase(), { name: n.name, type: n.type });
        }
      }
      this.propertyCache.set(typeName2, map);
    }
    return map;
  }
  navigation(typeName2, name) {
    const lower = name.toLowerCase();
    for (const t of this.ancestry(typeName2)) {
      const nav = t.navigationProperties.find((n) => n.name.toLowerCase() === lower);
      if (nav) return nav;
    }
    return void 0;
  }
  /** A structural (non-navigation) property usable as a path segment (`/me/mailboxSettings`). */
  structuralProperty(typeName2, name) {
    const lower = name.toLowerCase();
    for (const t of this.ancestry(typeName2)) {
      const p = t.properties.find((x) => x.name.toLowerCase() === lower);
      if (p) return p;
    }
    return void 0;
  }
  entitySet(name) {
    return this.entitySetsLower.get(name.toLowerCase());
  }
  singleton(name) {
    return this.singletonsLower.get(name.toLowerCase());
  }
  /**
   * A bound operation named `name` (with or without namespace) whose binding parameter
   * accepts `binding`: the same type or a base type, matching collection-ness.
   */
  boundOperation(name, binding) {
    const candidates = this.operationsNamed(name).filter((op) => op.isBound && op.bindingType);
    const matches = (op) => {
      const b = op.bindingType;
      if (b.isCollection !== binding.isCollection) return false;
      if (b.primitive || binding.primitive) return b.primitive === binding.primitive;
      return binding.name !== void 0 && b.name !== void 0 && this.isSameOrDerived(binding.name, b.name);
    };
    const found = candidates.filter(matches);
    found.sort((a, b) => this.depth(b.bindingType.name) - this.depth(a.bindingType.name));
    return found[0];
  }
  unboundOperation(name) {
    return this.operationsNamed(name).find((op) => !op.isBound);
  }
  operationsNamed(name) {
    const short = name.replace(/^(microsoft\.graph\.|graph\.)/i, "").toLowerCase();
    const direct = this.operationsLower.get(short);
    if (direct) return direct;
    const lastDot = short.lastIndexOf(".");
    return lastDot >= 0 ? this.operationsLower.get(short.slice(lastDot + 1)) ?? [] : [];
  }
  depth(typeName2) {
    return typeName2 ? this.ancestry(typeName2).length : 0;
  }
};
function pushTo(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// src/metadata/load.ts
var SUPPORTED_VERSIONS = ["v1.0", "beta"];
async function loadMetadata(version, csdlFile, options = {}) {
  if (!SUPPORTED_VERSIONS.includes(version)) {
    throw new MetadataConfigError(`no metadata for API version '${version}' (supported: ${SUPPORTED_VERSIONS.join(", ")})`);
  }
  const { loadTypingsSchema: loadTypingsSchema2 } = await Promise.resolve().then(() => (init_load(), load_exports));
  const typings = await loadTypingsSchema2(version, options);
  let csdl = null;
  let hits = typings.cacheHit ? 1 : 0;
  if (csdlFile) {
    const loaded = loadCsdlSchema(csdlFile, version, options);
    csdl = loaded.schema;
    if (loaded.cacheHit) hits++;
  }
  const schema = mergeSchemas(typings.schema, csdl);
  return { index: new SchemaIndex(schema), sources: schema.sources, cacheHits: hits };
}

// src/pipeline/inputs.ts
import { readdirSync as readdirSync3, statSync as statSync2 } from "node:fs";
import { join as join5, relative as relative2, sep as sep2 } from "node:path";
function collectMarkdownFiles(inputs, cwd = process.cwd()) {
  const found = /* @__PURE__ */ new Set();
  const visit = (path) => {
    const stat = statSync2(path);
    if (stat.isDirectory()) {
      for (const entry2 of readdirSync3(path)) visit(join5(path, entry2));
    } else if (stat.isFile() && /\.md$/i.test(path)) {
      found.add(path);
    }
  };
  for (const input of inputs) visit(input);
  return [...found].map((p) => {
    const rel = relative2(cwd, p);
    return (rel.startsWith("..") || rel === "" ? p : rel).split(sep2).join("/");
  }).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}

// src/pipeline/output-names.ts
import { createHash as createHash2 } from "node:crypto";
var MAX_LENGTH = 120;
var WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/;
function docsIncludeName(exampleName) {
  return exampleName.replace(/_/g, "-").toLowerCase();
}
function safeOutputName(exampleName) {
  let name = docsIncludeName(exampleName).replace(/[^a-z0-9.-]+/g, "-").replace(/\.{2,}/g, ".").replace(/-{2,}/g, "-").replace(/^[.-]+|[.-]+$/g, "");
  if (name.length === 0) name = "example";
  if (WINDOWS_DEVICES.test(name)) name = name.replace(/^[^.]*/, "$&-example");
  if (name.length > MAX_LENGTH) {
    const hash = createHash2("sha256").update(exampleName).digest("hex").slice(0, 10);
    name = `${name.slice(0, MAX_LENGTH - 11).replace(/[.-]+$/, "")}-${hash}`;
  }
  return name;
}
var OutputNameAllocator = class {
  used = /* @__PURE__ */ new Map();
  allocate(version, exampleName) {
    let set = this.used.get(version);
    if (!set) this.used.set(version, set = /* @__PURE__ */ new Set());
    const base = safeOutputName(exampleName);
    let name = base;
    for (let n = 2; set.has(name); n++) name = `${base}-${n}`;
    set.add(name);
    return name;
  }
};

// src/pipeline/run.ts
async function runPipeline(options) {
  const t = performance.now();
  const examples = [];
  for (const file of collectMarkdownFiles(options.inputs)) {
    examples.push(...extractRequestExamples(file, readFileSync6(file, "utf8")));
  }
  return runOnExamples(examples, options, performance.now() - t);
}
async function runOnExamples(examples, options, extractMs = 0) {
  const languages = options.languages.map((id) => {
    const target = languageTarget(id);
    if (!target) throw new Error(`unknown language '${id}'`);
    return target;
  });
  let t = performance.now();
  const parsed = examples.map((example) => parseExample(example, options.defaultVersion));
  const extract = extractMs + performance.now() - t;
  t = performance.now();
  const versions = [...new Set(parsed.flatMap((p) => p.request ? [p.request.version] : []))].sort();
  const metadata = /* @__PURE__ */ new Map();
  await Promise.all(
    versions.map(async (version) => {
      try {
        metadata.set(version, await loadMetadata(version, options.metadata[version]));
      } catch (error) {
        metadata.set(version, error);
      }
    })
  );
  const metadataMs = performance.now() - t;
  const names = new OutputNameAllocator();
  let astMs = 0;
  let emitMs = 0;
  const outcomes = [];
  for (const { example, request, error } of parsed) {
    const warnings = (request ? request.diagnostics : example.diagnostics).filter((d) => d.severity === "warning");
    const version = request?.version ?? null;
    const outputName = names.allocate(version ?? "unknown", example.name);
    const base = {
      file: example.file,
      line: example.line,
      name: example.name,
      outputName,
      version,
      method: request?.method ?? null,
      url: request?.rawUrl ?? null,
      request
    };
    if (outputName !== example.name.replace(/_/g, "-").toLowerCase()) {
      warnings.push({
        severity: "warning",
        code: "W_NAME_CHANGED",
        message: `the example name '${example.name}' is not a safe file name; its snippets are written as '${outputName}'`,
        location: { file: example.file, line: example.line, column: 1 }
      });
    }
    if (!request) {
      outcomes.push({ ...base, status: "error", warnings, error, ast: null, snippets: [], failures: [] });
      continue;
    }
    const loaded = metadata.get(request.version);
    if (loaded instanceof Error) {
      const noMetadata = {
        severity: "error",
        code: "E_NO_METADATA",
        message: loaded.message,
        location: request.requestLineLocation
      };
      outcomes.push({ ...base, status: "error", warnings, error: noMetadata, ast: null, snippets: [], failures: [] });
      continue;
    }
    t = performance.now();
    const built = buildSnippetAst(request, loaded.index);
    astMs += performance.now() - t;
    const astWarnings = built.warnings.filter((w) => !request.diagnostics.includes(w));
    warnings.push(...astWarnings);
    if (!built.ok) {
      outcomes.push({ ...base, status: "error", warnings, error: built.error, ast: null, snippets: [], failures: [] });
      continue;
    }
    t = performance.now();
    const { snippets, failures } = emitAll(languages, built.ast, loaded, example, request, outputName);
    emitMs += performance.now() - t;
    outcomes.push({ ...base, status: "ok", warnings, error: null, ast: built.ast, snippets, failures });
  }
  return { examples: outcomes, timings: { metadata: metadataMs, extract, ast: astMs, emit: emitMs } };
}
function versionFromPath(file) {
  const parts = file.split("/");
  for (let i = parts.length - 2; i >= 0; i--) {
    const part = parts[i].toLowerCase();
    if (part === "beta" || part === "v1.0") return part;
  }
  return null;
}
function parseExample(example, defaultVersion) {
  const extractError = example.diagnostics.find((d) => d.severity === "error");
  if (extractError) return { example, request: null, error: extractError };
  const result = parseHttpExample(example, { defaultVersion: versionFromPath(example.file) ?? defaultVersion });
  if (!result.ok) {
    return { example, request: null, error: result.diagnostics.find((d) => d.severity === "error") ?? result.diagnostics[0] };
  }
  return { example, request: result.request, error: null };
}
function emitAll(languages, ast, metadata, example, request, outputName) {
  const snippets = [];
  const failures = [];
  for (const target of languages) {
    try {
      const code = target.emit(ast, { schema: metadata.index, exampleName: example.name });
      const path = `${ast.version}/includes/snippets/${target.outputFolder}/${outputName}-${target.outputFolder}-snippets.md`;
      snippets.push({ language: target.id, path, code });
    } catch (error) {
      const message = error instanceof EmitError ? error.message : `internal error: ${error.stack ?? String(error)}`;
      failures.push({
        language: target.id,
        error: { severity: "error", code: "E_EMIT", message, location: request.requestLineLocation }
      });
    }
  }
  return { snippets, failures };
}

// ../../tmp/cs-scratch/one.ts
var meta = { "v1.0": "/work/shared/metadata/graph-v1.0.csdl.xml", beta: "/work/shared/metadata/graph-beta-2021.csdl.xml" };
var res = await runPipeline({ inputs: process.argv.slice(2), languages: ["csharp"], metadata: meta, defaultVersion: "v1.0" });
for (const e of res.examples) {
  console.log(e.url);
  if (e.ast) {
    console.log(JSON.stringify(e.ast.path.map((s) => ({ kind: s.kind, raw: s.raw, name: s.name, target: s.target }))));
    console.log(requestBuilderSteps(e.ast.path).map((s) => [s.kind, s.name, s.className, s.namespacePart].join(":")).join(" | "));
    console.log(JSON.stringify(e.ast.body).slice(0, 300));
  }
  for (const s of e.snippets) console.log(s.code);
}
