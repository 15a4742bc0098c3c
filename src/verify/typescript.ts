import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type * as TsModule from 'typescript';
import { projectRoot } from '../paths.js';
import type { CheckResult, VerifyFailure, VerifyNote, VerifySnippet } from './types.js';
import { byCodeUnits } from '../ordering.js';

/**
 * Type-checks every generated TypeScript snippet against the installed, pinned SDK typings
 * (`@microsoft/msgraph-sdk`, `-beta-sdk` and the service packages present in node_modules).
 *
 * All snippets go into ONE compiler program, each as a virtual module file: the SDK's model
 * index alone is 6 MB (v1.0) and 12 MB (beta) of declarations, so parsing it once and checking
 * thousands of small files against it is what keeps this in CI budget. Every snippet is forced
 * to be a module (`moduleDetection: force`), so their top-level `const`s never collide and
 * top-level `await` is allowed.
 *
 * The harness supplies only the client's constructor input (`requestAdapter`). Where the
 * service package that adds a snippet's root request builder (`graphServiceClient.groups`) is
 * not installed (not published at our pinned version), a virtual declaration makes the package
 * importable and the root property `any`: the models and the request body are still checked,
 * the request-builder chain is not (`chainChecked: false`).
 *
 * Because module augmentations are global to a program, one snippet's `import
 * "@microsoft/msgraph-sdk-users"` would make `.users` type-check in every other snippet too; so
 * the side-effect import each snippet needs is checked separately, by reading its imports.
 */

export interface TsDiagnostic {
  readonly code: number;
  readonly message: string;
  /** 1-based, in the snippet. */
  readonly line: number;
  readonly column: number;
}

export interface TsSnippetResult {
  readonly id: string;
  readonly ok: boolean;
  /** False when a root request builder came from an uninstalled service package (typed `any`). */
  readonly chainChecked: boolean;
  /** Service packages the snippet needed but that are not installed (made `any`). */
  readonly uncheckedPackages: readonly string[];
  /** Side-effect imports the snippet's roots need but that it does not have. */
  readonly missingImports: readonly string[];
  readonly diagnostics: readonly TsDiagnostic[];
}

export interface TsCheckOptions {
  /** Folder whose node_modules holds the SDKs (default: the repository root). */
  readonly projectRoot?: string;
}

export interface TsCheckOutput {
  readonly results: readonly TsSnippetResult[];
  readonly timings: { readonly programMs: number; readonly checkMs: number; readonly totalMs: number };
  /** Options or global diagnostics: the harness itself is broken when this is not empty. */
  readonly harnessErrors: readonly string[];
}

/** The two core SDKs: their package, the client interface the service packages augment. */
const CORE_SDKS = {
  v1: { pkg: '@microsoft/msgraph-sdk', clientInterface: 'GraphServiceClient' },
  beta: { pkg: '@microsoft/msgraph-beta-sdk', clientInterface: 'GraphBetaServiceClient' },
} as const;
type SdkKey = keyof typeof CORE_SDKS;

/** Members of Kiota's BaseRequestBuilder, reachable on the client without any service package. */
const BASE_BUILDER_MEMBERS = new Set(['withUrl']);

interface ServicePackage {
  readonly name: string;
  readonly sdk: SdkKey;
  readonly version: string;
  /** Root properties it adds to the client (`users`, `me`). */
  readonly roots: readonly string[];
}

/** Reads node_modules/@microsoft for installed `msgraph-sdk-*` / `msgraph-beta-sdk-*` packages. */
function discoverServicePackages(root = projectRoot()): ServicePackage[] {
  const scope = join(root, 'node_modules', '@microsoft');
  if (!existsSync(scope)) return [];
  const found: ServicePackage[] = [];
  for (const entry of readdirSync(scope).sort()) {
    const m = /^msgraph-(beta-)?sdk-([a-z0-9]+)$/.exec(entry);
    if (!m || entry === 'msgraph-sdk-core') continue;
    const dir = join(scope, entry);
    const index = join(dir, 'index.d.ts');
    if (!existsSync(index)) continue;
    const text = readFileSync(index, 'utf8');
    const roots = [...text.matchAll(/\bget\s+([A-Za-z_$][\w$]*)\s*\(\s*\)/g)].map((r) => r[1]!);
    const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    found.push({ name: `@microsoft/${entry}`, sdk: m[1] ? 'beta' : 'v1', version, roots });
  }
  return found;
}

