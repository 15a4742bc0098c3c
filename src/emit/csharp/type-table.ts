import { memoized, memoizedPer } from '../../memo.js';
import type { SchemaIndex } from '../../metadata/schema-index.js';
import { IMPLICIT_USING_TYPE_NAMES, modelHasType, modelName, rootNamespace, type CsVersionRoot } from './naming.js';

export const KIOTA_ABSTRACTIONS = 'Microsoft.Kiota.Abstractions';
export const KIOTA_SERIALIZATION = 'Microsoft.Kiota.Abstractions.Serialization';

/**
 * Types of the namespaces besides the models that a snippet may import: a model with one of
 * these simple names would be ambiguous there. Microsoft.Graph holds the client and the core
 * library's helpers.
 */
const ROOT_NAMESPACE_TYPES: ReadonlySet<string> = new Set([
  'GraphServiceClient',
  'BaseGraphServiceClient',
  'BaseGraphRequestAdapter',
  'BatchRequestContent',
  'BatchRequestContentCollection',
  'BatchRequestStep',
  'BatchResponseContent',
  'BatchResponseContentCollection',
  'ClientException',
  'CoreConstants',
  'ErrorConstants',
  'GraphClientFactory',
  'GraphClientOptions',
  'GraphResponse',
  'LargeFileUploadTask',
  'PageIterator',
  'ResponseHandler',
  'ServiceException',
]);

const KIOTA_ABSTRACTIONS_TYPES: ReadonlySet<string> = new Set([
  'ApiException',
  'BaseRequestBuilder',
  'BaseRequestConfiguration',
  'Date',
  'DefaultQueryParameters',
  'Method',
  'MultipartBody',
  'NativeResponseHandler',
  'RequestConfiguration',
  'RequestHeaders',
  'RequestInformation',
  'Time',
]);

const KIOTA_SERIALIZATION_TYPES: ReadonlySet<string> = new Set([
  'UntypedArray',
  'UntypedBoolean',
  'UntypedDecimal',
  'UntypedDouble',
  'UntypedFloat',
  'UntypedInteger',
  'UntypedLong',
  'UntypedNode',
  'UntypedNull',
  'UntypedObject',
  'UntypedString',
]);

/** A type a snippet names, with what decides whether its simple name is ambiguous. */
interface NamedType {
  readonly name: string;
  /** Full C# namespace. */
  readonly namespace: string;
  /** `namespace.name` */
  readonly qualifiedName: string;
  /** Relative model namespace (`Models.Security`), or null for a request-builder namespace. */
  readonly modelNamespace: string | null;
  /** Ambiguous in every snippet: a type of the implicit usings or of `Microsoft.Graph` has its name. */
  readonly alwaysAmbiguous: boolean;
  /** Ambiguous when the snippet imports Kiota's abstractions (`Date`, `Time`). */
  readonly clashesWithAbstractions: boolean;
  /** Ambiguous when the snippet imports Kiota's serialization (`UntypedNode`...). */
  readonly clashesWithSerialization: boolean;
  /** An enum (a value type: `List<T?>`). */
  readonly isEnum: boolean;
}

/** The model types of one schema under one version root, each described once per run. */
class ModelTypes {
  constructor(
    private readonly schema: SchemaIndex,
    private readonly root: CsVersionRoot,
  ) {}

  readonly get = memoized((fullName: string): NamedType => {
    const m = modelName(fullName, this.schema);
    const namespace = `${this.root}.${m.relativeNamespace}`;
    return {
      name: m.name,
      namespace,
      qualifiedName: `${namespace}.${m.name}`,
      modelNamespace: m.relativeNamespace,
      alwaysAmbiguous: IMPLICIT_USING_TYPE_NAMES.has(m.name.toLowerCase()) || ROOT_NAMESPACE_TYPES.has(m.name),
      clashesWithAbstractions: KIOTA_ABSTRACTIONS_TYPES.has(m.name),
      clashesWithSerialization: KIOTA_SERIALIZATION_TYPES.has(m.name),
      isEnum: this.schema.enumType(fullName) !== undefined,
    };
  });
}

