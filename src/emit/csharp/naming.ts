import { memoized, memoizedByObject } from '../../memo.js';
import { GRAPH_NAMESPACE, graphRelativeNamespace } from '../../metadata/names.js';
import type { SchemaIndex } from '../../metadata/schema-index.js';
import type { SchemaTypeDef } from '../../metadata/schema.js';
import { cleanupSymbolName, pascalCase, upperFirst } from '../common/naming.js';
import type { BuilderStep } from '../common/request-builders.js';

/**
 * C# names of the Kiota-generated Graph .NET SDK (Microsoft.Graph / Microsoft.Graph.Beta),
 * from the schema's wire names. Rules: sdk-conventions.md §1 (shared algorithm), §2
 * (namespaces), §6 (reserved words); Kiota's `CSharpRefiner`.
 *
 * Everything here is a pure function of its inputs (plus per-schema caches), so the C# name
 * checker (`src/verify/csharp-names.ts`) can reuse `className`, `propertyName` and
 * `enumMemberName` and agree with the emitter on every rule.
 */

/**
 * Kiota `CSharpReservedTypesProvider` (src/Kiota.Builder/Refiners/CSharpReservedTypesProvider.cs,
 * compared case-insensitively): model classes, enums and namespace segments with one of these
 * names would clash with the `System` types every generated file imports, so Kiota renames them
 * (`Object` suffix for types, `Namespace` suffix for namespace segments).
 *
 * The list is the public types of the `System` namespace plus the entries sdk-conventions.md §6
 * quotes from Kiota's list (Date, Directory, File, Path, Task, Thread). It was rebuilt from those
 * sources, not copied; the Graph names it actually renames are the ones that matter and are
 * covered by tests: dayOfWeek, directory, file, identityGovernance.task, security.action,
 * identityGovernance.valueType. Graph names that are NOT renamed by the SDK (`Event`, `List`,
 * `Process`, `TaskStatus`, `FileSystemInfo`, `KeyValuePair`, `Dictionary`) must stay out of it.
 */