function sdkOf(version: string): SdkKey {
  return version.toLowerCase() === 'beta' ? 'beta' : 'v1';
}

/** `graphServiceClient.users...` → `users`; every distinct root the snippet uses. */
function rootProperties(code: string): string[] {
  const roots = new Set<string>();
  for (const m of code.matchAll(/\bgraphServiceClient\s*\.\s*([A-Za-z_$][\w$]*)/g)) roots.add(m[1]!);
  return [...roots];
}

/** Module specifiers of `import ... from "x"` and `import "x"`, with the names imported. */
function importSpecifiers(code: string): {
  sideEffect: string[];
  all: string[];
  named: Map<string, Set<string>>;
} {
  const sideEffect = [...code.matchAll(/^\s*import\s+["']([^"']+)["']/gm)].map((m) => m[1]!);
  const named = new Map<string, Set<string>>();
  const from: string[] = [];
  for (const m of code.matchAll(/\bimport\s+(?:type\s+)?(?:\{([^}]*)\}|[\w$*][^"';]*?)\s*from\s+["']([^"']+)["']/g)) {
    const spec = m[2]!;
    from.push(spec);
    const names = named.get(spec) ?? new Set<string>();
    for (const part of (m[1] ?? '').split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0]!
        .trim();
      if (/^[A-Za-z_$][\w$]*$/.test(name)) names.add(name);
    }
    named.set(spec, names);
  }
  return { sideEffect, all: [...sideEffect, ...from], named };
}

function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function loadTypeScript(root: string): typeof TsModule {
  // Resolved from the project so the bundle (which keeps `typescript` external) and the tests
  // use the same pinned compiler.
  const require = createRequire(join(root, 'package.json'));
  return require('typescript') as typeof TsModule;
}

