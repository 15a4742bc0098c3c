import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import type { SnippetAst } from '../../../src/ast/types.js';
import { csharpTarget } from '../../../src/emit/csharp/target.js';
import { EmitError } from '../../../src/emit/types.js';
import { CASES } from './cases.js';
import { SEED_AST, ast, context, emit, jsonBody, named, obj, prim, prop, query, seg, uArr, uStr } from './fixtures.js';
import { csharpParser, syntaxError } from './parser.js';

/**
 * Full outputs of the C# emitter for one AST per feature (cases.ts). Each was reviewed against
 * sdk-conventions.md and the Kiota .NET SDK's shapes; what each one pins is said in
 * FEATURES below.
 */
const EXPECTED: Record<keyof typeof CASES, string[]> = {
  getMe: [
    '// Dependencies',
    'using Microsoft.Graph;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var result = await graphClient.Me.GetAsync();',
  ],
  listWithQuery: [
    '// Dependencies',
    'using Microsoft.Graph;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var result = await graphClient.Users.GetAsync((requestConfiguration) =>',
    '{',
    '\trequestConfiguration.QueryParameters.Select = new string []{ "displayName","mail" };',
    '\trequestConfiguration.QueryParameters.Expand = new string []{ "members($select=id,displayName)" };',
    '\trequestConfiguration.QueryParameters.Filter = "startswith(displayName,\'a\') and x eq \\"q\\"";',
    '\trequestConfiguration.QueryParameters.Orderby = new string []{ "displayName desc" };',
    '\trequestConfiguration.QueryParameters.Search = "\\"displayName:room\\"";',
    '\trequestConfiguration.QueryParameters.Top = 5;',
    '\trequestConfiguration.QueryParameters.Skip = 10;',
    '\trequestConfiguration.QueryParameters.Count = true;',
    '\trequestConfiguration.QueryParameters.StartDateTime = "2019-11-08T19:00:00-08:00";',
    '\trequestConfiguration.QueryParameters.IncludeHidden = false;',
    '\trequestConfiguration.Headers.Add("ConsistencyLevel", "eventual");',
    '});',
  ],
  headersOnly: [
    '// Dependencies',
    'using Microsoft.Graph;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var result = await graphClient.Me.GetAsync((requestConfiguration) =>',
    '{',
    '\trequestConfiguration.Headers.Add("Prefer", "outlook.timezone=\\"Pacific Standard Time\\"");',
    '});',
  ],
  navigationKeyCastCount: [
    '// Dependencies',
    'using Microsoft.Graph;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var result = await graphClient.Groups["{group-id}"].Members.GraphUser.Count.GetAsync((requestConfiguration) =>',
    '{',
    '\trequestConfiguration.Headers.Add("ConsistencyLevel", "eventual");',
    '});',
  ],
  propertySegment: [
    '// Dependencies',
    'using Microsoft.Graph;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var result = await graphClient.Me.MailboxSettings.GetAsync();',
  ],
  rawSegment: [
    '// Dependencies',
    'using Microsoft.Graph;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'await graphClient.Me.Insights.GetAsync();',
  ],
  streamUpload: [
    '// Dependencies',
    'using Microsoft.Graph;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'using var requestBody = new MemoryStream(); //stream to upload',
    'await graphClient.Me.Photo.Content.PutAsync(requestBody);',
  ],
  streamDownload: [
    '// Dependencies',
    'using Microsoft.Graph;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var result = await graphClient.Me.Photo.Content.GetAsync();',
  ],
  refCreate: [
    '// Dependencies',
    'using Microsoft.Graph;',
    'using Microsoft.Graph.Models;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var requestBody = new ReferenceCreate',
    '{',
    '\tOdataId = "https://graph.microsoft.com/v1.0/directoryObjects/{id}",',
    '};',
    'await graphClient.Groups["{group-id}"].Members.Ref.PostAsync(requestBody);',
  ],
  refDelete: [
    '// Dependencies',
    'using Microsoft.Graph;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'await graphClient.Groups["{group-id}"].Members["{directoryObject-id}"].Ref.DeleteAsync();',
  ],
  sendMailMe: [
    '// Dependencies',
    'using Microsoft.Graph;',
    'using Microsoft.Graph.Me.SendMail;',
    'using Microsoft.Graph.Models;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var requestBody = new SendMailPostRequestBody',
    '{',
    '\tMessage = new Message',
    '\t{',
    '\t\tSubject = "Meet for lunch?",',
    '\t\tBody = new ItemBody',
    '\t\t{',
    '\t\t\tContentType = BodyType.Text,',
    '\t\t\tContent = "The new cafeteria is open.",',
    '\t\t},',
    '\t\tToRecipients = new List<Recipient>',
    '\t\t{',
    '\t\t\tnew Recipient',
    '\t\t\t{',
    '\t\t\t\tEmailAddress = new EmailAddress',
    '\t\t\t\t{',
    '\t\t\t\t\tAddress = "frannis@contoso.com",',
    '\t\t\t\t},',
    '\t\t\t},',
    '\t\t},',
    '\t\tAttachments = new List<Attachment>',
    '\t\t{',
    '\t\t\tnew FileAttachment',
    '\t\t\t{',
    '\t\t\t\tOdataType = "#microsoft.graph.fileAttachment",',
    '\t\t\t\tName = "attachment.txt",',
    '\t\t\t\tContentBytes = Convert.FromBase64String("SGVsbG8gV29ybGQh"),',
    '\t\t\t},',
    '\t\t},',
    '\t},',
    '\tSaveToSentItems = false,',
    '};',
    'await graphClient.Me.SendMail.PostAsync(requestBody);',
  ],
  sendMailUser: [
    '// Dependencies',
    'using Microsoft.Graph;',
    'using Microsoft.Graph.Users.Item.SendMail;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var requestBody = new SendMailPostRequestBody',
    '{',
    '\tSaveToSentItems = true,',
    '};',
    'await graphClient.Users["{user-id}"].SendMail.PostAsync(requestBody);',
  ],
  actionInlineResponse: [
    '// Dependencies',
    'using Microsoft.Graph;',
    'using Microsoft.Graph.Users.Item.GetMemberGroups;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var requestBody = new GetMemberGroupsPostRequestBody',
    '{',
    '\tSecurityEnabledOnly = true,',
    '};',
    'var result = await graphClient.Users["{user-id}"].GetMemberGroups.PostAsGetMemberGroupsPostResponseAsync(requestBody);',
  ],
  actionNoParameters: [
    '// Dependencies',
    'using Microsoft.Graph;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var result = await graphClient.Me.RevokeSignInSessions.PostAsRevokeSignInSessionsPostResponseAsync();',
  ],
  actionOptionalParametersNoBody: [
    '// Dependencies',
    'using Microsoft.Graph;',
    'using Microsoft.Graph.Groups.Item.Archive;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var requestBody = new ArchivePostRequestBody',
    '{',
    '};',
    'await graphClient.Groups["{group-id}"].Archive.PostAsync(requestBody);',
  ],
  directoryAction: [
    '// Dependencies',
    'using Microsoft.Graph;',
    'using Microsoft.Graph.DirectoryNamespace.DeletedItems.Item.Restore;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var requestBody = new RestorePostRequestBody',
    '{',
    '\tNewUserPrincipalName = "a@contoso.com",',
    '};',
    'var result = await graphClient.Directory.DeletedItems["{directoryObject-id}"].Restore.PostAsync(requestBody);',
  ],
  functionWithParameters: [
    '// Dependencies',
    'using Microsoft.Graph.Beta;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var result = await graphClient.Reports.GetEmailActivityCountsWithPeriod("{period}").GetAsync();',
  ],
  functionSortedTypedArguments: [
    '// Dependencies',
    'using Microsoft.Graph;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var result = await graphClient.Me.ReminderViewWithStartDateTimeWithEndDateTime("{EndDateTime}", "{StartDateTime}").GetAsReminderViewWithStartDateTimeWithEndDateTimeGetResponseAsync();',
  ],
  functionIntegerAndDate: [
    '// Dependencies',
    'using Microsoft.Graph;',
    'using Microsoft.Kiota.Abstractions;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var result = await graphClient.DeviceManagement.ExportDataWithTopWithSkipWithDateWithEnabled(new Date(DateTime.Parse("2017-09-01")), false, 1, 1).GetAsync();',
  ],
  delta: [
    '// Dependencies',
    'using Microsoft.Graph;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var result = await graphClient.Users.Delta.GetAsDeltaGetResponseAsync((requestConfiguration) =>',
    '{',
    '\trequestConfiguration.QueryParameters.Select = new string []{ "displayName" };',
    '});',
  ],
  deltaToken: [
    '// Dependencies',
    'using Microsoft.Graph;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    '// Note: The URI string parameter used with WithUrl() can be retrieved using the OdataNextLink or OdataDeltaLink property from a response object',
    'var result = await graphClient.Users.Delta.WithUrl("https://graph.microsoft.com/v1.0/users/delta()?$deltatoken=oEBwdSP6uehIAxQOWq_3Ksh_TLol6KIm3stvdc6hGhZRi1hQ7Spe__dpvm3U4zReE4CYXC2zOtaKdi7KHlUtC2CbRiBIUwOxPKLa").GetAsDeltaGetResponseAsync((requestConfiguration) =>',
    '{',
    '\trequestConfiguration.Headers.Add("Prefer", "return=minimal");',
    '});',
  ],
  createUser: [
    '// Dependencies',
    'using Microsoft.Graph;',
    'using Microsoft.Graph.Models;',
    'using Microsoft.Kiota.Abstractions.Serialization;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var requestBody = new User',
    '{',
    '\tAccountEnabled = true,',
    '\tDisplayName = "Adele \\"AV\\" Vance\\\\\\n",',
    '\tBusinessPhones = new List<string>',
    '\t{',
    '\t\t"+1 425 555 0109",',
    '\t},',
    '\tPasswordProfile = new PasswordProfile',
    '\t{',
    '\t\tForceChangePasswordNextSignIn = true,',
    '\t\tPassword = "xWwvJ]6NMw+bWH-d",',
    '\t},',
    '\tAdditionalData = new Dictionary<string, object>',
    '\t{',
    '\t\t{',
    '\t\t\t"members@odata.bind" , new List<string>',
    '\t\t\t{',
    '\t\t\t\t"https://graph.microsoft.com/v1.0/directoryObjects/{id}",',
    '\t\t\t\t"https://graph.microsoft.com/v1.0/directoryObjects/{id2}",',
    '\t\t\t}',
    '\t\t},',
    '\t\t{',
    '\t\t\t"extension_Name" , new UntypedObject(new Dictionary<string, UntypedNode>',
    '\t\t\t{',
    '\t\t\t\t{',
    '\t\t\t\t\t"nested", new UntypedArray(new List<UntypedNode>',
    '\t\t\t\t\t{',
    '\t\t\t\t\t\tnew UntypedInteger(1),',
    '\t\t\t\t\t\tnew UntypedBoolean(true),',
    '\t\t\t\t\t\tnew UntypedNull(),',
    '\t\t\t\t\t})',
    '\t\t\t\t},',
    '\t\t\t\t{',
    '\t\t\t\t\t"s", new UntypedString("x")',
    '\t\t\t\t},',
    '\t\t\t})',
    '\t\t},',
    '\t\t{',
    '\t\t\t"mixed" , new List<object>',
    '\t\t\t{',
    '\t\t\t\t"a",',
    '\t\t\t\t2,',
    '\t\t\t\tnew UntypedObject(new Dictionary<string, UntypedNode>',
    '\t\t\t\t{',
    '\t\t\t\t}),',
    '\t\t\t}',
    '\t\t},',
    '\t\t{',
    '\t\t\t"count" , 5000000000L',
    '\t\t},',
    '\t\t{',
    '\t\t\t"ratio" , 1.5e3',
    '\t\t},',
    '\t\t{',
    '\t\t\t"flag" , false',
    '\t\t},',
    '\t\t{',
    '\t\t\t"none" , null',
    '\t\t},',
    '\t},',
    '};',
    'var result = await graphClient.Users.PostAsync(requestBody);',
  ],
  updateUserNoResult: [
    '// Dependencies',
    'using Microsoft.Graph;',
    'using Microsoft.Graph.Models;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var requestBody = new User',
    '{',
    '\tDisplayName = "x",',
    '};',
    'await graphClient.Users["{user-id}"].PatchAsync(requestBody);',
  ],
  deleteUser: [
    '// Dependencies',
    'using Microsoft.Graph;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'await graphClient.Users["{user-id}"].DeleteAsync();',
  ],
  primitives: [
    '// Dependencies',
    'using Microsoft.Graph;',
    'using Microsoft.Graph.Models;',
    'using Microsoft.Kiota.Abstractions;',
    'using Microsoft.Kiota.Abstractions.Serialization;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var requestBody = new PrimitiveBag',
    '{',
    '\tText = "héllo 😀",',
    '\tFlag = true,',
    '\tTiny = 255,',
    '\tSignedTiny = -128,',
    '\tSmall = -32768,',
    '\tCount = -2147483648,',
    '\tBig = 9223372036854775807L,',
    '\tRatio = 1.5f,',
    '\tAmount = 2e10d,',
    '\tPrice = 19.99m,',
    '\tWhen = DateTimeOffset.Parse("2020-04-01T07:59:59.998Z"),',
    '\tDay = new Date(DateTime.Parse("2020-04-01")),',
    '\tAt = new Time(DateTime.Parse("08:30:00")),',
    '\tLength = System.Xml.XmlConvert.ToTimeSpan("PT1H30M"),',
    '\tKey = Guid.Parse("5f5f7c3e-95ad-4a3e-8f4f-2f1d0c6f2a11"),',
    '\tData = Convert.FromBase64String("SGVsbG8+/w=="),',
    '\tDays = new List<DayOfWeekObject?>',
    '\t{',
    '\t\tDayOfWeekObject.Monday,',
    '\t\tDayOfWeekObject.Tuesday,',
    '\t},',
    '\tWeekdays = Weekdays.Monday | Weekdays.Friday,',
    '\tFlow = OAuthFlow.Id_token,',
    '\tNumbers = new List<int?>',
    '\t{',
    '\t\t1,',
    '\t\t2,',
    '\t},',
    '\tKeys = new List<Guid?>',
    '\t{',
    '\t\tGuid.Parse("5f5f7c3e-95ad-4a3e-8f4f-2f1d0c6f2a11"),',
    '\t},',
    '\tDates = new List<Date?>',
    '\t{',
    '\t},',
    '\tNothing = null,',
    '\tSettingValue = new UntypedObject(new Dictionary<string, UntypedNode>',
    '\t{',
    '\t\t{',
    '\t\t\t"a", new UntypedArray(new List<UntypedNode>',
    '\t\t\t{',
    '\t\t\t\tnew UntypedInteger(1),',
    '\t\t\t\tnew UntypedLong(3000000000L),',
    '\t\t\t\tnew UntypedDouble(0.25),',
    '\t\t\t\tnew UntypedString("b"),',
    '\t\t\t})',
    '\t\t},',
    '\t\t{',
    '\t\t\t"c", new UntypedObject(new Dictionary<string, UntypedNode>',
    '\t\t\t{',
    '\t\t\t\t{',
    '\t\t\t\t\t"d", new UntypedBoolean(true)',
    '\t\t\t\t},',
    '\t\t\t\t{',
    '\t\t\t\t\t"e", new UntypedNull()',
    '\t\t\t\t},',
    '\t\t\t})',
    '\t\t},',
    '\t}),',
    '\tAdditionalDataProperty = "declared",',
    '\tPrimitiveBagProp = "same as class",',
    '\tFamilyName = "Doe",',
    '\tStatus = Microsoft.Graph.Models.TaskStatus.Completed,',
    '};',
    'var result = await graphClient.Bags.PostAsync(requestBody);',
  ],
  reservedTypes: [
    '// Dependencies',
    'using Microsoft.Graph;',
    'using Microsoft.Graph.Models;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var requestBody = new DirectoryObject1',
    '{',
    '\tAdditionalData = new Dictionary<string, object>',
    '\t{',
    '\t\t{',
    '\t\t\t"id" , "x"',
    '\t\t},',
    '\t},',
    '};',
    'var result = await graphClient.Directory.PatchAsync(requestBody);',
  ],
  subNamespaces: [
    '// Dependencies',
    'using Microsoft.Graph;',
    'using Microsoft.Graph.Models.Security;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var requestBody = new Incident',
    '{',
    '\tDisplayName = "x",',
    '\tAlert = new Microsoft.Graph.Models.Alert',
    '\t{',
    '\t\tTitle = "plain alert",',
    '\t},',
    '};',
    'var result = await graphClient.Security.Incidents.PostAsync(requestBody);',
  ],
  securityOnly: [
    '// Dependencies',
    'using Microsoft.Graph;',
    'using Microsoft.Graph.Models.Security;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var requestBody = new Alert',
    '{',
    '\tComments = new List<AlertComment>',
    '\t{',
    '\t\tnew AlertComment',
    '\t\t{',
    '\t\t\tComment = "c",',
    '\t\t},',
    '\t},',
    '};',
    'var result = await graphClient.Security.Alerts_v2["{alert-id}"].PatchAsync(requestBody);',
  ],
  classInChildNamespace: [
    '// Dependencies',
    'using Microsoft.Graph;',
    'using Microsoft.Graph.Models.Security;',
    '',
    'var graphClient = new GraphServiceClient(requestAdapter);',
    '',
    'var requestBody = new Security',
    '{',
    '\tDisplayName = "s",',
    '};',
    'var result = await graphClient.Security.PatchAsync(requestBody);',
  ],
};

