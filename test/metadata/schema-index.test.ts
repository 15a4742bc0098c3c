import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsdl } from '../../src/metadata/csdl.js';
import { SchemaIndex } from '../../src/metadata/schema-index.js';
import { apiSchema, structured } from '../support/schema-builders.js';

const MINI = fileURLToPath(new URL('../fixtures/csdl/mini.csdl.xml', import.meta.url));
const index = new SchemaIndex(
  parseCsdl(readFileSync(MINI, 'utf8'), 'v1.0', { kind: 'csdl', description: 'mini', fingerprint: 'test' }),
);

const USER = { name: 'microsoft.graph.user', isCollection: false } as const;
const GROUP = { name: 'microsoft.graph.group', isCollection: false } as const;

describe('SchemaIndex over CSDL', () => {
  it('exposes version and container', () => {
    expect(index.version).toBe('v1.0');
    expect(index.hasContainer).toBe(true);
  });

  it('looks types up by full name, case-insensitively, by kind', () => {
    expect(index.type('microsoft.graph.user')?.fullName).toBe('microsoft.graph.user');
    expect(index.type('Microsoft.Graph.USER')?.fullName).toBe('microsoft.graph.user');
    expect(index.structured('microsoft.graph.bodyType')).toBeUndefined();
    expect(index.enumType('microsoft.graph.bodyType')?.members).toHaveLength(2);
    expect(index.type(null)).toBeUndefined();
  });

  it('finds no type for names of Object.prototype (a page may say `constructor`)', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(index.type(name), name).toBeUndefined();
      expect(index.findTypeByReference(name), name).toBeUndefined();
      expect(index.findTypeByReference(`#microsoft.graph.${name}`), name).toBeUndefined();
    }
  });

  it('finds types by reference: #full, full, graph. alias, short name', () => {
    for (const ref of ['#microsoft.graph.user', 'microsoft.graph.user', 'graph.user', 'user', ' #Graph.User ']) {
      expect(index.findTypeByReference(ref)?.fullName, ref).toBe('microsoft.graph.user');
    }
    expect(index.findTypeByReference('#microsoft.graph.security.user')?.fullName).toBe('microsoft.graph.security.user');
    expect(index.findTypeByReference('#microsoft.graph.security.alert')?.fullName).toBe(
      'microsoft.graph.security.alert',
    );
    expect(index.findTypeByReference('alert')?.fullName).toBe('microsoft.graph.security.alert');
    expect(index.findTypeByReference('graph.nothing')).toBeUndefined();
    expect(index.findTypeByReference('nothing')).toBeUndefined();
  });

  it('follows base types: ancestry, derived types, inherited properties', () => {
    expect(index.ancestry('microsoft.graph.user').map((t) => t.name)).toEqual(['user', 'directoryObject', 'entity']);
    expect(index.isSameOrDerived('microsoft.graph.user', 'microsoft.graph.entity')).toBe(true);
    expect(index.isSameOrDerived('microsoft.graph.entity', 'microsoft.graph.user')).toBe(false);
    expect(index.derivedTypes('microsoft.graph.directoryObject')).toEqual([
      'microsoft.graph.user',
      'microsoft.graph.group',
    ]);
    expect(index.derivedTypes('microsoft.graph.security.alertEvidence')).toEqual([
      'microsoft.graph.security.fileEvidence',
    ]);
    expect(index.derivedTypes('microsoft.graph.entity')).toContain('microsoft.graph.security.alert');

    expect(index.property('microsoft.graph.user', 'ID')?.type).toEqual({ primitive: 'string', isCollection: false });
    expect(index.property('microsoft.graph.user', 'deletedDateTime')?.type.primitive).toBe('dateTimeOffset');
    expect(index.property('microsoft.graph.user', 'messages')?.type).toEqual({
      name: 'microsoft.graph.message',
      isCollection: true,
    });
    expect(index.property('microsoft.graph.directoryObject', 'displayName')).toBeUndefined();
    expect(index.structuralProperty('microsoft.graph.user', 'mailboxSettings')?.type.name).toBe(
      'microsoft.graph.mailboxSettings',
    );
    expect(index.structuralProperty('microsoft.graph.user', 'messages')).toBeUndefined();
  });

  it('finds navigation properties, inherited ones too', () => {
    expect(index.navigation('microsoft.graph.user', 'Messages')?.containsTarget).toBe(true);
    expect(index.navigation('microsoft.graph.user', 'manager')?.containsTarget).toBe(false);
    expect(index.navigation('microsoft.graph.security', 'alerts_v2')?.type.name).toBe('microsoft.graph.security.alert');
    expect(index.navigation('microsoft.graph.user', 'members')).toBeUndefined();
  });

  it('finds entity sets and singletons case-insensitively', () => {
    expect(index.entitySet('Users')?.entityType).toBe('microsoft.graph.user');
    expect(index.entitySet('groups')?.entityType).toBe('microsoft.graph.group');
    expect(index.singleton('ME')?.type).toBe('microsoft.graph.user');
    expect(index.singleton('users')).toBeUndefined();
  });

  it('finds entity-bound operations, with or without namespace', () => {
    const sendMail = index.boundOperations('sendMail', USER)[0];
    expect(sendMail?.fullName).toBe('microsoft.graph.sendMail');
    expect(sendMail?.parameters.map((p) => p.name)).toEqual(['Message', 'SaveToSentItems']);
    expect(index.boundOperations('microsoft.graph.sendMail', USER)[0]).toBe(sendMail);
    expect(index.boundOperations('graph.SENDMAIL', USER)[0]).toBe(sendMail);
    expect(index.boundOperations('sendMail', GROUP)[0]).toBeUndefined();
    expect(index.boundOperations('sendMail', { ...USER, isCollection: true })[0]).toBeUndefined();
  });

  it('matches operations bound to a base type, preferring the most specific overload', () => {
    expect(index.boundOperations('getMemberGroups', GROUP)[0]?.bindingType?.name).toBe(
      'microsoft.graph.directoryObject',
    );
    const restoreUser = index.boundOperations('restore', USER)[0];
    expect(restoreUser?.bindingType?.name).toBe('microsoft.graph.user');
    expect(restoreUser?.parameters.map((p) => p.name)).toEqual(['newUserPrincipalName']);
    expect(index.boundOperations('restore', GROUP)[0]?.bindingType?.name).toBe('microsoft.graph.directoryObject');
  });

  it('finds collection-bound functions by binding collection type', () => {
    const users = index.boundOperations('delta', { ...USER, isCollection: true })[0];
    expect(users?.returnType).toEqual({ name: 'microsoft.graph.user', isCollection: true });
    expect(users?.isComposable).toBe(true);
    expect(index.boundOperations('delta', { ...GROUP, isCollection: true })[0]?.returnType?.name).toBe(
      'microsoft.graph.group',
    );
    expect(index.boundOperations('delta', USER)[0]).toBeUndefined();
  });

  it('finds operations of another namespace and unbound operations', () => {
    const hunting = index.boundOperations('microsoft.graph.security.runHuntingQuery', {
      name: 'microsoft.graph.security',
      isCollection: false,
    })[0];
    expect(hunting?.namespace).toBe('microsoft.graph.security');
    expect(index.unboundOperation('getSomething')?.returnType?.name).toBe('microsoft.graph.user');
    expect(index.unboundOperation('microsoft.graph.doThing')?.kind).toBe('action');
    expect(index.unboundOperation('sendMail')).toBeUndefined();
    expect(index.schema.container?.operationImports).toEqual(['getSomething', 'doThing']);
  });
});