export const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set(
  [
    // Kiota abstractions and the entries quoted in sdk-conventions.md §6.
    'Date',
    'Directory',
    'File',
    'Path',
    'Task',
    'Thread',
    // System namespace.
    'AccessViolationException',
    'Action',
    'Activator',
    'AggregateException',
    'AppContext',
    'AppDomain',
    'ApplicationException',
    'ApplicationId',
    'ArgIterator',
    'ArgumentException',
    'ArgumentNullException',
    'ArgumentOutOfRangeException',
    'ArithmeticException',
    'Array',
    'ArraySegment',
    'ArrayTypeMismatchException',
    'AssemblyLoadEventArgs',
    'AssemblyLoadEventHandler',
    'AsyncCallback',
    'Attribute',
    'AttributeTargets',
    'AttributeUsageAttribute',
    'BadImageFormatException',
    'Base64FormattingOptions',
    'BitConverter',
    'Boolean',
    'Buffer',
    'Byte',
    'CannotUnloadAppDomainException',
    'Char',
    'CharEnumerator',
    'CLSCompliantAttribute',
    'Comparison',
    'Console',
    'ConsoleCancelEventArgs',
    'ConsoleCancelEventHandler',
    'ConsoleColor',
    'ConsoleKey',
    'ConsoleKeyInfo',
    'ConsoleModifiers',
    'ConsoleSpecialKey',
    'ContextBoundObject',
    'ContextMarshalException',
    'ContextStaticAttribute',
    'Convert',
    'Converter',
    'DataMisalignedException',
    'DateOnly',
    'DateTime',
    'DateTimeKind',
    'DateTimeOffset',
    'DayOfWeek',
    'DBNull',
    'Decimal',
    'Delegate',
    'DivideByZeroException',
    'DllNotFoundException',
    'Double',
    'DuplicateWaitObjectException',
    'EntryPointNotFoundException',
    'Enum',
    'Environment',
    'EnvironmentVariableTarget',
    'EventArgs',
    'EventHandler',
    'Exception',
    'ExecutionEngineException',
    'FieldAccessException',
    'FileStyleUriParser',
    'FlagsAttribute',
    'FormatException',
    'FormattableString',
    'FtpStyleUriParser',
    'Func',
    'GC',
    'GCCollectionMode',
    'GCNotificationStatus',
    'GenericUriParser',
    'GenericUriParserOptions',
    'GopherStyleUriParser',
    'Guid',
    'Half',
    'HashCode',
    'HttpStyleUriParser',
    'IAsyncDisposable',
    'IAsyncResult',
    'ICloneable',
    'IComparable',
    'IConvertible',
    'ICustomFormatter',
    'IDisposable',
    'IEquatable',
    'IFormatProvider',
    'IFormattable',
    'Index',
    'IndexOutOfRangeException',
    'InsufficientExecutionStackException',
    'InsufficientMemoryException',
    'Int16',
    'Int32',
    'Int64',
    'IntPtr',
    'InvalidCastException',
    'InvalidOperationException',
    'InvalidProgramException',
    'InvalidTimeZoneException',
    'IObservable',
    'IObserver',
    'IProgress',
    'IServiceProvider',
    'Lazy',
    'LdapStyleUriParser',
    'LoaderOptimization',
    'LoaderOptimizationAttribute',
    'LocalDataStoreSlot',
    'MarshalByRefObject',
    'Math',
    'MathF',
    'MemberAccessException',
    'Memory',
    'MethodAccessException',
    'MidpointRounding',
    'MissingFieldException',
    'MissingMemberException',
    'MissingMethodException',
    'ModuleHandle',
    'MTAThreadAttribute',
    'MulticastDelegate',
    'MulticastNotSupportedException',
    'NetPipeStyleUriParser',
    'NetTcpStyleUriParser',
    'NewsStyleUriParser',
    'NonSerializedAttribute',
    'NotFiniteNumberException',
    'NotImplementedException',
    'NotSupportedException',
    'Nullable',
    'NullReferenceException',
    'Object',
    'ObjectDisposedException',
    'ObsoleteAttribute',
    'OperatingSystem',
    'OperationCanceledException',
    'OutOfMemoryException',
    'OverflowException',
    'ParamArrayAttribute',
    'PlatformID',
    'PlatformNotSupportedException',
    'Predicate',
    'Progress',
    'Random',
    'Range',
    'RankException',
    'ReadOnlyMemory',
    'ReadOnlySpan',
    'ResolveEventArgs',
    'ResolveEventHandler',
    'RuntimeArgumentHandle',
    'RuntimeFieldHandle',
    'RuntimeMethodHandle',
    'RuntimeTypeHandle',
    'SByte',
    'SerializableAttribute',
    'Single',
    'Span',
    'StackOverflowException',
    'STAThreadAttribute',
    'String',
    'StringComparer',
    'StringComparison',
    'StringSplitOptions',
    'SystemException',
    'ThreadStaticAttribute',
    'TimeOnly',
    'TimeoutException',
    'TimeSpan',
    'TimeZone',
    'TimeZoneInfo',
    'TimeZoneNotFoundException',
    'Tuple',
    'Type',
    'TypeAccessException',
    'TypeCode',
    'TypedReference',
    'TypeInitializationException',
    'TypeLoadException',
    'TypeUnloadedException',
    'UInt16',
    'UInt32',
    'UInt64',
    'UIntPtr',
    'UnauthorizedAccessException',
    'UnhandledExceptionEventArgs',
    'UnhandledExceptionEventHandler',
    'Uri',
    'UriBuilder',
    'UriComponents',
    'UriFormat',
    'UriFormatException',
    'UriHostNameType',
    'UriKind',
    'UriParser',
    'UriPartial',
    'UriTypeConverter',
    'ValueTuple',
    'ValueType',
    'Version',
    'Void',
    'WeakReference',
  ].map((n) => n.toLowerCase()),
);

