/**
 * Query options the SDKs' query-parameter classes cannot hold (src/emit/common/with-url.ts):
 * C# and Python make such a request on its full URL (a missing field does not compile in C#,
 * and raises in Python); TypeScript's configuration constant takes any key. Checked end to end
 * (HTTP example → AST → snippet) on a small inline CSDL.
 */
import { describe, expect, it } from 'vitest';
import { csharpTarget } from '../../../src/emit/csharp/target.js';
import { pythonTarget } from '../../../src/emit/python/target.js';
import { typescriptTarget } from '../../../src/emit/typescript/target.js';
import type { LanguageTarget } from '../../../src/emit/types.js';
import { parseCsdl } from '../../../src/metadata/csdl.js';
import { SchemaIndex } from '../../../src/metadata/schema-index.js';
import { astOf, jsonRequest } from '../../ast/helpers.js';
import { apiSchema, G, graphCsdl, structured } from '../../support/schema-builders.js';

const CSDL = graphCsdl(`
      <EntityType Name="user" BaseType="graph.entity"><Property Name="displayName" Type="Edm.String" /></EntityType>
      <EntityType Name="teamsApp" BaseType="graph.entity"><Property Name="displayName" Type="Edm.String" /></EntityType>
      <EntityType Name="driveItem" BaseType="graph.entity"><Property Name="name" Type="Edm.String" /></EntityType>
      <Function Name="delta" IsBound="true" IsComposable="true">
        <Parameter Name="bindingParameter" Type="graph.driveItem" />
        <Parameter Name="token" Type="Edm.String" />
        <ReturnType Type="Collection(graph.driveItem)" />
      </Function>
      <EntityContainer Name="GraphService">
        <EntitySet Name="users" EntityType="microsoft.graph.user" />
        <EntitySet Name="teamsApps" EntityType="microsoft.graph.teamsApp" />
        <EntitySet Name="driveItems" EntityType="microsoft.graph.driveItem" />
      </EntityContainer>
`);

const schema = new SchemaIndex(parseCsdl(CSDL, 'v1.0', { kind: 'csdl', description: 'with-url', fingerprint: 'test' }));
const emit = (target: LanguageTarget, http: string | readonly string[]): string =>
  target.emit(astOf(http, schema).ast, { schema, exampleName: 't' });

describe('query options no query-parameter class holds', () => {
  it('an option of a POST (Kiota declares query parameters on GET and on a $ref DELETE only)', () => {
    const http = jsonRequest('POST', '/teamsApps?requiresReview=true', '{ "displayName": "x" }');
    const url = 'https://graph.microsoft.com/v1.0/teamsApps?requiresReview=true';
    const cs = emit(csharpTarget, http);
    expect(cs).toContain(`await graphClient.TeamsApps.WithUrl("${url}").PostAsync(requestBody);`);
    expect(cs).not.toContain('QueryParameters');
    // The reference's note is about delta and skip-token URLs, not these.
    expect(cs).not.toContain('// Note:');
    expect(emit(pythonTarget, http)).toContain(`.teams_apps.with_url("${url}").post(request_body)`);
    expect(emit(typescriptTarget, http)).toContain('queryParameters : {\n\t\trequiresReview : "true",');
  });

  it('a parameter of the function the path ends with (Kiota puts those in the path)', () => {
    const url = 'https://graph.microsoft.com/v1.0/driveItems/{id}/delta?token=latest';
    expect(emit(csharpTarget, 'GET /driveItems/{id}/delta?token=latest')).toContain(
      `.Delta.WithUrl("${url}").GetAsDeltaGetResponseAsync();`,
    );
    expect(emit(pythonTarget, 'GET /driveItems/{id}/delta?token=latest')).toContain(`.delta.with_url("${url}").get()`);
  });

  it('a parameter of the function, without a CSDL too (the metadata’s function parameters, by binding)', () => {
    const driveItem = structured(
      `${G}.driveItem`,
      [['name', { primitive: 'string', isCollection: false }]],
      null,
      'entity',
    );
    const typings = new SchemaIndex(apiSchema('v1.0', [driveItem]));
    const ast = astOf('GET /driveItems/{id}/delta?token=latest', typings).ast;
    const url = 'https://graph.microsoft.com/v1.0/driveItems/{id}/delta?token=latest';
    expect(csharpTarget.emit(ast, { schema: typings, exampleName: 't' })).toContain(`.Delta.WithUrl("${url}")`);
    expect(pythonTarget.emit(ast, { schema: typings, exampleName: 't' })).toContain(`.delta.with_url("${url}").get()`);
  });

  it('a system option a single entity’s GET does not have ($count, $filter: only $select and $expand)', () => {
    const cs = emit(csharpTarget, 'GET /users/{id}?$select=displayName&$count=true');
    expect(cs).toContain(
      '.WithUrl("https://graph.microsoft.com/v1.0/users/{id}?$select=displayName&$count=true").GetAsync();',
    );
    expect(cs).not.toContain('QueryParameters');
  });

  it('changes nothing where the class holds every option', () => {
    const cs = emit(csharpTarget, 'GET /users?$select=displayName&$count=true&$filter=startswith(displayName,%27a%27)');
    expect(cs).not.toContain('WithUrl');
    expect(cs).toContain('requestConfiguration.QueryParameters.Count = true;');
    expect(emit(csharpTarget, 'GET /users/{id}?$select=displayName')).toContain(
      'requestConfiguration.QueryParameters.Select = new string []{ "displayName" };',
    );
    // Other options of a function stay query parameters.
    expect(emit(csharpTarget, 'GET /driveItems/{id}/delta?$select=name')).not.toContain('WithUrl');
    const python = emit(pythonTarget, 'GET /driveItems/{id}/delta?$select=name');
    expect(python).toContain('DeltaRequestBuilder.DeltaRequestBuilderGetQueryParameters(\n\t\tselect = ["name"],');
    expect(python).not.toContain('with_url');
  });
});