const FEATURES: Record<keyof typeof CASES, string> = {
  getMe: 'singleton; `var result =` when the call returns a body',
  listWithQuery:
    'every system query option with its C# type, a custom string and a custom bool, headers after query parameters',
  headersOnly: 'a request configuration with headers only; quotes in a header value escaped',
  navigationKeyCastCount:
    'key indexer with the parameter placeholder, navigation, cast `GraphUser`, `$count` → `Count`',
  propertySegment: 'a structural property as a path segment',
  rawSegment: 'an unresolved segment kept as a builder member; no result when the response type is unknown',
  streamUpload: 'PUT `$value` → `Content`, `MemoryStream` body, no result',
  streamDownload: 'GET `$value` returns a stream',
  refCreate: 'POST `$ref` → `Ref`, body `ReferenceCreate` with `OdataId`',
  refDelete: 'DELETE of one `$ref` by key',
  sendMailMe:
    'action body `SendMailPostRequestBody` in `Microsoft.Graph.Me.SendMail` (C# keeps a real `Me` tree), nested objects, enum, derived class in a base-typed list, binary',
  sendMailUser: 'action body in `Microsoft.Graph.Users.Item.SendMail`',
  actionInlineResponse: 'an action returning a collection → `PostAs<Action>PostResponseAsync`',
  actionNoParameters: 'an action without parameters takes no body; a primitive return is an inline response too',
  actionOptionalParametersNoBody:
    'an action with parameters written without a body gets an empty body object (the SDK requires one)',
  directoryAction: 'a reserved namespace segment → `DirectoryNamespace`; the builder member stays `Directory`',
  functionWithParameters:
    'beta root namespace; function parameters as placeholders; a stream return is not an inline response',
  functionSortedTypedArguments:
    'method named in URL order, arguments sorted alphabetically ignoring case; collection return → `GetAs<Fn>GetResponseAsync`',
  functionIntegerAndDate: 'integer arguments `1`, a date argument parsed from its (valid) value, a boolean argument',
  delta: '`delta()` → `Delta`, `GetAsDeltaGetResponseAsync`',
  deltaToken: '`$deltatoken` → `WithUrl(...)` with the reference note; query options dropped, headers kept',
  createUser:
    'string escaping, collections of strings, additional data: string arrays, untyped objects, mixed arrays, long, double, bool, null',
  updateUserNoResult: 'PATCH without `var result =` when the AST says no response',
  deleteUser: 'DELETE',
  primitives:
    'every primitive kind, enum lists `List<DayOfWeekObject?>`, flags `A | B`, `Id_token`, nullable value-type lists, null, untyped JSON, `Property` and `Prop` suffixes, `_` splitting, a model named like a System type written with its namespace',
  reservedTypes: '`directory` → `DirectoryObject1` (DirectoryObject exists); additional data on an entity',
  subNamespaces:
    '`Models.Security` types by simple name; `Models.Alert` written with its namespace because `Models.Security.Alert` is imported',
  securityOnly: 'sub-namespace only; a navigation with `_` keeps it in the builder member',
  classInChildNamespace:
    '`microsoft.graph.security` lives in `Models.Security` (Kiota moves a class named like a child namespace into it)',
};