/**
 * C# keywords, Kiota `CSharpReservedNamesProvider`. Kiota escapes them with `@` only on
 * camelCase elements (parameters, locals); classes, properties, methods and enum members are
 * PascalCase and never collide, so a snippet never prints an escaped name. Kept for the
 * checker and for any future lower-case identifier.
 */
export const CSHARP_KEYWORDS: ReadonlySet<string> = new Set([
  'abstract',
  'as',
  'base',
  'bool',
  'break',
  'byte',
  'case',
  'catch',
  'char',
  'checked',
  'class',
  'const',
  'continue',
  'decimal',
  'default',
  'delegate',
  'do',
  'double',
  'else',
  'enum',
  'event',
  'explicit',
  'extern',
  'false',
  'finally',
  'fixed',
  'float',
  'for',
  'foreach',
  'goto',
  'if',
  'implicit',
  'in',
  'int',
  'interface',
  'internal',
  'is',
  'lock',
  'long',
  'namespace',
  'new',
  'null',
  'object',
  'operator',
  'out',
  'override',
  'params',
  'private',
  'protected',
  'public',
  'readonly',
  'ref',
  'return',
  'sbyte',
  'sealed',
  'short',
  'sizeof',
  'stackalloc',
  'static',
  'string',
  'struct',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'uint',
  'ulong',
  'unchecked',
  'unsafe',
  'ushort',
  'using',
  'virtual',
  'void',
  'volatile',
  'while',
]);

/** `@`-escapes a keyword used as a camelCase identifier, as Kiota does. */
export function escapeKeyword(identifier: string): string {
  return CSHARP_KEYWORDS.has(identifier) ? `@${identifier}` : identifier;
}

/**
 * Non-generic type names of the namespaces a .NET 6+ project imports implicitly (System,
 * System.IO, System.Linq, System.Net.Http, System.Threading, System.Threading.Tasks;
 * System.Collections.Generic only has generic ones that matter). A snippet that uses a Graph
 * model with one of these names by its simple name does not compile (CS0104, ambiguous
 * reference), so the emitter writes such a model with its namespace. Kiota itself renames only
 * the {@link RESERVED_TYPE_NAMES}; `TaskStatus`, `FileSystemInfo` and `security.stream` keep
 * their names in the SDK and need this.
 */
export const IMPLICIT_USING_TYPE_NAMES: ReadonlySet<string> = new Set([
  ...[...RESERVED_TYPE_NAMES],
  // System.IO
  'binaryreader',
  'binarywriter',
  'bufferedstream',
  'directoryinfo',
  'directorynotfoundexception',
  'driveinfo',
  'drivetype',
  'endofstreamexception',
  'enumerationoptions',
  'fileaccess',
  'fileattributes',
  'fileinfo',
  'fileloadexception',
  'filemode',
  'filenotfoundexception',
  'fileoptions',
  'fileshare',
  'filestream',
  'filesysteminfo',
  'filesystemwatcher',
  'handleinheritability',
  'ioexception',
  'invaliddataexception',
  'matchcasing',
  'matchtype',
  'memorystream',
  'notifyfilters',
  'pathtoolongexception',
  'searchoption',
  'seekorigin',
  'stream',
  'streamreader',
  'streamwriter',
  'stringreader',
  'stringwriter',
  'textreader',
  'textwriter',
  'unixfilemode',
  'watcherchangetypes',
  // System.Linq
  'enumerable',
  'queryable',
  'parallelenumerable',
  // System.Net.Http
  'bytearraycontent',
  'formurlencodedcontent',
  'httpclient',
  'httpclienthandler',
  'httpcompletionoption',
  'httpcontent',
  'httpmessagehandler',
  'httpmessageinvoker',
  'httpmethod',
  'httprequestexception',
  'httprequestmessage',
  'httpresponsemessage',
  'multipartcontent',
  'multipartformdatacontent',
  'socketshttphandler',
  'streamcontent',
  'stringcontent',
  'delegatinghandler',
  'jsoncontent',
  // System.Threading
  'barrier',
  'cancellationtoken',
  'cancellationtokensource',
  'countdownevent',
  'eventwaithandle',
  'interlocked',
  'lazythreadsafetymode',
  'lock',
  'manualresetevent',
  'manualreseteventslim',
  'monitor',
  'mutex',
  'readerwriterlock',
  'readerwriterlockslim',
  'semaphore',
  'semaphoreslim',
  'spinlock',
  'spinwait',
  'synchronizationcontext',
  'threadlocal',
  'threadpool',
  'threadpriority',
  'threadstate',
  'timeout',
  'timer',
  'volatile',
  'waithandle',
  // System.Threading.Tasks
  'parallel',
  'paralleloptions',
  'taskcanceledexception',
  'taskcompletionsource',
  'taskcontinuationoptions',
  'taskcreationoptions',
  'taskfactory',
  'taskscheduler',
  'taskstatus',
  'valuetask',
]);

