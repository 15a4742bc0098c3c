import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { parseCsdl } from '../../src/metadata/csdl.js';
import { SchemaIndex } from '../../src/metadata/schema-index.js';
import { checkCsharpCode, csharpParser, verifyCsharp } from '../../src/verify/csharp.js';
import { castBuilderName, CsharpSchemaNames, operationBuilderName } from '../../src/verify/csharp-names.js';
import type { OperationDef } from '../../src/metadata/schema.js';
import { csharpNaming } from '../../src/verify/csharp-naming-source.js';

const csdl = readFileSync(new URL('./fixtures/verify-mini.csdl.xml', import.meta.url), 'utf8');
const schema = new SchemaIndex(
  parseCsdl(csdl, 'v1.0', { kind: 'csdl', description: 'verify-mini', fingerprint: 'test' }),
);
const names = new CsharpSchemaNames(schema, 'v1.0', csharpNaming());

const VALID = `// Code snippets are only available for the latest version. Current version is 5.x

// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;

var graphClient = new GraphServiceClient(requestAdapter);

var requestBody = new SendMailPostRequestBody
{
	Message = new Message
	{
		Subject = "Meet for lunch?",
		Body = new ItemBody
		{
			ContentType = BodyType.Text,
			Content = "The new cafeteria is open.",
		},
		ToRecipients = new List<Recipient>
		{
			new Recipient
			{
				EmailAddress = new EmailAddress
				{
					Address = "frannis@contoso.com",
				},
			},
		},
		AdditionalData = new Dictionary<string, object>
		{
			{
				"custom" , "value"
			},
		},
	},
	SaveToSentItems = false,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Users["{user-id}"].SendMail.PostAsync(requestBody);
var result = await graphClient.Me.Messages.GetAsync((requestConfiguration) =>
{
	requestConfiguration.QueryParameters.Select = new string []{ "sender","subject" };
	requestConfiguration.QueryParameters.Orderby = new string []{ "subject" };
	requestConfiguration.Headers.Add("Prefer", "outlook.body-content-type=\\"text\\"");
});
var days = new List<DayOfWeekObject?> { DayOfWeekObject.Monday };
var view = await graphClient.Me.ReminderViewWithStartDateTimeWithEndDateTime("{StartDateTime}", "{EndDateTime}").GetAsReminderViewWithStartDateTimeWithEndDateTimeGetResponseAsync();
var delta = await graphClient.Users.Delta.GetAsDeltaGetResponseAsync();
`;

