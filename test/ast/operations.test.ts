/**
 * Operation-specific AST rules: which overload types an action body (several actions share a
 * name), and functions called with a JSON body (W_FUNCTION_BODY_AS_ARGUMENTS). Also the key
 * parameter of an entity keyed by something other than `id`.
 */
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../../src/ast/types.js';
import { parseCsdl } from '../../src/metadata/csdl.js';
import { SchemaIndex } from '../../src/metadata/schema-index.js';
import { pythonTarget } from '../../src/emit/python/target.js';
import { csharpTarget } from '../../src/emit/csharp/target.js';
import { typescriptTarget } from '../../src/emit/typescript/target.js';
import { astOf, codes, jsonRequest } from './helpers.js';
import { graphCsdl } from '../support/schema-builders.js';

// Two `add` actions and two `itemAt` functions with different bindings (the conversation-member
// one declared first, as in the Graph metadata), and a function with two overloads.
const CSDL = graphCsdl(`
      <EntityType Name="workbook" BaseType="graph.entity">
        <NavigationProperty Name="charts" Type="Collection(graph.workbookChart)" ContainsTarget="true" />
        <NavigationProperty Name="columns" Type="Collection(graph.workbookTableColumn)" ContainsTarget="true" />
        <NavigationProperty Name="members" Type="Collection(graph.conversationMember)" ContainsTarget="true" />
        <NavigationProperty Name="range" Type="graph.workbookRange" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="workbookChart" BaseType="graph.entity"><Property Name="name" Type="Edm.String" /></EntityType>
      <EntityType Name="workbookTableColumn" BaseType="graph.entity"><Property Name="name" Type="Edm.String" /></EntityType>
      <EntityType Name="conversationMember" BaseType="graph.entity"><Property Name="displayName" Type="Edm.String" /></EntityType>
      <EntityType Name="workbookRange" BaseType="graph.entity"><Property Name="address" Type="Edm.String" /></EntityType>
      <Action Name="add" IsBound="true">
        <Parameter Name="bindingParameter" Type="Collection(graph.conversationMember)" />
        <Parameter Name="values" Type="Collection(graph.conversationMember)" />
      </Action>
      <Action Name="add" IsBound="true">
        <Parameter Name="bindparameter" Type="Collection(graph.workbookTableColumn)" />
        <Parameter Name="index" Type="Edm.Int32" />
        <Parameter Name="name" Type="Edm.String" />
        <ReturnType Type="graph.workbookTableColumn" />
      </Action>
      <Function Name="itemAt" IsBound="true" IsComposable="true">
        <Parameter Name="bindparameter" Type="Collection(graph.workbookTableColumn)" />
        <Parameter Name="index" Type="Edm.Int32" Nullable="false" />
        <ReturnType Type="graph.workbookTableColumn" />
      </Function>
      <Function Name="itemAt" IsBound="true" IsComposable="true">
        <Parameter Name="bindparameter" Type="Collection(graph.workbookChart)" />
        <Parameter Name="index" Type="Edm.Int32" Nullable="false" />
        <ReturnType Type="graph.workbookChart" />
      </Function>
      <Function Name="usedRange" IsBound="true" IsComposable="true">
        <Parameter Name="bindparameter" Type="graph.workbookRange" />
        <ReturnType Type="graph.workbookRange" />
      </Function>
      <Function Name="usedRange" IsBound="true" IsComposable="true">
        <Parameter Name="bindparameter" Type="graph.workbookRange" />
        <Parameter Name="valuesOnly" Type="Edm.Boolean" Nullable="false" />
        <ReturnType Type="graph.workbookRange" />
      </Function>
      <Function Name="boundingRect" IsBound="true" IsComposable="true">
        <Parameter Name="bindparameter" Type="graph.workbookRange" />
        <Parameter Name="anotherRange" Type="Edm.String" Unicode="false" />
        <ReturnType Type="graph.workbookRange" />
      </Function>
      <Action Name="closeSession" IsBound="true">
        <Parameter Name="bindingParameter" Type="graph.workbookChart" />
        <Parameter Name="reason" Type="Edm.String" />
      </Action>
      <Action Name="closeSession" IsBound="true">
        <Parameter Name="bindingParameter" Type="graph.workbook" />
      </Action>
      <EntityType Name="cloudPcOverview">
        <Key><PropertyRef Name="tenantId" /></Key>
        <Property Name="tenantId" Type="Edm.String" Nullable="false" />
      </EntityType>
      <EntityType Name="specialOverview" BaseType="graph.cloudPcOverview" />
      <EntityContainer Name="GraphService">
        <Singleton Name="workbook" Type="microsoft.graph.workbook" />
        <EntitySet Name="cloudPcsOverview" EntityType="microsoft.graph.cloudPcOverview" />
        <EntitySet Name="specialOverviews" EntityType="microsoft.graph.specialOverview" />
      </EntityContainer>
`);

const schema = new SchemaIndex(
  parseCsdl(CSDL, 'v1.0', { kind: 'csdl', description: 'operations', fingerprint: 'test' }),
);

