/**
 * Python emitter rules checked end to end (HTTP example → AST → snippet) on a small inline CSDL:
 * the body sent when the example has none, and the names of operations of a sub-namespace (query
 * options the SDK's query-parameter classes cannot hold: test/emit/common/with-url.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { pythonTarget } from '../../../src/emit/python/target.js';
import { parseCsdl } from '../../../src/metadata/csdl.js';
import { SchemaIndex } from '../../../src/metadata/schema-index.js';
import { astOf, jsonRequest } from '../../ast/helpers.js';
import { graphCsdl } from '../../support/schema-builders.js';

const CSDL = graphCsdl(
  `
      <EntityType Name="user" BaseType="graph.entity">
        <NavigationProperty Name="messages" Type="Collection(graph.message)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="message" BaseType="graph.entity"><Property Name="subject" Type="Edm.String" /></EntityType>
      <EntityType Name="team" BaseType="graph.entity">
        <NavigationProperty Name="channels" Type="Collection(graph.channel)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="channel" BaseType="graph.entity">
        <NavigationProperty Name="members" Type="Collection(graph.conversationMember)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="conversationMember" BaseType="graph.entity"><Property Name="displayName" Type="Edm.String" /></EntityType>
      <EntityContainer Name="GraphService">
        <EntitySet Name="users" EntityType="microsoft.graph.user" />
        <EntitySet Name="teams" EntityType="microsoft.graph.team" />
        <EntitySet Name="cases" EntityType="microsoft.graph.ediscovery.case" />
      </EntityContainer>
`,
  `
    <Schema Namespace="microsoft.graph.ediscovery" Alias="ediscovery" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="case" BaseType="graph.entity"><Property Name="displayName" Type="Edm.String" /></EntityType>
      <Action Name="close" IsBound="true">
        <Parameter Name="bindingParameter" Type="microsoft.graph.ediscovery.case" />
      </Action>
      <Action Name="addToReviewSet" IsBound="true">
        <Parameter Name="bindingParameter" Type="microsoft.graph.ediscovery.case" />
        <Parameter Name="comment" Type="Edm.String" />
      </Action>
    </Schema>
`,
);

const schema = new SchemaIndex(parseCsdl(CSDL, 'v1.0', { kind: 'csdl', description: 'requests', fingerprint: 'test' }));
const emit = (http: string | readonly string[]): string =>
  pythonTarget.emit(astOf(http, schema).ast, { schema, exampleName: 't' });

describe('python: a body-taking call whose example has no body', () => {
  it('sends an empty model of the addressed type (`{}`), never None, which the SDK rejects', () => {
    const patch = emit('PATCH /users/{id}/messages/{id}');
    expect(patch).toContain('from msgraph.generated.models.message import Message\n');
    expect(patch).toContain('request_body = Message(\n)\n');
    expect(patch).toContain(".messages.by_message_id('message-id').patch(request_body)");
    const post = emit('POST /teams/{id}/channels/{id}/members');
    expect(post).toContain('request_body = ConversationMember(\n)\n');
    expect(post).toMatch(/\.members\.post\(request_body\)$/);
  });

  it('sends an empty ReferenceCreate to a $ref', () => {
    const code = emit('POST /teams/{id}/channels/{id}/members/$ref');
    expect(code).toContain('from msgraph.generated.models.reference_create import ReferenceCreate\n');
    expect(code).toContain('request_body = ReferenceCreate(\n)\n');
    expect(code).toMatch(/\.members\.ref\.post\(request_body\)$/);
  });

  it('sends no body to a parameterless action', () => {
    expect(emit('POST /cases/{id}/close')).toMatch(/\.microsoft_graph_ediscovery_close\.post\(\)$/);
  });
});

describe('python: operations of a sub-namespace', () => {
  it('qualify the builder with the namespace, not the body class', () => {
    const code = emit(jsonRequest('POST', '/cases/{id}/addToReviewSet', '{ "comment": "x" }'));
    expect(code).toContain(
      'from msgraph.generated.cases.item.microsoft_graph_ediscovery_add_to_review_set.add_to_review_set_post_request_body import AddToReviewSetPostRequestBody\n',
    );
    expect(code).toContain(
      "await graph_client.cases.by_case_id('case-id').microsoft_graph_ediscovery_add_to_review_set.post(request_body)",
    );
  });
});