describe('SchemaIndex.findTypeByReference and discriminators', () => {
  const entity = (name: string) => structured(`microsoft.graph.${name}`, [], null, 'entity');
  // `#microsoft.graph.old` names the type `renamed`, though a type `old` exists too.
  const odd = new SchemaIndex(
    apiSchema('v1.0', [entity('old'), entity('renamed'), entity('plain')], {
      discriminators: {
        '#microsoft.graph.old': 'microsoft.graph.renamed',
        '#microsoft.graph.renamed': 'microsoft.graph.renamed',
        '#microsoft.graph.plain': 'microsoft.graph.plain',
      },
    }),
  );

  it("follows a discriminator that names another type, whatever the reference's case", () => {
    for (const reference of ['#microsoft.graph.old', 'microsoft.graph.old', '#Microsoft.Graph.OLD']) {
      expect(odd.findTypeByReference(reference)?.fullName, reference).toBe('microsoft.graph.renamed');
    }
  });

  it('finds a type by its full name as spelled, or in another case', () => {
    for (const reference of ['#microsoft.graph.plain', 'microsoft.graph.plain', ' #MICROSOFT.graph.Plain ']) {
      expect(odd.findTypeByReference(reference)?.fullName, reference).toBe('microsoft.graph.plain');
    }
    expect(odd.findTypeByReference('graph.renamed')?.fullName).toBe('microsoft.graph.renamed');
  });
});

describe('SchemaIndex member lookups', () => {
  const STRING = { primitive: 'string', isCollection: false } as const;
  const INT = { primitive: 'int32', isCollection: false } as const;
  const spelled = new SchemaIndex(
    apiSchema('v1.0', [
      structured('microsoft.graph.entity', [['id', STRING]], null, 'entity'),
      // Two spellings of one name in one type, and a redeclaration of an inherited one.
      structured(
        'microsoft.graph.item',
        [
          ['Size', STRING],
          ['size', INT],
          ['ID', INT],
        ],
        'microsoft.graph.entity',
        'entity',
      ),
    ]),
  );

  it('gives the ancestry once computed, the same chain on every call', () => {
    const chain = spelled.ancestry('microsoft.graph.item');
    expect(chain.map((t) => t.name)).toEqual(['item', 'entity']);
    expect(spelled.ancestry('microsoft.graph.item')).toBe(chain);
  });

  it('keeps the precedence of spellings: the last one of a type for any member, the first for a property segment', () => {
    expect(spelled.property('microsoft.graph.item', 'SIZE')?.type).toBe(INT);
    expect(spelled.structuralProperty('microsoft.graph.item', 'SIZE')?.type).toBe(STRING);
    // The derived type's redeclaration wins over the inherited one.
    expect(spelled.property('microsoft.graph.item', 'id')?.name).toBe('ID');
    expect(spelled.structuralProperty('microsoft.graph.item', 'id')?.name).toBe('ID');
  });
});