function lastSegment(path: readonly PathSegment[]): PathSegment {
  return path[path.length - 1]!;
}

describe('action bodies are typed with the overload path resolution chose', () => {
  it('uses the table-column add, not the first add of that name', () => {
    const { ast, warnings } = astOf(
      jsonRequest('POST', '/workbook/columns/add', '{ "index": 3, "name": "x" }'),
      schema,
    );
    expect(ast.body).toMatchObject({
      kind: 'json',
      bodyType: { kind: 'actionParameters', operation: 'microsoft.graph.add' },
      value: {
        kind: 'object',
        properties: [
          { name: 'index', type: { primitive: 'int32' } },
          { name: 'name', type: { primitive: 'string' } },
        ],
        additionalData: [],
      },
    });
    expect(codes(warnings)).toEqual([]);
  });
});

describe('a function called with a JSON body (W_FUNCTION_BODY_AS_ARGUMENTS)', () => {
  it('turns a POST with the parameters in the body into a GET with URL arguments', () => {
    const { ast, warnings } = astOf(jsonRequest('POST', '/workbook/charts/itemAt', '{ "index": 8 }'), schema);
    expect(ast.method).toBe('GET');
    expect(ast.body).toBeNull();
    expect(lastSegment(ast.path)).toEqual({
      kind: 'function',
      raw: 'itemAt(index=8)',
      name: 'itemAt',
      fullName: 'microsoft.graph.itemAt',
      arguments: [{ name: 'index', value: '8', type: { primitive: 'int32', isCollection: false } }],
      isBound: true,
      // The chart overload, not the table-column one declared first.
      target: { name: 'microsoft.graph.workbookChart', isCollection: false },
    });
    expect(ast.responseType).toEqual({ name: 'microsoft.graph.workbookChart', isCollection: false });
    expect(warnings).toEqual([
      {
        severity: 'warning',
        code: 'W_FUNCTION_BODY_AS_ARGUMENTS',
        message:
          "itemAt is a function: the SDKs call it with GET and its parameters in the URL (itemAt(index=8)), so the body's values are its arguments and the POST is a GET",
        location: { file: 'page.md', line: 6, column: 1 },
      },
    ]);
  });

  it('picks the overload whose parameters the body names, for a GET with a body too', () => {
    const { ast, warnings } = astOf(jsonRequest('GET', '/workbook/range/usedRange', '{ "valuesOnly": true }'), schema);
    expect(ast.method).toBe('GET');
    expect(lastSegment(ast.path)).toMatchObject({
      raw: 'usedRange(valuesOnly=true)',
      arguments: [{ name: 'valuesOnly', value: 'true', type: { primitive: 'boolean' } }],
    });
    // Not W_BODY_IGNORED: the body is not lost, it is in the URL.
    expect(codes(warnings)).toEqual(['W_FUNCTION_BODY_AS_ARGUMENTS']);
    const { ast: rect } = astOf(
      jsonRequest('GET', '/workbook/range/boundingRect', '{ "AnotherRange": "A1:B2" }'),
      schema,
    );
    expect(lastSegment(rect.path)).toMatchObject({
      raw: "boundingRect(anotherRange='A1:B2')",
      arguments: [{ name: 'anotherRange', value: 'A1:B2' }],
    });
  });

  it('leaves bodies that are not exactly the scalar parameters of an overload alone', () => {
    for (const body of ['{ "index": {} }', '{ "index": 1, "other": 2 }', '{ "index": null }', '{}', '[1]']) {
      const { ast, warnings } = astOf(jsonRequest('POST', '/workbook/charts/itemAt', body), schema);
      expect(ast.method, body).toBe('POST');
      expect(lastSegment(ast.path), body).toMatchObject({ raw: 'itemAt', arguments: [] });
      expect(codes(warnings), body).not.toContain('W_FUNCTION_BODY_AS_ARGUMENTS');
    }
    // Arguments in the URL already: the body is not a second set of them.
    const { ast } = astOf(jsonRequest('POST', '/workbook/charts/itemAt(index=1)', '{ "index": 2 }'), schema);
    expect(ast.method).toBe('POST');
    expect(lastSegment(ast.path)).toMatchObject({ arguments: [{ name: 'index', value: '1' }] });
    // An action keeps its body.
    expect(astOf(jsonRequest('POST', '/workbook/columns/add', '{ "index": 3, "name": "x" }'), schema).ast.method).toBe(
      'POST',
    );
  });

  it('makes every language call the function builder that exists', () => {
    const { ast } = astOf(jsonRequest('POST', '/workbook/charts/itemAt', '{ "index": 8 }'), schema);
    const context = { schema, exampleName: 't' };
    expect(pythonTarget.emit(ast, context)).toContain('.workbook.charts.item_at_with_index(1).get()');
    expect(pythonTarget.emit(ast, context)).not.toContain('PostRequestBody');
    expect(csharpTarget.emit(ast, context)).toContain('.Workbook.Charts.ItemAtWithIndex(');
    expect(csharpTarget.emit(ast, context)).toContain('.GetAsync()');
    expect(typescriptTarget.emit(ast, context)).toContain('.workbook.charts.itemAtWithIndex(');
    expect(typescriptTarget.emit(ast, context)).toContain('.get()');
  });
});

