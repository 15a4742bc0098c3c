import type { OperationArgument, PathSegment } from '../../ast/types.js';
import { cleanupSymbolName, lowerFirst, namespaceOf, shortNameOf, upperFirst } from './naming.js';
import { byCodeUnits } from '../../ordering.js';
import { memoizedByObject } from '../../memo.js';
import { INTEGER_KINDS } from '../../metadata/schema.js';
import { GRAPH_NAMESPACE } from '../../metadata/names.js';

/**
 * The Kiota request-builder chain for a resolved path, in language-neutral names. Each
 * language only changes the casing and the way a step is written (`.Users["{user-id}"]`,
 * `.users.byUserId("user-id")`, `.users.by_user_id('user-id')`).
 *
 * Rules from Kiota (sdk-conventions.md §1, §3): keys are indexers named after the key
 * parameter; `$value` → `content` (namespace `value`), `$ref` → `ref`, `$count` → `count`;
 * casts → `graph<Type>` (`microsoftGraph<Namespace><Type>` outside the main namespace, as
 * operations there); functions with parameters → `<name>With<P1>With<P2>` methods whose
 * arguments are sorted alphabetically, ignoring case; a name equal to an HTTP verb gets `Path`.
 */
export type BuilderStep =
  | {
      readonly kind: 'property';
      /** Neutral (camelCase) member name: `users`, `graphGroup`, `content`. */
      readonly name: string;
      /** Folder/namespace part of the builder after this step: `users`, `value`, `graphGroup`. */
      readonly namespacePart: string;
      /** Builder class without the `RequestBuilder` suffix: `Users`, `Content`. */
      readonly className: string;
      readonly segment: PathSegment;
    }
  | {
      readonly kind: 'indexer';
      /** Key parameter as Kiota names it: `user-id`. */
      readonly parameter: string;
      /** `byUserId` (camelCase; Python snake-cases it). */
      readonly methodName: string;
      readonly namespacePart: 'item';
      /** `UserItem` */
      readonly className: string;
      readonly segment: PathSegment;
    }
  | {
      readonly kind: 'method';
      /** `getEmailActivityCountsWithPeriod` */
      readonly name: string;
      readonly namespacePart: string;
      readonly className: string;
      /** Arguments in Kiota's order (alphabetical, ignoring case). */
      readonly args: readonly MethodArgument[];
      readonly segment: PathSegment;
    };

/** An argument of a function's builder method: the URL's argument (`source`), as Kiota passes it. */
export interface MethodArgument {
  readonly name: string;
  readonly placeholder: string;
  readonly isInteger: boolean;
  /** The path segment's argument: its literal and declared type. */
  readonly source: OperationArgument;
}

const HTTP_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace', 'connect']);

function plainName(raw: string): string {
  return lowerFirst(cleanupSymbolName(raw));
}

/**
 * The `Path` suffix is on the member only: the builder's folder and class keep the plain name
 * (Python SDK: `range.delete_path` → `range/delete/delete_request_builder.py`,
 * `DeleteRequestBuilder`, `DeletePostRequestBody`).
 */
export function requestBuilderMemberName(raw: string): string {
  const name = plainName(raw);
  return HTTP_VERBS.has(name.toLowerCase()) ? `${name}Path` : name;
}

function propertyStep(raw: string, segment: PathSegment): BuilderStep {
  const plain = plainName(raw);
  return {
    kind: 'property',
    name: requestBuilderMemberName(raw),
    namespacePart: plain,
    className: upperFirst(plain),
    segment,
  };
}

/**
 * The prefix Kiota gives a cast or an operation of a sub-namespace: the whole namespace
 * (`microsoft.graph.ediscovery` → `microsoftGraphEdiscovery`), because the SDKs' paths name it
 * in full (`…/cases/{case-id}/microsoft.graph.ediscovery.close`). `null` for the main namespace.
 * Python SDK evidence: `cases/item/microsoft_graph_ediscovery_close`,
 * `operations/item/microsoft_graph_ediscovery_case_export_operation`,
 * `updatable_assets/microsoft_graph_windows_updates_enroll_assets`; no `graph_ediscovery_*`.
 */
function subNamespacePrefix(fullName: string): string | null {
  const namespace = namespaceOf(fullName);
  if (!namespace.toLowerCase().startsWith(`${GRAPH_NAMESPACE}.`)) return null;
  return namespace
    .split('.')
    .map((p, i) => (i === 0 ? cleanupSymbolName(p) : upperFirst(cleanupSymbolName(p))))
    .join('');
}

/**
 * `microsoft.graph.group` → `graphGroup`; a type of a sub-namespace keeps the whole namespace:
 * `microsoft.graph.ediscovery.caseExportOperation` → `microsoftGraphEdiscoveryCaseExportOperation`.
 */