export function checkTypeScriptSnippets(
  snippets: readonly VerifySnippet[],
  options: TsCheckOptions = {},
): TsCheckOutput {
  const started = performance.now();
  const root = resolve(options.projectRoot ?? projectRoot());
  const ts = loadTypeScript(root);
  const installed = discoverServicePackages(root);
  const installedNames = new Set(installed.map((p) => p.name));
  const rootOwner: Record<SdkKey, Map<string, string>> = { v1: new Map(), beta: new Map() };
  for (const p of installed) for (const r of p.roots) rootOwner[p.sdk].set(r, p.name);

  // Everything virtual lives in a folder under the project root, so module resolution walks up
  // into the project's node_modules exactly as it would for a real file there.
  const virtualDir = join(root, '.verify-ts');
  const files = new Map<string, string>();
  const snippetFiles: { snippet: VerifySnippet; file: string; unchecked: string[]; missingImports: string[] }[] = [];
  const anyRoots: Record<SdkKey, Set<string>> = { v1: new Set(), beta: new Set() };
  /** Uninstalled service packages, and per imported specifier of theirs the names imported. */
  const missingModules = new Set<string>();
  const missingSpecifiers = new Map<string, Set<string>>();

  snippets.forEach((snippet, i) => {
    const sdk = sdkOf(snippet.version);
    const imports = importSpecifiers(snippet.code);
    const unchecked = new Set<string>();
    const missingImports: string[] = [];
    for (const r of rootProperties(snippet.code)) {
      if (BASE_BUILDER_MEMBERS.has(r)) continue;
      const owner = rootOwner[sdk].get(r);
      // Convention for the packages we do not have: `<core>-<root lower-cased>`, `me` → users.
      const needed = owner ?? `${CORE_SDKS[sdk].pkg}-${r === 'me' ? 'users' : r.toLowerCase()}`;
      if (!imports.sideEffect.includes(needed)) missingImports.push(needed);
      if (!owner) {
        anyRoots[sdk].add(r);
        unchecked.add(needed);
      }
    }
    for (const spec of imports.all) {
      const pkg = packageNameOf(spec);
      if (
        /^@microsoft\/msgraph-(beta-)?sdk-/.test(pkg) &&
        !installedNames.has(pkg) &&
        pkg !== '@microsoft/msgraph-sdk-core'
      ) {
        missingModules.add(pkg);
        unchecked.add(pkg);
        const names = missingSpecifiers.get(spec) ?? new Set<string>();
        for (const n of imports.named.get(spec) ?? []) names.add(n);
        missingSpecifiers.set(spec, names);
      }
    }
    const file = join(virtualDir, `snippet${i}.ts`);
    files.set(file, snippet.code);
    snippetFiles.push({ snippet, file, unchecked: [...unchecked].sort(), missingImports });
  });

  const harnessFiles = harnessDeclarations(anyRoots, missingModules, missingSpecifiers);
  for (const [name, text] of Object.entries(harnessFiles)) files.set(join(virtualDir, name), text);

  const compilerOptions: TsModule.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Force,
    // es2022 is enough for the SDK typings (checked with skipLibCheck off); @types/node adds
    // `atob`, which binary (ArrayBuffer) values use. No DOM: snippets target Node.
    lib: ['lib.es2022.d.ts'],
    types: ['node'],
    typeRoots: [join(root, 'node_modules', '@types')],
    // The SDK's own declarations are not what is under test, and checking them costs seconds.
    skipLibCheck: true,
    esModuleInterop: true,
    allowJs: false,
    noLib: false,
  };

  const host = ts.createCompilerHost(compilerOptions, true);
  const baseGetSourceFile = host.getSourceFile.bind(host);
  const baseFileExists = host.fileExists.bind(host);
  const baseReadFile = host.readFile.bind(host);
  const baseDirectoryExists = host.directoryExists?.bind(host);
  host.fileExists = (f) => files.has(resolve(f)) || baseFileExists(f);
  host.readFile = (f) => files.get(resolve(f)) ?? baseReadFile(f);
  host.directoryExists = (d) => resolve(d) === virtualDir || (baseDirectoryExists ? baseDirectoryExists(d) : true);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = files.get(resolve(fileName));
    if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
    return sharedLibraryFile(fileName, languageVersion, () =>
      baseGetSourceFile(fileName, languageVersion, onError, shouldCreate),
    );
  };

  const program = ts.createProgram({ rootNames: [...files.keys()], options: compilerOptions, host });
  const programMs = performance.now() - started;

  const harnessErrors = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
  for (const name of Object.keys(harnessFiles)) {
    const sf = program.getSourceFile(join(virtualDir, name));
    if (!sf) continue;
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      harnessErrors.push(`${name}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  }

  const checkStart = performance.now();
  const results: TsSnippetResult[] = snippetFiles.map(({ snippet, file, unchecked, missingImports }) => {
    const sf = program.getSourceFile(file);
    const raw = sf ? [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)] : [];
    const diagnostics = raw.map((d) => toDiagnostic(ts, d));
    return {
      id: snippet.id,
      ok: diagnostics.length === 0 && missingImports.length === 0,
      chainChecked: unchecked.length === 0,
      uncheckedPackages: unchecked,
      missingImports,
      diagnostics,
    };
  });
  const checkMs = performance.now() - checkStart;
  return { results, harnessErrors, timings: { programMs, checkMs, totalMs: performance.now() - started } };
}

/**
 * Library declarations (lib.*.d.ts, node_modules) parsed once per process and reused by every
 * program: the test suite and a watch-style caller build several programs, and re-parsing the
 * 18 MB of SDK model declarations each time would dominate.
 */
const libraryCache = new Map<string, TsModule.SourceFile | undefined>();
function sharedLibraryFile(
  fileName: string,
  languageVersion: TsModule.ScriptTarget | TsModule.CreateSourceFileOptions,
  load: () => TsModule.SourceFile | undefined,
): TsModule.SourceFile | undefined {
  const target = typeof languageVersion === 'object' ? languageVersion.languageVersion : languageVersion;
  const key = `${target}|${fileName}`;
  if (!libraryCache.has(key)) libraryCache.set(key, load());
  return libraryCache.get(key);
}

function harnessDeclarations(
  anyRoots: Record<SdkKey, Set<string>>,
  missingModules: ReadonlySet<string>,
  missingSpecifiers: ReadonlyMap<string, ReadonlySet<string>>,
): Record<string, string> {
  const lines = [
    '// The only input a snippet may assume: the request adapter the client is built on.',
    'declare const requestAdapter: import("@microsoft/kiota-abstractions").RequestAdapter;',
  ];
  // Uninstalled service packages: importable, and every name imported from them is `any` as a
  // type and as a value (a shorthand `declare module "x";` gives values only, and a request body
  // type imported from it would fail with TS2709 "cannot use namespace as a type").
  const specs = new Map<string, ReadonlySet<string>>(missingSpecifiers);
  for (const m of missingModules) {
    if (!specs.has(m)) specs.set(m, new Set());
    lines.push(`declare module "${m}/*";`);
  }
  for (const [spec, names] of [...specs.entries()].sort((a, b) => byCodeUnits(a[0], b[0]))) {
    const members = [...names].sort().flatMap((n) => [`  export type ${n} = any;`, `  export const ${n}: any;`]);
    lines.push(`declare module "${spec}" {`, ...members, '}');
  }
  const out: Record<string, string> = {
    // A script file (no import/export): its declarations are global.
    '__harness_globals.d.ts': [...lines, ''].join('\n'),
  };
  for (const sdk of Object.keys(CORE_SDKS) as SdkKey[]) {
    const roots = [...anyRoots[sdk]].sort();
    if (roots.length === 0) continue;
    const { pkg, clientInterface } = CORE_SDKS[sdk];
    // A module file, so that `declare module` augments the real client interface.
    out[`__harness_roots_${sdk}.ts`] = [
      'export {};',
      `declare module "${pkg}" {`,
      `  interface ${clientInterface} {`,
      ...roots.map((r) => `    readonly ${r}: any;`),
      '  }',
      '}',
      '',
    ].join('\n');
  }
  return out;
}

function toDiagnostic(ts: typeof TsModule, d: TsModule.Diagnostic): TsDiagnostic {
  let line = 0;
  let column = 0;
  if (d.file && d.start !== undefined) {
    const pos = d.file.getLineAndCharacterOfPosition(d.start);
    line = pos.line + 1;
    column = pos.character + 1;
  }
  return { code: d.code, message: ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(0, 400), line, column };
}

/** Runs the check and turns it into the report's shape. */
export function verifyTypeScript(
  snippets: readonly VerifySnippet[],
  options: TsCheckOptions = {},
): CheckResult & { output: TsCheckOutput } {
  const output = checkTypeScriptSnippets(snippets, options);
  if (output.harnessErrors.length > 0) {
    throw new Error(`TypeScript harness is broken:\n${output.harnessErrors.join('\n')}`);
  }
  const byId = new Map(snippets.map((s) => [s.id, s]));
  const failures: VerifyFailure[] = [];
  const notes: VerifyNote[] = [];
  let passed = 0;
  let chainChecked = 0;
  for (const r of output.results) {
    const s = byId.get(r.id)!;
    if (r.chainChecked) chainChecked++;
    else
      notes.push({
        example: s.example,
        language: 'typescript',
        note: `chainChecked: false (not installed: ${r.uncheckedPackages.join(', ')})`,
      });
    if (r.ok) {
      passed++;
      continue;
    }
    // One failure per snippet: the first compiler error names the cause; a missing side-effect
    // import (which the shared program cannot see, see above) is reported when it is the only
    // problem, and mentioned in the detail otherwise.
    const first = r.diagnostics[0];
    const importNote = r.missingImports.length > 0 ? `needs import "${r.missingImports.join('", "')}"` : '';
    if (first) {
      const more = r.diagnostics.length > 1 ? ` (+${r.diagnostics.length - 1} more)` : '';
      const tail = importNote ? `; also ${importNote}` : '';
      failures.push({
        example: s.example,
        language: 'typescript',
        cause: `TS${first.code}`,
        detail: `${first.line}:${first.column} ${first.message}${more}${tail}`,
      });
    } else {
      failures.push({ example: s.example, language: 'typescript', cause: 'missing-import', detail: importNote });
    }
  }
  return {
    language: 'typescript',
    total: output.results.length,
    passed,
    failures,
    notes,
    stats: {
      chainChecked,
      programMs: Math.round(output.timings.programMs),
      checkMs: Math.round(output.timings.checkMs),
      totalMs: Math.round(output.timings.totalMs),
    },
    output,
  };
}