describe('C# check', () => {
  let parser: Parser;
  beforeAll(async () => {
    parser = await csharpParser();
  });

  it('accepts a valid snippet (syntax, classes, properties, enums, chain)', () => {
    const r = checkCsharpCode(parser, VALID, names);
    expect(r.issues).toEqual([]);
    expect(r).toMatchObject({ ok: true, namesChecked: true, chainChecked: true });
  });

  it('reports a misspelt class with a suggestion', () => {
    const r = checkCsharpCode(parser, VALID.replace('new ItemBody', 'new ItemBdy'), names);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ cause: 'unknown-class' });
    expect(r.issues[0]!.detail).toContain('did you mean ItemBody');
  });

  it('reports a property that is not on the class, an unknown enum member and a wrong builder', () => {
    const bad = VALID.replace('Subject = "Meet', 'Subjekt = "Meet')
      .replace('BodyType.Text', 'BodyType.Markdown')
      .replace('graphClient.Me.Messages.GetAsync', 'graphClient.Me.Mesages.GetAsync');
    const causes = checkCsharpCode(parser, bad, names).issues.map((i) => i.cause);
    expect(causes).toEqual(
      expect.arrayContaining(['unknown-property', 'unknown-enum-member', 'unknown-request-builder']),
    );
  });

  it('reports a request body whose action is not on the path, a missing using and SDK spelling of $orderby', () => {
    const bad = VALID.replace('using Microsoft.Graph.Models;\n', '')
      .replace('.SendMail.PostAsync', '.MemberOf.PostAsync')
      .replace('QueryParameters.Orderby', 'QueryParameters.OrderBy');
    const causes = checkCsharpCode(parser, bad, names).issues.map((i) => i.cause);
    expect(causes).toEqual(expect.arrayContaining(['unknown-class', 'missing-using', 'unknown-query-parameter']));
  });

  it("reports a query parameter the request's configuration class lacks: any on a POST, a DELETE but a $ref's, and all but Select and Expand on a single entity's GET", () => {
    const check = (call: string) =>
      checkCsharpCode(parser, `var result = await ${call};`, names).issues.map((i) => `${i.cause}: ${i.detail}`);
    const configured = (...lines: string[]) =>
      `(requestConfiguration) =>\n{\n${lines.map((l) => `\trequestConfiguration.QueryParameters.${l};\n`).join('')}}`;
    expect(check(`graphClient.Groups.PostAsync(requestBody, ${configured('RequiresReview = true')})`)).toEqual([
      "unknown-query-parameter: QueryParameters.RequiresReview: a POST has no query parameters in the SDK (its configuration's are DefaultQueryParameters)",
    ]);
    expect(check(`graphClient.Users["{user-id}"].DeleteAsync(${configured('Id = "x"')})`)).toEqual([
      "unknown-query-parameter: QueryParameters.Id: a DELETE has no query parameters in the SDK (its configuration's are DefaultQueryParameters)",
    ]);
    expect(check(`graphClient.Groups["{group-id}"].Members.Ref.DeleteAsync(${configured('Id = "x"')})`)).toEqual([]);
    expect(
      check(`graphClient.Users["{user-id}"].GetAsync(${configured('Select = new string []{ "id" }', 'Count = true')})`),
    ).toEqual(["unknown-query-parameter: QueryParameters.Count: a single entity's GET has only Select and Expand"]);
    expect(
      check(`graphClient.Users.GetAsync(${configured('Count = true', 'Filter = "x"', 'StartDateTime = "y"')})`),
    ).toEqual([]);
    // On its full URL, a request's options are in the URL.
    expect(
      check(
        `graphClient.Users["{user-id}"].WithUrl("https://graph.microsoft.com/v1.0/users/x?$count=true").GetAsync()`,
      ),
    ).toEqual([]);
  });

  it('reports a request body class for an action without parameters (Kiota generates none)', () => {
    const code = [
      'using Microsoft.Graph.Users.Item.RevokeSignInSessions;',
      'var requestBody = new RevokeSignInSessionsPostRequestBody',
      '{',
      '};',
      'var result = await graphClient.Me.RevokeSignInSessions.PostAsRevokeSignInSessionsPostResponseAsync(requestBody);',
    ].join('\n');
    const r = checkCsharpCode(parser, code, names);
    expect(r.issues).toEqual([
      expect.objectContaining({
        cause: 'unknown-class',
        detail: expect.stringContaining(
          "the action 'RevokeSignInSessions' takes no parameters, so it has no body class",
        ),
      }),
    ]);
    const without = checkCsharpCode(
      parser,
      'var result = await graphClient.Me.RevokeSignInSessions.PostAsRevokeSignInSessionsPostResponseAsync();',
      names,
    );
    expect(without.issues).toEqual([]);
  });

  it("reports a literal argument of the wrong kind for the function's parameter (Kiota orders them by name)", () => {
    const call = (args: string) =>
      checkCsharpCode(
        parser,
        `var result = await graphClient.Me.Messages.ItemAtWithIndexWithExact(${args}).GetAsync();`,
        names,
      );
    // (exact: Boolean, index: Int32)
    expect(call('true, 1').issues).toEqual([]);
    const wrong = call('"{exact}", "{index}"').issues;
    expect(wrong.map((i) => i.cause)).toEqual(['argument-type', 'argument-type']);
    expect(wrong[1]!.detail).toContain('argument 2 is a string literal, but the parameter index is an integer');
    expect(call('1, true').issues.map((i) => i.detail)).toEqual([
      expect.stringContaining('argument 1 is an integer literal, but the parameter exact is a boolean'),
      expect.stringContaining('argument 2 is a boolean literal, but the parameter index is an integer'),
    ]);
  });

  it('reports a literal of the wrong kind for a property: a string for an enum, a number for a string', () => {
    const bad = VALID.replace('ContentType = BodyType.Text', 'ContentType = "text"').replace(
      'Subject = "Meet for lunch?"',
      'Subject = 42',
    );
    const issues = checkCsharpCode(parser, bad, names).issues.filter((i) => i.cause === 'literal-type');
    expect(issues.map((i) => i.detail)).toEqual([
      expect.stringContaining('Message.Subject: an integer literal where the property is a string'),
      expect.stringContaining(
        'ItemBody.ContentType: a string literal where the property is the enum microsoft.graph.bodyType',
      ),
    ]);
  });

  it('reports a syntax error with its position', () => {
    const r = checkCsharpCode(
      parser,
      VALID.replace('SaveToSentItems = false,\n};', 'SaveToSentItems = false,\n'),
      names,
    );
    expect(r.ok).toBe(false);
    expect(r.namesChecked).toBe(false);
    expect(r.issues[0]!.cause).toBe('syntax');
    expect(r.issues[0]!.line).toBeGreaterThan(1);
  });

  it('checks only the syntax without a schema, and reports per example', async () => {
    const snippets = [
      {
        id: 'a',
        example: 'ok_example',
        language: 'csharp',
        version: 'v1.0',
        code: VALID,
        request: null,
        file: 'p.md',
        line: 1,
      },
      {
        id: 'b',
        example: 'bad_example',
        language: 'csharp',
        version: 'beta',
        code: 'var x = ;',
        request: null,
        file: 'p.md',
        line: 9,
      },
    ];
    const r = await verifyCsharp(snippets, (v) => (v === 'v1.0' ? names : null));
    expect(r).toMatchObject({ total: 2, passed: 1 });
    expect(r.failures).toEqual([expect.objectContaining({ example: 'bad_example', cause: 'syntax' })]);
  });
});

describe('request-builder names of a sub-namespace (checker and emitters share the rule)', () => {
  const op = (fullName: string, kind: 'action' | 'function' = 'action'): OperationDef => ({
    kind,
    name: fullName.slice(fullName.lastIndexOf('.') + 1),
    namespace: fullName.slice(0, fullName.lastIndexOf('.')),
    fullName,
    isBound: true,
    bindingType: null,
    parameters: [],
    returnType: null,
    isComposable: false,
  });

  it('qualifies operations and casts outside microsoft.graph with the whole namespace', () => {
    expect(operationBuilderName(op('microsoft.graph.sendMail'))).toBe('SendMail');
    expect(operationBuilderName(op('microsoft.graph.delete'))).toBe('DeletePath');
    expect(operationBuilderName(op('microsoft.graph.ediscovery.close'))).toBe('MicrosoftGraphEdiscoveryClose');
    expect(operationBuilderName(op('microsoft.graph.windowsUpdates.enrollAssets'))).toBe(
      'MicrosoftGraphWindowsUpdatesEnrollAssets',
    );
    expect(castBuilderName('microsoft.graph.group')).toBe('GraphGroup');
    expect(castBuilderName('microsoft.graph.ediscovery.caseExportOperation')).toBe(
      'MicrosoftGraphEdiscoveryCaseExportOperation',
    );
  });
});