export type CsVersionRoot = 'Microsoft.Graph' | 'Microsoft.Graph.Beta';

/** `Microsoft.Graph` for v1.0, `Microsoft.Graph.Beta` for beta (anything else: v1.0). */
export function rootNamespace(version: string): CsVersionRoot {
  return version.toLowerCase() === 'beta' ? 'Microsoft.Graph.Beta' : 'Microsoft.Graph';
}

/** Kiota's class/enum name before reserved-name handling: `accessPackage` → `AccessPackage`. */
function baseTypeName(shortName: string): string {
  return upperFirst(cleanupSymbolName(shortName));
}

/** A C# model type: its simple name and its namespace relative to the version root (`Models.Security`). */
export interface CsModelName {
  readonly name: string;
  readonly relativeNamespace: string;
}

/**
 * Per-schema naming state, filled lazily: a snippet names a handful of types, so computing
 * the names of all ~3,000 schema types up front would cost more than emitting a snippet.
 */
class SchemaNames {
  private readonly types = new Map<string, CsModelName>();
  private readonly properties = new Map<string, ModelPropertyNames>();
  /** Relative C# namespace of each OData namespace (`microsoft.graph.security` → `Models.Security`). */
  private readonly relative = new Map<string, string>();
  /** Relative C# namespace → the OData namespaces whose types can live there (its own and its parent's). */
  private readonly sources = new Map<string, string[]>();
  /** Relative C# namespace → its direct child namespaces. */
  private readonly children = new Map<string, string[]>();

  constructor(private readonly schema: SchemaIndex) {
    const namespaces = new Set<string>();
    for (const namespace of schema.namespaces()) namespaces.add(namespace);
    for (const ns of namespaces) {
      const segs = modelNamespaceSegments(ns);
      const rel = segs.join('.');
      this.relative.set(ns, rel);
      pushUnique(this.sources, rel, ns);
      for (let i = 1; i < segs.length; i++)
        pushUnique(this.children, segs.slice(0, i).join('.'), segs.slice(0, i + 1).join('.'));
    }
    // A class can move from a namespace into one of its children (see `name`).
    for (const [parentOdata, parentRel] of this.relative) {
      for (const child of this.children.get(parentRel) ?? []) pushUnique(this.sources, child, parentOdata);
    }
  }

  name(t: SchemaTypeDef): CsModelName {
    let known = this.types.get(t.fullName);
    if (known) return known;
    const name = escapedTypeName(t, (candidate) => this.schema.type(`${t.namespace}.${candidate}`) !== undefined);
    let relativeNamespace = this.relative.get(t.namespace) ?? modelNamespaceSegments(t.namespace).join('.');
    // Kiota `MoveClassesWithNamespaceNamesUnderNamespace`: a class named like one of its
    // namespace's child namespaces moves into it (`microsoft.graph.security` →
    // `Models.Security.Security`, `identityGovernance` → `Models.IdentityGovernance.IdentityGovernance`).
    const suffix = `.${name.toLowerCase()}`;
    const home = this.children.get(relativeNamespace)?.find((c) => c.toLowerCase().endsWith(suffix));
    if (home) relativeNamespace = home;
    known = { name, relativeNamespace };
    this.types.set(t.fullName, known);
    return known;
  }

