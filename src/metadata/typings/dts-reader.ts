import type { ts as TsNamespace } from 'ts-morph';

/**
 * A syntax-only reading of one Kiota model typings file (`models/**\/index.d.ts`).
 *
 * Only the parser is used (`ts.createSourceFile`): the files are generated, self-describing
 * declarations, and a type-checking `Project` over 6-12 MB of typings would cost tens of
 * seconds and gigabytes for facts that are all visible in the syntax.
 */

export type Ts = typeof TsNamespace;

/** A property type as written in the typings, `| null` removed. */
export type RawType =
  | { readonly kind: 'keyword'; readonly keyword: 'string' | 'boolean' | 'number' | 'unknown' }
  | { readonly kind: 'ref'; readonly name: string }
  | { readonly kind: 'array'; readonly element: RawType }
  | { readonly kind: 'other'; readonly text: string };

export interface RawProperty {
  readonly name: string;
  readonly type: RawType;
}

export interface RawInterface {
  readonly name: string;
  /** Names in the `extends` clause, as written (possibly import aliases). */
  readonly heritage: readonly string[];
  readonly properties: readonly RawProperty[];
}

export interface RawEnum {
  /** The type alias name (`BodyType`). */
  readonly name: string;
  /** The const object behind it (`BodyTypeObject`). */
  readonly objectName: string;
}

export interface RawImport {
  /** Module specifier as written: `./security/index.js`, `@microsoft/kiota-abstractions`. */
  readonly module: string;
  readonly exported: string;
}

export interface RawModelFile {
  readonly interfaces: readonly RawInterface[];
  readonly enums: readonly RawEnum[];
  /** Const objects: `BodyTypeObject` → `[['Text', 'text'], ['Html', 'html']]`. */
  readonly enumObjects: ReadonlyMap<string, readonly (readonly [string, string])[]>;
  /** Local name → origin. */
  readonly imports: ReadonlyMap<string, RawImport>;
}

export function readModelTypings(ts: Ts, fileName: string, text: string): RawModelFile {
  // setParentNodes = false: nothing below walks upwards, and it saves time and memory.
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const interfaces: RawInterface[] = [];
  const enums: RawEnum[] = [];
  const enumObjects = new Map<string, (readonly [string, string])[]>();
  const imports = new Map<string, RawImport>();
  const textOf = (node: TsNamespace.Node): string => text.slice(node.pos, node.end).trim();

  const convert = (node: TsNamespace.TypeNode): RawType => {
    if (ts.isParenthesizedTypeNode(node)) return convert(node.type);
    if (ts.isUnionTypeNode(node)) {
      const rest = node.types.filter(
        (t) =>
          !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword) &&
          t.kind !== ts.SyntaxKind.UndefinedKeyword,
      );
      return rest.length === 1 ? convert(rest[0]!) : { kind: 'other', text: textOf(node) };
    }
    if (ts.isArrayTypeNode(node)) return { kind: 'array', element: convert(node.elementType) };
    if (ts.isTypeReferenceNode(node)) {
      if (ts.isIdentifier(node.typeName) && !node.typeArguments) return { kind: 'ref', name: node.typeName.text };
      return { kind: 'other', text: textOf(node) };
    }
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { kind: 'keyword', keyword: 'string' };
      case ts.SyntaxKind.BooleanKeyword:
        return { kind: 'keyword', keyword: 'boolean' };
      case ts.SyntaxKind.NumberKeyword:
        return { kind: 'keyword', keyword: 'number' };
      case ts.SyntaxKind.UnknownKeyword:
      case ts.SyntaxKind.AnyKeyword:
        return { kind: 'keyword', keyword: 'unknown' };
      default:
        return { kind: 'other', text: textOf(node) };
    }
  };

  const nameOf = (name: TsNamespace.PropertyName): string | undefined =>
    ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;

  for (const st of sf.statements) {
    if (ts.isInterfaceDeclaration(st)) {
      const heritage: string[] = [];
      for (const clause of st.heritageClauses ?? []) {
        for (const t of clause.types) if (ts.isIdentifier(t.expression)) heritage.push(t.expression.text);
      }
      const properties: RawProperty[] = [];
      for (const member of st.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const name = nameOf(member.name);
        if (name !== undefined) properties.push({ name, type: convert(member.type) });
      }
      interfaces.push({ name: st.name.text, heritage, properties });
    } else if (ts.isTypeAliasDeclaration(st)) {
      // export type BodyType = (typeof BodyTypeObject)[keyof typeof BodyTypeObject];
      let t: TsNamespace.TypeNode = st.type;
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
        const members: (readonly [string, string])[] = [];
        for (const m of decl.type.members) {
          if (!ts.isPropertySignature(m) || !m.type || !ts.isLiteralTypeNode(m.type)) continue;
          const key = nameOf(m.name);
          if (key !== undefined && ts.isStringLiteral(m.type.literal)) members.push([key, m.type.literal.text]);
        }
        enumObjects.set(decl.name.text, members);
      }
    } else if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const bindings = st.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) {
          imports.set(el.name.text, {
            module: st.moduleSpecifier.text,
            exported: (el.propertyName ?? el.name).text,
          });
        }
      }
    }
  }
  return { interfaces, enums, enumObjects, imports };
}