export function castMemberName(typeName: string): string {
  const prefix = subNamespacePrefix(typeName);
  if (prefix !== null) return prefix + upperFirst(cleanupSymbolName(shortNameOf(typeName)));
  const parts = typeName.replace(/^microsoft\.graph\./, '').split('.');
  return 'graph' + parts.map((p) => upperFirst(cleanupSymbolName(p))).join('');
}

/**
 * An operation's builder name before any `With<P>`: `sendMail`; an operation of a
 * sub-namespace is qualified (`microsoft.graph.ediscovery.close` → `microsoftGraphEdiscoveryClose`).
 */
export function operationBaseName(segment: { readonly name: string; readonly fullName: string }): string | null {
  const prefix = subNamespacePrefix(segment.fullName);
  return prefix === null ? null : prefix + upperFirst(cleanupSymbolName(shortNameOf(segment.name)));
}

/** `user-id` → `UserItem`; `directoryObject-id` → `DirectoryObjectItem`. */
function itemClassName(parameter: string): string {
  const entity = parameter.replace(/-?id$/i, '').replace(/\d+$/, '');
  return `${upperFirst(cleanupSymbolName(entity))}Item`;
}

/**
 * The start of an action's `<Action><Method>RequestBody` class: the builder's class name, except
 * for an operation of a sub-namespace, whose body class keeps the plain name while its builder
 * is qualified (Python SDK: `microsoft_graph_windows_updates_enroll_assets/`
 * `enroll_assets_post_request_body.py` → `EnrollAssetsPostRequestBody`).
 */
export function requestBodyClassBase(step: BuilderStep): string {
  const segment = step.segment;
  if ((segment.kind === 'action' || segment.kind === 'function') && operationBaseName(segment) !== null) {
    return upperFirst(cleanupSymbolName(shortNameOf(segment.name)));
  }
  return step.className;
}

/**
 * Whether a segment is the `me` singleton, which Kiota's TypeScript and Python SDKs build as the
 * users item builder (`users/item` modules).
 */
export function isMeSegment(segment: PathSegment): boolean {
  return segment.kind === 'singleton' && segment.name.toLowerCase() === 'me';
}

/** Kiota's order of a function's builder-method parameters: by name, case-insensitively. */
export function byKiotaParameterOrder(a: { readonly name: string }, b: { readonly name: string }): number {
  return byCodeUnits(a.name.toLowerCase(), b.name.toLowerCase());
}

/**
 * Steps are computed once per segment: resolved segments are shared between the ASTs of a run
 * (`src/ast/path.ts`). A path's list is made anew for each language (a lookup per segment): a
 * cache keyed by each example's path measured no faster (389 / 388 ms, medians of 21).
 */
export function requestBuilderSteps(path: readonly PathSegment[]): readonly BuilderStep[] {
  const steps: BuilderStep[] = [];
  for (let i = 0; i < path.length; i++) steps.push(stepOfSegment(path[i]!));
  return steps;
}

const stepOfSegment = memoizedByObject((segment: PathSegment) => builderStep(segment));

function builderStep(segment: PathSegment): BuilderStep {
  switch (segment.kind) {
    case 'entitySet':
    case 'singleton':
    case 'navigation':
    case 'property':
      return propertyStep(segment.name, segment);
    case 'raw':
      return propertyStep(segment.raw, segment);
    case 'key':
      return {
        kind: 'indexer',
        parameter: segment.parameter,
        methodName: `by${upperFirst(cleanupSymbolName(segment.parameter))}`,
        namespacePart: 'item',
        className: itemClassName(segment.parameter),
        segment,
      };
    case 'cast': {
      const name = castMemberName(segment.typeName);
      return { kind: 'property', name, namespacePart: name, className: upperFirst(name), segment };
    }
    case 'action':
    case 'function': {
      const qualified = operationBaseName(segment);
      if (segment.kind === 'function' && segment.arguments.length > 0) {
        // `…With<P>` never equals an HTTP verb: no `Path` suffix.
        const base = qualified ?? plainName(segment.name);
        const name = base + segment.arguments.map((a) => `With${upperFirst(cleanupSymbolName(a.name))}`).join('');
        const args = [...segment.arguments].sort(byKiotaParameterOrder).map((a) => ({
          name: a.name,
          placeholder: `{${a.name}}`,
          isInteger: a.type?.primitive !== undefined && INTEGER_KINDS.has(a.type.primitive),
          source: a,
        }));
        return { kind: 'method', name, namespacePart: name, className: upperFirst(name), args, segment };
      }
      if (qualified !== null) {
        return {
          kind: 'property',
          name: qualified,
          namespacePart: qualified,
          className: upperFirst(qualified),
          segment,
        };
      }
      return propertyStep(segment.name, segment);
    }
    case 'ref':
      return { kind: 'property', name: 'ref', namespacePart: 'ref', className: 'Ref', segment };
    case 'value':
      return { kind: 'property', name: 'content', namespacePart: 'value', className: 'Content', segment };
    case 'count':
      return { kind: 'property', name: 'count', namespacePart: 'count', className: 'Count', segment };
  }
}