  /** The property names of objects built as `typeFullName`, made once per type. */
  propertyNames(typeFullName: string): ModelPropertyNames {
    let names = this.properties.get(typeFullName);
    if (names === undefined) {
      names = new ModelPropertyNames(this.schema, typeFullName);
      this.properties.set(typeFullName, names);
    }
    return names;
  }

  /**
   * Whether a model class or enum with this exact simple name lives in the namespace. Looked up
   * by name (wire names are the C# names with a lower-case first letter) instead of naming the
   * whole schema: a snippet asks this for a handful of names.
   */
  hasType(relativeNamespace: string, name: string): boolean {
    const wire = [name, name.replace(OBJECT_SUFFIX, '')];
    for (const odata of this.sources.get(relativeNamespace) ?? []) {
      for (const w of wire) {
        const t = this.schema.type(`${odata}.${w}`);
        if (!t) continue;
        const n = this.name(t);
        if (n.name === name && n.relativeNamespace === relativeNamespace) return true;
      }
    }
    return false;
  }
}

/** The suffix Kiota adds to reserved type names (`DayOfWeekObject`, `DirectoryObject1`). */
const OBJECT_SUFFIX = /Object\d*$/;

function pushUnique(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** A schema's C# names, made on first use. */
const namesOf = memoizedByObject((schema: SchemaIndex) => new SchemaNames(schema));

/**
 * `Object` suffix for a reserved name, numbered when that name is taken in the same namespace
 * (`directory` → `DirectoryObject1`, because `directoryObject` is `DirectoryObject`).
 */
function escapedTypeName(t: SchemaTypeDef, taken: (candidate: string) => boolean): string {
  const base = baseTypeName(t.name);
  if (!RESERVED_TYPE_NAMES.has(base.toLowerCase())) return base;
  let name = `${base}Object`;
  for (let n = 1; taken(name); n++) name = `${base}Object${n}`;
  return name;
}

/** `microsoft.graph.security` → [`Models`, `Security`]; `microsoft.graph.partners.billing` → [`Models`, `Partners`, `Billing`]. */
function modelNamespaceSegments(odataNamespace: string): string[] {
  const rest = graphRelativeNamespace(odataNamespace);
  const segs = ['Models'];
  if (rest.length > 0) for (const part of rest.split('.')) segs.push(namespaceSegment(part));
  return segs;
}

/**
 * The C# model of a schema type: `microsoft.graph.user` → `User` in `Models`,
 * `microsoft.graph.security.alert` → `Alert` in `Models.Security`. A name the schema does not
 * define is named by the same rules from its last dotted part.
 */
export function modelName(fullName: string, schema: SchemaIndex): CsModelName {
  const t = schema.type(fullName);
  if (t) return namesOf(schema).name(t);
  const dot = fullName.lastIndexOf('.');
  const short = fullName.slice(dot + 1);
  const ns = dot > 0 ? fullName.slice(0, dot) : GRAPH_NAMESPACE;
  const base = baseTypeName(short);
  const name = RESERVED_TYPE_NAMES.has(base.toLowerCase()) ? `${base}Object` : base;
  return { name, relativeNamespace: modelNamespaceSegments(ns).join('.') };
}

/** Class or enum name of a schema type (`microsoft.graph.dayOfWeek` → `DayOfWeekObject`). */
export function className(typeFullName: string, schema: SchemaIndex): string {
  return modelName(typeFullName, schema).name;
}

/** Full C# namespace of a schema type: `Microsoft.Graph.Beta.Models.Security`. */
export function modelNamespace(typeFullName: string, schema: SchemaIndex, version: string): string {
  return `${rootNamespace(version)}.${modelName(typeFullName, schema).relativeNamespace}`;
}

/** Whether a model namespace (relative, `Models.Security`) has a type with this simple name. */
export function modelHasType(relativeNamespace: string, name: string, schema: SchemaIndex): boolean {
  return namesOf(schema).hasType(relativeNamespace, name);
}

const pascalName = memoized(pascalCase);

/** Members every Kiota model has; a schema property with such a name gets a `Property` suffix. */
const MODEL_MEMBERS = new Set(['AdditionalData', 'Serialize', 'GetFieldDeserializers']);

/**
 * Model property from its wire name: `@odata.type` → `OdataType`, `family_name` → `FamilyName`.
 * With the declaring class's name, also Kiota's `DisambiguatePropertiesWithClassNames` (a
 * member may not be named like its class: `<Name>Prop`).
 */
export function propertyName(wire: string, declaringClass?: string): string {
  let name = pascalName(wire);
  if (declaringClass !== undefined && name.toLowerCase() === declaringClass.toLowerCase()) name += 'Prop';
  if (MODEL_MEMBERS.has(name)) name += 'Property';
  return name;
}

/**
 * The C# properties of objects built as one type, by wire name: the `Prop` rule applies against
 * the class that declares the property (a base class, possibly). Each name is computed once per
 * run; a snippet asks for the same type's names property after property.
 */
export class ModelPropertyNames {
  /** Lower-cased class names of the type and its ancestors, the only names the `Prop` rule can hit. */
  private classNames: ReadonlySet<string> | undefined;

  constructor(
    private readonly schema: SchemaIndex,
    private readonly typeFullName: string,
  ) {}

  readonly of = memoized((wire: string) => this.compute(wire));

  private compute(wire: string): string {
    this.classNames ??= new Set(this.schema.ancestry(this.typeFullName).map((t) => baseTypeName(t.name).toLowerCase()));
    // Which class declares the property only matters when it is named like one of them.
    if (!this.classNames.has(pascalName(wire).toLowerCase())) return propertyName(wire);
    const lower = wire.toLowerCase();
    const declaring = this.schema
      .ancestry(this.typeFullName)
      .find(
        (t) =>
          t.properties.some((p) => p.name.toLowerCase() === lower) ||
          t.navigationProperties.some((p) => p.name.toLowerCase() === lower),
      );
    return propertyName(wire, declaring ? baseTypeName(declaring.name) : undefined);
  }
}

export function modelPropertyNames(typeFullName: string, schema: SchemaIndex): ModelPropertyNames {
  return namesOf(schema).propertyNames(typeFullName);
}

/** The C# property for a wire property of an object built as `typeFullName` ({@link ModelPropertyNames}). */
export function modelPropertyName(typeFullName: string, wire: string, schema: SchemaIndex): string {
  return modelPropertyNames(typeFullName, schema).of(wire);
}

/** Enum member: CleanupSymbolName with the first letter upper-cased; `_` stays (`id_token` → `Id_token`). */
export const enumMemberName: (wire: string) => string = memoized((w) => upperFirst(cleanupSymbolName(w)));

/** Query parameter property: `$orderby` → `Orderby`, `startDateTime` → `StartDateTime`. */
export function queryParameterName(name: string): string {
  return pascalName(name);
}

/** A request-builder namespace segment: `users` → `Users`, `directory` → `DirectoryNamespace`. */
export const namespaceSegment: (part: string) => string = memoized((part) => {
  const name = upperFirst(cleanupSymbolName(part));
  return RESERVED_TYPE_NAMES.has(name.toLowerCase()) ? `${name}Namespace` : name;
});

/** The member a builder step is reached by: `Users`, `GraphGroup`, `Content`, `GetEmailActivityCountsWithPeriod`. */
export function builderMemberName(step: BuilderStep): string {
  return step.kind === 'indexer' ? 'this[]' : upperFirst(step.name);
}

/**
 * Namespace of the request builder after `steps`: `/me/sendMail` → `Microsoft.Graph.Me.SendMail`
 * (C# keeps a real `Me` tree), `/users/{id}/sendMail` → `Microsoft.Graph.Users.Item.SendMail`.
 */
export function builderNamespace(steps: readonly BuilderStep[], version: string): string {
  let ns: string = rootNamespace(version);
  for (const step of steps) ns += `.${namespaceSegment(step.namespacePart)}`;
  return ns;
}
