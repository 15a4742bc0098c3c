import { describe, expect, it } from 'vitest';
import { collectionOperationName, inferRoot } from '../../src/ast/inference.js';
import { SchemaIndex } from '../../src/metadata/schema-index.js';
import { apiSchema, G, structured } from '../support/schema-builders.js';
import { astOf, codes, fixtureIndex, jsonRequest } from './helpers.js';

/**
 * Without an entity container (the SDK typings) the schema knows no operations: after a
 * collection, a name Graph binds to collections is that operation, not a key.
 */
const user = structured(`${G}.user`, [['id', { primitive: 'string', isCollection: false }]], null, 'entity');
const typingsLike = new SchemaIndex(apiSchema('v1.0', [user]));

describe('operations Graph binds to collections, without a container', () => {
  it('reads `/users/delta` as the delta function, returning the collection’s type', () => {
    const { ast, warnings } = astOf('GET /users/delta?$select=displayName', typingsLike);
    expect(ast.path.map((s) => s.kind)).toEqual(['entitySet', 'function']);
    expect(ast.path[1]).toEqual({
      kind: 'function',
      raw: 'delta',
      name: 'delta',
      fullName: `${G}.delta`,
      arguments: [],
      isBound: true,
      target: { name: `${G}.user`, isCollection: true },
    });
    expect(ast.responseType).toEqual({ name: `${G}.user`, isCollection: true });
    expect(codes(warnings)).toEqual(['W_PATH_INFERRED', 'W_PATH_INFERRED']);
    expect(warnings[1]!.message).toBe("'delta' inferred as a bound function (no entity container for v1.0)");
  });

  it('gives `delta` on an entity (`…/items/{id}/delta`) a collection of that entity too', () => {
    for (const url of ['/users/{id}/delta', '/users/{id}/delta()']) {
      const { ast } = astOf(`GET ${url}`, typingsLike);
      expect(ast.path[2], url).toMatchObject({
        kind: 'function',
        name: 'delta',
        target: { name: `${G}.user`, isCollection: true },
      });
    }
  });

  it('takes the metadata’s spelling of the name, and an action for a POST', () => {
    const { ast } = astOf(jsonRequest('POST', '/users/GETBYIDS', '{ "ids": ["1"] }'), typingsLike);
    expect(ast.path[1]).toMatchObject({ kind: 'action', raw: 'GETBYIDS', name: 'getByIds', target: null });
  });

  it('still reads keys as keys: placeholders, ids, names that are not collection operations', () => {
    for (const key of ['{id}', '48d31887-5fad-4d73-a9f5-3c356e68a038', 'adele@contoso.com', 'deltas', 'root']) {
      const { ast } = astOf(`GET /users/${key}`, typingsLike);
      expect(
        ast.path.map((s) => s.kind),
        key,
      ).toEqual(['entitySet', 'key']);
    }
  });

  it('changes nothing with a container: the metadata says what is bound where', () => {
    const schema = fixtureIndex('ast');
    const { ast } = astOf('GET /users/{id}', schema);
    expect(ast.path.map((s) => s.kind)).toEqual(['entitySet', 'key']);
  });

  it('knows the names in any case, and only those', () => {
    expect(collectionOperationName('DELTA')).toBe('delta');
    expect(collectionOperationName('itemat')).toBe('itemAt');
    expect(collectionOperationName('getByIds')).toBe('getByIds');
    expect(collectionOperationName('user')).toBeUndefined();
    expect(collectionOperationName('deltas')).toBeUndefined();
  });
});

describe('path roots by convention, without a container', () => {
  const entity = (name: string) => structured(`${G}.${name}`, [], null, 'entity');
  const schema = new SchemaIndex(
    apiSchema('v1.0', [user, entity('contact'), entity('orgContact'), entity('category')]),
  );

  it('takes an entity set for the plural of an entity type', () => {
    expect(inferRoot('users', schema)).toEqual({ kind: 'entitySet', typeName: `${G}.user` });
    expect(inferRoot('categories', schema)).toEqual({ kind: 'entitySet', typeName: `${G}.category` });
  });

  it('knows the roots whose type the plural does not give: /contacts are organizational contacts', () => {
    expect(inferRoot('contacts', schema)).toEqual({ kind: 'entitySet', typeName: `${G}.orgContact` });
    const { ast } = astOf('GET /contacts/{id}/memberOf', schema);
    expect(ast.path[0]).toMatchObject({ kind: 'entitySet', name: 'contacts', target: { name: `${G}.orgContact` } });
  });

  it('finds nothing for a name that is no type', () => {
    expect(inferRoot('nothings', schema)).toBeUndefined();
  });
});