describe('key parameters', () => {
  it("are named after the entity's own key property, inherited by derived types", () => {
    const { ast } = astOf('GET /cloudPcsOverview/{id}', schema);
    expect(lastSegment(ast.path)).toMatchObject({ kind: 'key', parameter: 'cloudPcOverview-tenantId' });
    expect(lastSegment(astOf('GET /specialOverviews/{id}', schema).ast.path)).toMatchObject({
      parameter: 'specialOverview-tenantId',
    });
    expect(lastSegment(astOf('GET /workbook/charts/{id}', schema).ast.path)).toMatchObject({
      parameter: 'workbookChart-id',
    });
    expect(pythonTarget.emit(ast, { schema, exampleName: 't' })).toContain(
      ".cloud_pcs_overview.by_cloud_pc_overview_tenant_id('cloudPcOverview-tenantId').get()",
    );
  });
});

describe('a PATCH through a composable function', () => {
  it('sends the entity the function returns, not parameters', () => {
    const { ast } = astOf(jsonRequest('PATCH', '/workbook/range/usedRange', '{ "address": "A1" }'), schema);
    expect(ast.method).toBe('PATCH');
    expect(ast.body).toMatchObject({
      kind: 'json',
      bodyType: { kind: 'type', typeName: 'microsoft.graph.workbookRange' },
      value: { kind: 'object', typeName: 'microsoft.graph.workbookRange', properties: [{ name: 'address' }] },
    });
  });
});

describe('an action without parameters', () => {
  const snippets = (ast: Parameters<typeof csharpTarget.emit>[0]): string[] =>
    [csharpTarget, typescriptTarget, pythonTarget].map((t) => t.emit(ast, { schema, exampleName: 't' }));

  it('is called without a body, in every language, when the example sends {}', () => {
    const { ast, warnings } = astOf(jsonRequest('POST', '/workbook/closeSession', '{}'), schema);
    expect(ast.body).toBeNull();
    expect(warnings).toEqual([]);
    const [cs, ts, py] = snippets(ast);
    // Kiota generates no CloseSessionPostRequestBody: naming one would not compile.
    for (const code of [cs, ts, py]) expect(code).not.toMatch(/CloseSessionPostRequestBody|requestBody|request_body/);
    expect(cs).toContain('await graphClient.Workbook.CloseSession.PostAsync();');
    expect(ts).toContain('await graphServiceClient.workbook.closeSession.post();');
    expect(py).toContain('await graph_client.workbook.close_session.post()');
  });

  it('is called without a body when the example sends none, though an action of that name elsewhere takes one', () => {
    // The closeSession declared first (bound to charts) has a parameter; the workbook's has none.
    const { ast } = astOf('POST /workbook/closeSession', schema);
    expect(ast.body).toBeNull();
    for (const code of snippets(ast)) expect(code).not.toMatch(/CloseSessionPostRequestBody|requestBody|request_body/);
    // The chart's closeSession takes a body: an empty one, which the SDKs require.
    const { ast: chart } = astOf('POST /workbook/charts/{id}/closeSession', schema);
    const [cs, ts, py] = snippets(chart);
    expect(cs).toContain('var requestBody = new CloseSessionPostRequestBody');
    expect(ts).toContain('const requestBody : CloseSessionPostRequestBody = {');
    expect(py).toContain('request_body = CloseSessionPostRequestBody(');
  });

  it('reports the properties it cannot send (W_BODY_IGNORED), never drops them silently', () => {
    const { ast, warnings } = astOf(
      jsonRequest('POST', '/workbook/closeSession', '{ "reason": "done", "force": true }'),
      schema,
    );
    expect(ast.body).toBeNull();
    expect(warnings).toEqual([
      {
        severity: 'warning',
        code: 'W_BODY_IGNORED',
        message:
          "the action closeSession takes no parameters: the SDKs' post sends no body, so the example's 'reason' and 'force' are not part of the snippet",
        location: { file: 'page.md', line: 6, column: 1 },
      },
    ]);
  });
});

describe('a function called with arguments in the URL', () => {
  it('calls the overload whose parameters the arguments name, typing them', () => {
    // usedRange() is declared before usedRange(valuesOnly): the arguments pick the second.
    const { ast } = astOf('GET /workbook/range/usedRange(valuesOnly=true)', schema);
    expect(lastSegment(ast.path)).toMatchObject({
      kind: 'function',
      name: 'usedRange',
      arguments: [{ name: 'valuesOnly', value: 'true', type: { primitive: 'boolean', isCollection: false } }],
    });
    expect(csharpTarget.emit(ast, { schema, exampleName: 't' })).toContain('.UsedRangeWithValuesOnly(true)');
  });

  it('calls the overload without parameters when there are no arguments', () => {
    const { ast } = astOf('GET /workbook/range/usedRange', schema);
    expect(lastSegment(ast.path)).toMatchObject({ kind: 'function', name: 'usedRange', arguments: [] });
  });
});