const modelTypesOf = memoizedPer((schema: SchemaIndex, root: CsVersionRoot) => new ModelTypes(schema, root));

interface TypeUse {
  readonly type: NamedType;
  readonly apply: (text: string) => void;
}

/**
 * The types a snippet names. Views are built with empty type texts and patched once all types
 * are known, because whether a simple name is ambiguous (and must be written with its
 * namespace) depends on every namespace the snippet imports.
 */
export class TypeTable {
  private readonly uses: TypeUse[] = [];
  private readonly models: ModelTypes;
  /** Namespaces imported whatever the types: the client's, then Kiota's as values need them. */
  private readonly fixed: string[];
  private importsAbstractions = false;
  private importsSerialization = false;

  constructor(
    private readonly schema: SchemaIndex,
    version: string,
  ) {
    const root = rootNamespace(version);
    this.models = modelTypesOf(schema, root);
    // GraphServiceClient.
    this.fixed = [root];
  }

  model(fullName: string, apply: (text: string) => void): void {
    this.uses.push({ type: this.models.get(fullName), apply });
  }

  builderType(name: string, namespace: string, apply: (text: string) => void): void {
    const type: NamedType = {
      name,
      namespace,
      qualifiedName: `${namespace}.${name}`,
      modelNamespace: null,
      alwaysAmbiguous: false,
      clashesWithAbstractions: false,
      clashesWithSerialization: false,
      isEnum: false,
    };
    this.uses.push({ type, apply });
  }

  /** Whether a schema type is an enum. */
  isEnum(fullName: string): boolean {
    return this.models.get(fullName).isEnum;
  }

  importNamespace(namespace: string): void {
    if (namespace === KIOTA_ABSTRACTIONS) {
      if (this.importsAbstractions) return;
      this.importsAbstractions = true;
    } else if (namespace === KIOTA_SERIALIZATION) {
      if (this.importsSerialization) return;
      this.importsSerialization = true;
    } else if (this.fixed.includes(namespace)) {
      return;
    }
    this.fixed.push(namespace);
  }

  /** Writes every type text and returns the sorted usings. */
  finish(): string[] {
    // Names can only clash between model namespaces when the snippet uses several.
    let modelNamespaces: Set<string> | null = null;
    let firstModelNamespace: string | null = null;
    const uses = this.uses;
    for (let k = 0; k < uses.length; k++) {
      const ns = uses[k]!.type.modelNamespace;
      if (ns === null || ns === firstModelNamespace) continue;
      if (firstModelNamespace === null) firstModelNamespace = ns;
      else (modelNamespaces ??= new Set([firstModelNamespace])).add(ns);
    }
    const usings = new Set(this.fixed);
    for (let k = 0; k < uses.length; k++) {
      const { type, apply } = uses[k]!;
      if (this.isAmbiguous(type, modelNamespaces)) {
        apply(type.qualifiedName);
      } else {
        usings.add(type.namespace);
        apply(type.name);
      }
    }
    // The default order compares UTF-16 code units, as `byCodeUnits` does, without a call per comparison.
    return [...usings].sort();
  }

  private isAmbiguous(type: NamedType, modelNamespaces: ReadonlySet<string> | null): boolean {
    if (type.modelNamespace === null) return false;
    if (type.alwaysAmbiguous) return true;
    if (this.importsAbstractions && type.clashesWithAbstractions) return true;
    if (this.importsSerialization && type.clashesWithSerialization) return true;
    if (modelNamespaces !== null) {
      for (const ns of modelNamespaces) {
        if (ns !== type.modelNamespace && modelHasType(ns, type.name, this.schema)) return true;
      }
    }
    return false;
  }
}
