import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import {
  type ApiSchema,
  type ContainerDef,
  type EntitySetDef,
  type EnumMemberDef,
  type NavigationPropertyDef,
  type OperationDef,
  type ParameterDef,
  type PropertyDef,
  type SchemaSource,
  type SchemaTypeDef,
  type SingletonDef,
  type TypeRef,
  parseTypeString,
} from './schema.js';

/**
 * OData CSDL (XML) → {@link ApiSchema}.
 *
 * The parser runs in `preserveOrder` mode: fast-xml-parser builds that ordered tree anyway, so
 * asking for it skips a conversion pass and keeps real document order across element kinds.
 */

// Validation is a separate pass (~40% of parse time) but the lenient parser silently accepts
// unclosed tags; parsing only happens on a cache miss, so a precise error is worth it.
const PARSER_OPTIONS: Partial<X2jOptions> = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  removeNSPrefix: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Annotations are large and unused: keep them as unparsed text.
  stopNodes: ['*.Annotations', '*.Annotation'],
  // A matcher object instead of a jPath string built for every node.
  jPath: false,
};

type XNode = Record<string, unknown>;
type Attrs = Readonly<Record<string, string | undefined>>;

const ATTRS_KEY = ':@';
const NO_ATTRS: Attrs = {};

function tagOf(node: XNode): string | undefined {
  for (const key in node) if (key !== ATTRS_KEY) return key;
  return undefined;
}

function attrsOf(node: XNode): Attrs {
  return (node[ATTRS_KEY] as Attrs | undefined) ?? NO_ATTRS;
}

function childrenOf(node: XNode): XNode[] {
  const tag = tagOf(node);
  const value = tag === undefined ? undefined : node[tag];
  return Array.isArray(value) ? (value as XNode[]) : [];
}

function childElements(node: XNode, tag: string): XNode[] {
  return childrenOf(node).filter((c) => tagOf(c) === tag);
}

function required(a: Attrs, name: string, what: string): string {
  const value = a[name];
  if (value === undefined || value === '') throw new Error(`${what} without ${name} attribute`);
  return value;
}

const isTrue = (v: string | undefined): boolean => v === 'true';