describe('C# emitter: full output per feature', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${FEATURES[name as keyof typeof CASES]}`, () => {
      expect(emit(CASES[name as keyof typeof CASES]).split('\n')).toEqual(expected);
    });
  }
});

describe('every emitted snippet parses as C#', () => {
  let parser: Parser;
  beforeAll(async () => {
    parser = await csharpParser();
  });
  for (const [name, snippet] of Object.entries(CASES)) {
    it(name, () => {
      const code = emit(snippet);
      expect(syntaxError(parser, code)).toBeNull();
      expect(code.endsWith('\n')).toBe(false);
    });
  }
});

describe('C# emitter: rules', () => {
  const bodyOf = (code: string): string => code.slice(code.indexOf('var graphClient'));

  it('imports only what it uses, sorted ordinally', () => {
    const code = emit(CASES.primitives);
    const usings = code
      .split('\n')
      .filter((l) => l.startsWith('using '))
      .map((l) => l.slice('using '.length, -1));
    expect(usings).toEqual([
      'Microsoft.Graph',
      'Microsoft.Graph.Models',
      'Microsoft.Kiota.Abstractions',
      'Microsoft.Kiota.Abstractions.Serialization',
    ]);
    expect(emit(CASES.getMe)).not.toContain('Microsoft.Graph.Models');
  });

  it('never imports a namespace whose only type is written qualified', () => {
    const code = emit(CASES.subNamespaces);
    expect(code).not.toContain('using Microsoft.Graph.Models;');
    expect(code).toContain('new Microsoft.Graph.Models.Alert');
  });

  it('keeps additional-data keys exactly as on the wire', () => {
    const snippet = ast({
      method: 'PATCH',
      path: [seg.entitySet('users', 'user'), seg.key('user-id', 'user')],
      body: jsonBody(
        'user',
        obj(
          'user',
          [],
          [
            { key: 'Weird-Key.with@odata.bind', value: uArr([uStr('a')]) },
            { key: 'ÄÖ "x"', value: uStr('y') },
          ],
        ),
      ),
    });
    const code = emit(snippet);
    expect(code).toContain('"Weird-Key.with@odata.bind" , new List<string>');
    expect(code).toContain('"ÄÖ \\"x\\"" , "y"');
  });

  it('uses the beta namespaces for beta', () => {
    const code = emit({ ...CASES.sendMailMe, version: 'beta' });
    expect(code).toContain(
      'using Microsoft.Graph.Beta;\nusing Microsoft.Graph.Beta.Me.SendMail;\nusing Microsoft.Graph.Beta.Models;\n',
    );
  });

  it('builds the seed as the derived classes named by @odata.type', () => {
    const code = bodyOf(emit(SEED_AST));
    expect(code).toContain('new GroupMembers\n');
    expect(code).not.toContain('new UserSet');
  });

  it('writes an empty body object for an entity POST without a body', () => {
    const code = emit(ast({ method: 'POST', path: [seg.entitySet('users', 'user')], responseType: named('user') }));
    expect(bodyOf(code)).toBe(
      'var graphClient = new GraphServiceClient(requestAdapter);\n\nvar requestBody = new User\n{\n};\nvar result = await graphClient.Users.PostAsync(requestBody);',
    );
  });

  it('passes a stream for a PUT $value without a body', () => {
    const code = emit({ ...CASES.streamUpload, body: null });
    expect(code).toContain(
      'using var requestBody = new MemoryStream(); //stream to upload\nawait graphClient.Me.Photo.Content.PutAsync(requestBody);',
    );
  });

  it('escapes every string that reaches the code: keys, placeholders, headers, query values, URLs', () => {
    const snippet = ast({
      path: [seg.entitySet('users', 'user'), seg.key('user-"id', 'user')],
      query: [
        query('$filter', { kind: 'string', value: 'a\\b\n' }),
        query('$skiptoken', { kind: 'string', value: 'x"y' }),
      ],
      headers: [{ name: 'X-"H"', value: 'v\\' }],
      responseType: named('user'),
    });
    const code = emit(snippet);
    expect(code).toContain('["{user-\\"id}"]');
    expect(code).toContain('Headers.Add("X-\\"H\\"", "v\\\\")');
    expect(code).toContain('$skiptoken=x\\"y');
  });

  it('spells system query options canonically, whatever the docs wrote', () => {
    const code = emit(
      ast({
        path: [seg.entitySet('users', 'user')],
        query: [
          query('$OrderBy', { kind: 'list', items: ['displayName'] }),
          query('$TOP', { kind: 'integer', value: 2 }),
        ],
      }),
    );
    expect(code).toContain('requestConfiguration.QueryParameters.Orderby = new string []{ "displayName" };');
    expect(code).toContain('requestConfiguration.QueryParameters.Top = 2;');
  });

  it('a body on a composable function that holds no parameter is its return type', () => {
    const snippet = ast({
      method: 'PATCH',
      path: [seg.singleton('me', 'user'), seg.fn('range', [['address', 'A1:B2', prim('string')]], named('user'))],
      body: {
        kind: 'json',
        bodyType: { kind: 'actionParameters', operation: 'microsoft.graph.range', segmentName: 'range' },
        value: obj(null, [], [{ key: 'values', value: uArr([uStr('a')]) }]),
      },
      responseType: named('user'),
    });
    const code = emit(snippet);
    expect(code).toContain('var requestBody = new User\n{\n\tAdditionalData = new Dictionary<string, object>');
    expect(code).toContain('.Me.RangeWithAddress("{address}").PatchAsync(requestBody);');
  });

  it('an inline request body is named after the HTTP method', () => {
    const snippet = ast({
      method: 'POST',
      path: [seg.singleton('me', 'user'), seg.fn('itemAt', [], named('user'))],
      body: {
        kind: 'json',
        bodyType: { kind: 'actionParameters', operation: 'microsoft.graph.itemAt', segmentName: 'itemAt' },
        value: obj(null, [prop('index', prim('int32'), { kind: 'primitive', primitive: 'int32', value: '8' })]),
      },
    });
    const code = emit(snippet);
    expect(code).toContain('using Microsoft.Graph.Me.ItemAt;');
    expect(code).toContain('var requestBody = new ItemAtPostRequestBody\n{\n\tIndex = 8,\n};');
  });

  it('keeps the response-less call without `var result =`', () => {
    expect(emit(CASES.deleteUser)).toMatch(/\nawait graphClient\.Users\["\{user-id\}"\]\.DeleteAsync\(\);$/);
  });
});

describe('C# emitter: what it refuses (EmitError)', () => {
  const refuses = (snippet: SnippetAst, message: RegExp): void => {
    expect(() => emit(snippet)).toThrow(EmitError);
    expect(() => emit(snippet)).toThrow(message);
  };

  it('a body of unknown type', () => {
    refuses(
      ast({
        method: 'POST',
        path: [seg.raw('things')],
        body: { kind: 'json', bodyType: { kind: 'unknown' }, value: obj(null, [], [{ key: 'a', value: uStr('b') }]) },
      }),
      /unknown/,
    );
  });

  it('a JSON array where a model object is expected', () => {
    refuses(
      ast({
        method: 'POST',
        path: [seg.entitySet('users', 'user')],
        body: { kind: 'json', bodyType: { kind: 'type', typeName: 'microsoft.graph.user' }, value: uArr([]) },
      }),
      /array/,
    );
  });

  it('a non-integer $top', () => {
    refuses(
      ast({ path: [seg.entitySet('users', 'user')], query: [query('$top', { kind: 'string', value: '{n}' })] }),
      /\$top/,
    );
  });

  it('a float literal out of range', () => {
    refuses(
      ast({
        method: 'POST',
        path: [seg.entitySet('bags', 'primitiveBag')],
        body: jsonBody(
          'primitiveBag',
          obj('primitiveBag', [
            prop('ratio', prim('single'), { kind: 'primitive', primitive: 'single', value: '1e39' }),
          ]),
        ),
      }),
      /float/,
    );
  });
});

describe('C# target', () => {
  it('is registered with the C# ids', () => {
    expect(csharpTarget).toMatchObject({
      id: 'csharp',
      fenceLanguage: 'csharp',
      outputFolder: 'csharp',
      extension: '.cs',
    });
  });

  it('emits fast enough for the corpus (4,000 examples well under 200 ms)', () => {
    const all = Object.values(CASES);
    emit(SEED_AST);
    const start = performance.now();
    let n = 0;
    while (n < 4000) for (const a of all) if (n++ < 4000) csharpTarget.emit(a, context(a.version));
    const ms = performance.now() - start;
    // Generous bound for a loaded CI machine; typically far below.
    expect(ms).toBeLessThan(1500);
  });

  it('is deterministic', () => {
    expect(emit(CASES.primitives)).toBe(emit(CASES.primitives));
    expect(emit(SEED_AST)).toBe(emit(SEED_AST));
  });
});
