import { describe, expect, it } from 'vitest';
import { pythonTarget } from '../../../src/emit/python/target.js';
import { EmitError } from '../../../src/emit/types.js';
import { CONTEXT, EDGE_CASES, FEATURES, SCHEMA_CASES, SEED_AST, ast, seg } from './fixtures.js';
import { PYTHON, compileSnippets } from './python.js';

const emit = (name: string): string =>
  pythonTarget.emit(FEATURES[name] ?? EDGE_CASES[name] ?? SCHEMA_CASES[name]!, CONTEXT);

describe('python emitter: goldens', () => {
  for (const [name, tree] of Object.entries({ ...FEATURES, ...EDGE_CASES, ...SCHEMA_CASES })) {
    it(name, async () => {
      await expect(pythonTarget.emit(tree, CONTEXT) + '\n').toMatchFileSnapshot(`expected/${name}.py`);
    });
  }
});

describe('python emitter: rules', () => {
  it('writes query parameters and headers through RequestConfiguration', () => {
    const code = emit('listUsersWithQuery');
    expect(code).toContain('from msgraph.generated.users.users_request_builder import UsersRequestBuilder\n');
    expect(code).toContain('from kiota_abstractions.base_request_configuration import RequestConfiguration\n');
    expect(code).toContain(
      'query_params = UsersRequestBuilder.UsersRequestBuilderGetQueryParameters(\n\t\tselect = ["displayName","givenName"],\n',
    );
    expect(code).toContain('\t\torderby = ["displayName desc"],\n\t\tcount = True,\n\t\ttop = 5,\n');
    expect(code).toContain('request_configuration = RequestConfiguration(\nquery_parameters = query_params,\n)\n');
    expect(code).toContain('request_configuration.headers.add("ConsistencyLevel", "eventual")\n');
    expect(code).not.toContain('Host');
    expect(code).toMatch(/\nresult = await graph_client\.users\.get\(request_configuration = request_configuration\)$/);
  });

  it('writes headers alone with an empty RequestConfiguration', () => {
    const code = emit('headersOnly');
    expect(code).toContain(
      'request_configuration = RequestConfiguration()\nrequest_configuration.headers.add("Prefer", ',
    );
    expect(code).not.toContain('RequestBuilder');
    expect(code).toContain(".events.by_event_id('event-id').get(");
  });

  it('builds action bodies from the builder module, with `me` under users.item', () => {
    const code = emit('sendMail');
    expect(code).toContain(
      'from msgraph.generated.users.item.send_mail.send_mail_post_request_body import SendMailPostRequestBody\n',
    );
    expect(code).toContain('content_type = BodyType.Html,');
    expect(code).toContain('from_ = Recipient(');
    expect(code).toMatch(/\nawait graph_client\.me\.send_mail\.post\(request_body\)$/);
    expect(emit('betaMeActionBody')).toContain(
      'from msgraph_beta.generated.users.item.member_of.check_member_groups.check_member_groups_post_request_body import CheckMemberGroupsPostRequestBody\n',
    );
  });

  it('covers every path segment kind', () => {
    expect(emit('castAndCount')).toContain(".users.by_user_id('user-id').member_of.graph_group.count.get(");
    expect(emit('functionWithParameters')).toContain(
      '.reports.get_email_activity_counts_with_period("{period}").get()',
    );
    expect(emit('functionIntegerParameters')).toContain(
      '.me.export_device_and_app_management_data_with_skip_with_top(1, 1).get()',
    );
    expect(emit('uploadPhoto')).toContain(
      'request_body = bytes(12)\n\nawait graph_client.me.photo.content.put(request_body)',
    );
    expect(emit('getValue')).toContain(".me.drive.items.by_drive_item_id('driveItem-id').content.get()");
    expect(emit('removeMemberRef')).toContain(".members.by_directory_object_id('directoryObject-id').ref.delete()");
    expect(emit('namesAndCollisions')).toContain(".drives.by_drive_id('drive-id').list_.items.post(request_body)");
    expect(emit('topLevelArrayAndUnknownBody')).toContain('await graph_client.some_unknown_thing.post(request_body)');
  });

  it('uses ReferenceCreate / ReferenceUpdate for $ref bodies', () => {
    expect(emit('addMemberRef')).toContain(
      'request_body = ReferenceCreate(\n\todata_id = "https://graph.microsoft.com/v1.0/directoryObjects/{id}",\n)',
    );
    expect(emit('putReference')).toContain(
      'from msgraph_beta.generated.models.reference_update import ReferenceUpdate\n',
    );
    expect(emit('refDeleteWithQuery')).toContain(
      'RefRequestBuilder.RefRequestBuilderDeleteQueryParameters(\n\t\tid = "https://',
    );
  });

  it('prints every primitive as a value of the SDK’s type, with the imports it needs', () => {
    const code = emit('primitiveKinds');
    expect(code).toContain('import base64\nfrom datetime import datetime, date, time\nfrom uuid import UUID\n\n');
    expect(code).toContain('\twhen = datetime.fromisoformat("2019-11-05T08:00:00.0000000-08:00"),\n');
    expect(code).toContain('\tday = date.fromisoformat("2020-04-01"),\n');
    expect(code).toContain('\tat = time.fromisoformat("08:00:00"),\n');
    expect(code).toContain('\ttimeout = "P1DT2H",\n');
    expect(code).toContain('\tkey = UUID("45715bb8-13f9-4bf6-927f-ef96c102d394"),\n');
    expect(code).toContain(
      '\tsize = 9007199254740993,\n\tratio = 0.5,\n\tamount = 12,\n\tlimit = float("inf"),\n\tlevel = 7,\n',
    );
    expect(code).toContain('\tblob = base64.urlsafe_b64decode("YWJj"),\n\tflag = True,\n\tnothing = None,\n');
    expect(code).toContain('\tbad_number = "one",\n');
    expect(code).toMatch(/\nawait graph_client\.things\.by_thing_id\('thing-id'\)\.patch\(request_body\)$/);
  });

  it('sends flag combinations and untyped values as additional data under the wire name', () => {
    const code = emit('flagsAndUntyped');
    expect(code).toContain(
      'additional_data = {\n\t\t\t\t\t"guestOrExternalUserTypes" : "internalGuest,serviceProvider",\n',
    );
    expect(code).toContain(
      'guest_or_external_user_types = ConditionalAccessGuestOrExternalUserTypes.B2bCollaborationGuest,',
    );
    expect(code).toContain(
      '\tadditional_data = {\n\t\t"sessionControls" : {\n\t\t\t"signInFrequency" : {\n\t\t\t\t"value" : 4,\n',
    );
    expect(emit('primitivesAndData')).toContain(
      '\t\t"nested" : {\n\t\t\t"a" : [\n\t\t\t\t1,\n\t\t\t\t2.5,\n\t\t\t],\n\t\t\t"b" : True,\n\t\t\t"c" : None,\n',
    );
  });

  it('escapes reserved words, renames nothing twice and aliases clashing classes', () => {
    const code = emit('namesAndCollisions');
    expect(code).toContain('from msgraph_beta.generated.models.list_ import List_\n');
    expect(code).toContain(
      'request_body = List_(\n\tfrom_ = "reserved",\n\tclass_ = "reserved too",\n\tdisplay_name = "first",\n',
    );
    expect(code).toContain('from msgraph_beta.generated.models.alert import Alert\n');
    expect(code).toContain('from msgraph_beta.generated.models.security.alert import Alert as SecurityAlert\n');
    expect(code).toContain('\t\tSecurityAlert(\n');
    expect(code).toContain('from msgraph_beta.generated.models.call_records.call_record import CallRecord\n');
    expect(code).toContain(
      '\tadditional_data = {\n\t\t"display_name" : "same Python name",\n\t\t"naïve" : "not an identifier",\n\t\t"anything" : {\n\t\t\t"x" : "y",\n',
    );
  });

  it('escapes every string that reaches the code, and merges repeated query options', () => {
    const code = emit('escapingEverywhere');
    expect(code).toContain('\t\tfilter = "displayName eq \'a\\"b\\\\c\'\\n",\n');
    expect(code).toContain('\t\tselect = ["id","mail"],\n');
    expect(code.match(/select = /g)).toHaveLength(1);
    expect(code).toContain('\t\tcount = True,\n\t\ttop = 7,\n');
    expect(code).toContain(
      'request_configuration.headers.add("X-Quote\\"Header", "value with \\u202e and \\"quotes\\"")\n',
    );
    expect(code).not.toContain('Content-Type');
  });

  it('uses with_url for skip and delta tokens, which have no query-parameter field', () => {
    const code = emit('deltaWithToken');
    expect(code).toMatch(
      /await graph_client\.users\.delta\.with_url\("https:\/\/graph\.microsoft\.com\/v1\.0\/users\/delta\(\)\?\$deltatoken=oEc[^"]*"\)\.get\(\)$/,
    );
    expect(code).not.toContain('query_params');
  });

  it('passes None for a missing body, and nothing to a body-less action', () => {
    expect(emit('postWithoutBody')).toMatch(
      /result = await graph_client\.users\.post\(None, request_configuration = request_configuration\)$/,
    );
    expect(emit('actionWithoutBody')).toMatch(
      /result = await graph_client\.me\(\)\.revoke_sign_in_sessions\.post\(\)$/,
    );
  });

  it('writes `me()` for beta, whose pinned SDK lacks the `me` property', () => {
    expect(emit('betaMeActionBody')).toContain(
      'await graph_client.me().member_of.check_member_groups.post(request_body)',
    );
    expect(emit('sendMail')).toContain('await graph_client.me.send_mail.post(request_body)');
  });

  it('sends no body to an action without parameters (the SDK has no body class for it)', () => {
    const code = emit('parameterlessActionWithBody');
    expect(code).not.toContain('request_body');
    expect(code).not.toContain('PostRequestBody');
    expect(code).toMatch(/\.workbook\.close_session\.post\(request_configuration = request_configuration\)$/);
  });

  it('sends an empty body to an action with parameters when the example has none', () => {
    const code = emit('actionWithParametersNoBody');
    expect(code).toContain(
      'from msgraph.generated.teams.item.archive.archive_post_request_body import ArchivePostRequestBody\n',
    );
    expect(code).toContain(
      "request_body = ArchivePostRequestBody(\n)\n\nawait graph_client.teams.by_team_id('team-id').archive.post(request_body)",
    );
  });

  it('uses with_url for options a single entity’s GET does not have', () => {
    const code = emit('singleItemWithCollectionOptions');
    expect(code).not.toContain('query_params');
    expect(code).toMatch(
      /result = await graph_client\.me\.with_url\("https:\/\/graph\.microsoft\.com\/v1\.0\/me\?\$select=id,displayName&\$count=true"\)\.get\(request_configuration = request_configuration\)$/,
    );
    expect(emit('headersOnly')).toContain('.by_event_id');
    expect(emit('listUsersWithQuery')).toContain('count = True');
  });

  it('never names a type the SDK does not have', () => {
    const code = emit('typesTheSdkLacks');
    expect(code).not.toMatch(/Legacy/);
    expect(code).toContain(
      '\tadditional_data = {\n\t\t"legacy" : {\n\t\t\t"value" : "x",\n\t\t},\n\t\t"mode" : "on",\n\t},',
    );
  });

  it('assigns `result` only when something comes back', () => {
    expect(emit('removeMemberRef')).toMatch(/\nawait /);
    expect(emit('castAndCount')).toMatch(/\nresult = await /);
  });

  it('falls back to a dictionary for objects of no known type', () => {
    expect(emit('unknownObjectBody')).toContain(
      'request_body = {\n\t"members@odata.bind" : [\n\t\t"https://graph.microsoft.com/v1.0/users/1",\n\t],\n}',
    );
  });

  it('throws EmitError for a path it cannot name', () => {
    expect(() => pythonTarget.emit(ast({ path: [seg('entitySet', 'ünïcode')] }), CONTEXT)).toThrow(EmitError);
  });

  it.skipIf(!PYTHON)('produces code Python compiles, for every case', () => {
    const all = [SEED_AST, ...Object.values(FEATURES), ...Object.values(EDGE_CASES), ...Object.values(SCHEMA_CASES)];
    const errors = compileSnippets(all.map((a) => pythonTarget.emit(a, CONTEXT)));
    expect(errors).toEqual(all.map(() => null));
  });

  it('emits the corpus-sized workload quickly', () => {
    const all = [SEED_AST, ...Object.values(FEATURES), ...Object.values(EDGE_CASES)];
    pythonTarget.emit(SEED_AST, CONTEXT); // compile the templates first
    const start = performance.now();
    for (let i = 0; i < 4000; i++) pythonTarget.emit(all[i % all.length]!, CONTEXT);
    // About 100 ms on an idle machine; the bound only catches per-call template compilation or
    // quadratic work, with room for a loaded CI machine.
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