export function parseCsdl(xml: string, version: string, source: SchemaSource): ApiSchema {
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (text.trim() === '') throw new Error('empty document: no <Schema> element');
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    const where = col === undefined ? `line ${line}` : `line ${line}, column ${col}`;
    throw new Error(`malformed XML at ${where}: ${msg}`);
  }
  const roots = new XMLParser(PARSER_OPTIONS).parse(text) as XNode[];
  const schemas = findSchemas(roots);
  if (schemas.length === 0) throw new Error('no <Schema> element found (not an OData CSDL document?)');

  // Aliases are document-wide in CSDL: `self.alert` may be written in any schema.
  const aliases = new Map<string, string>();
  const namespaces: string[] = [];
  for (const s of schemas) {
    const a = attrsOf(s);
    const ns = required(a, 'Namespace', '<Schema>');
    namespaces.push(ns);
    if (a.Alias) aliases.set(a.Alias, ns);
  }

  const resolveName = (qualified: string): string => {
    const dot = qualified.lastIndexOf('.');
    if (dot <= 0) return qualified;
    const ns = aliases.get(qualified.slice(0, dot));
    return ns === undefined ? qualified : `${ns}${qualified.slice(dot)}`;
  };
  const resolveType = (text: string): TypeRef => {
    const ref = parseTypeString(text);
    if (ref.primitive || ref.name === undefined) return ref;
    // Spatial and other Edm types the snippets do not model are plain JSON values.
    if (ref.name.startsWith('Edm.')) return { primitive: 'untyped', isCollection: ref.isCollection };
    return { name: resolveName(ref.name), isCollection: ref.isCollection };
  };

  const types: Record<string, SchemaTypeDef> = {};
  const operations: OperationDef[] = [];
  const entitySets: EntitySetDef[] = [];
  const singletons: SingletonDef[] = [];
  const operationImports: string[] = [];
  let hasContainer = false;

  schemas.forEach((schemaNode, i) => {
    const namespace = namespaces[i]!;
    for (const el of childrenOf(schemaNode)) {
      const tag = tagOf(el);
      const a = attrsOf(el);
      switch (tag) {
        case 'EntityType':
        case 'ComplexType': {
          const name = required(a, 'Name', `<${tag}> in ${namespace}`);
          const what = `${namespace}.${name}`;
          const properties: PropertyDef[] = [];
          const navigationProperties: NavigationPropertyDef[] = [];
          for (const p of childrenOf(el)) {
            const ptag = tagOf(p);
            if (ptag !== 'Property' && ptag !== 'NavigationProperty') continue;
            const pa = attrsOf(p);
            const pname = required(pa, 'Name', `<${ptag}> of ${what}`);
            const type = resolveType(required(pa, 'Type', `<${ptag}> ${what}/${pname}`));
            if (ptag === 'Property') properties.push({ name: pname, type });
            else navigationProperties.push({ name: pname, type, containsTarget: isTrue(pa.ContainsTarget) });
          }
          const keyProperties = childElements(el, 'Key').flatMap((k) =>
            childElements(k, 'PropertyRef').map((r) => required(attrsOf(r), 'Name', `<PropertyRef> of ${what}`)),
          );
          types[what] = {
            kind: tag === 'EntityType' ? 'entity' : 'complex',
            fullName: what,
            namespace,
            name,
            baseType: a.BaseType ? resolveName(a.BaseType) : null,
            isAbstract: isTrue(a.Abstract),
            isOpen: isTrue(a.OpenType),
            hasStream: isTrue(a.HasStream),
            properties,
            navigationProperties,
            // Only an unusual key is recorded (see StructuredTypeDef.keyProperties).
            ...(keyProperties.length > 0 && !(keyProperties.length === 1 && keyProperties[0] === 'id')
              ? { keyProperties }
              : {}),
          };
          break;
        }
        case 'EnumType': {
          const name = required(a, 'Name', `<EnumType> in ${namespace}`);
          const what = `${namespace}.${name}`;
          const members: EnumMemberDef[] = childElements(el, 'Member').map((m, ordinal) => {
            const ma = attrsOf(m);
            const mname = required(ma, 'Name', `<Member> of ${what}`);
            if (ma.Value === undefined) return { name: mname, value: ordinal };
            const value = Number(ma.Value);
            if (!Number.isFinite(value))
              throw new Error(`enum member ${what}.${mname} has a non-numeric Value "${ma.Value}"`);
            return { name: mname, value };
          });
          types[what] = { kind: 'enum', fullName: what, namespace, name, isFlags: isTrue(a.IsFlags), members };
          break;
        }
        case 'Action':
        case 'Function': {
          const name = required(a, 'Name', `<${tag}> in ${namespace}`);
          const what = `${tag.toLowerCase()} ${namespace}.${name}`;
          const isBound = isTrue(a.IsBound);
          const params = childElements(el, 'Parameter').map((p): ParameterDef => {
            const pa = attrsOf(p);
            const pname = required(pa, 'Name', `<Parameter> of ${what}`);
            return {
              name: pname,
              type: resolveType(required(pa, 'Type', `<Parameter> ${pname} of ${what}`)),
              nullable: pa.Nullable !== 'false',
            };
          });
          if (isBound && params.length === 0) throw new Error(`bound ${what} has no binding parameter`);
          const returnNode = childElements(el, 'ReturnType')[0];
          const returnTypeText = returnNode ? attrsOf(returnNode).Type : undefined;
          operations.push({
            kind: tag === 'Action' ? 'action' : 'function',
            name,
            namespace,
            fullName: `${namespace}.${name}`,
            isBound,
            bindingType: isBound ? params[0]!.type : null,
            parameters: isBound ? params.slice(1) : params,
            returnType: returnTypeText ? resolveType(returnTypeText) : null,
            isComposable: isTrue(a.IsComposable),
          });
          break;
        }
        case 'EntityContainer': {
          hasContainer = true;
          for (const c of childrenOf(el)) {
            const ctag = tagOf(c);
            const ca = attrsOf(c);
            if (ctag === 'EntitySet') {
              const sname = required(ca, 'Name', '<EntitySet>');
              entitySets.push({
                name: sname,
                entityType: resolveName(required(ca, 'EntityType', `<EntitySet> ${sname}`)),
              });
            } else if (ctag === 'Singleton') {
              const sname = required(ca, 'Name', '<Singleton>');
              singletons.push({ name: sname, type: resolveName(required(ca, 'Type', `<Singleton> ${sname}`)) });
            } else if (ctag === 'ActionImport' || ctag === 'FunctionImport') {
              operationImports.push(required(ca, 'Name', `<${ctag}>`));
            }
          }
          break;
        }
        default:
          // Term, Annotations, TypeDefinition: not used by the snippets.
          break;
      }
    }
  });

  const container: ContainerDef | null = hasContainer ? { entitySets, singletons, operationImports } : null;
  return { version, sources: [source], types, operations, container, discriminators: {} };
}

/** `<Schema>` elements under `Edmx/DataServices`, or a bare `<Schema>` root. */
function findSchemas(roots: XNode[]): XNode[] {
  const out: XNode[] = [];
  for (const root of roots) {
    const tag = tagOf(root);
    if (tag === 'Schema') out.push(root);
    else if (tag === 'Edmx') {
      for (const ds of childElements(root, 'DataServices')) out.push(...childElements(ds, 'Schema'));
    }
  }
  return out;
}
