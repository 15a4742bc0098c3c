import { beforeAll, describe, expect, it } from 'vitest';
import { verifyTypeScript } from '../../src/verify/typescript.js';
import type { VerifySnippet } from '../../src/verify/types.js';

function snippet(example: string, version: string, code: string): VerifySnippet {
  return {
    id: `typescript:${version}/${example}`,
    example,
    language: 'typescript',
    version,
    code,
    request: null,
    file: 'p.md',
    line: 1,
  };
}

const GOOD = `//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY
// Dependencies
import "@microsoft/msgraph-sdk-users";
import { createGraphServiceClient } from "@microsoft/msgraph-sdk";
import { BodyTypeObject, Message } from "@microsoft/msgraph-sdk/models";
import { SendMailPostRequestBody } from "@microsoft/msgraph-sdk-users/users/item/sendMail";

const graphServiceClient = createGraphServiceClient(requestAdapter);

const requestBody : SendMailPostRequestBody = {
	message : {
		subject : "Meet for lunch?",
		body : { contentType : BodyTypeObject.Text, content : "The new cafeteria is open." },
		toRecipients : [ { emailAddress : { address : "frannis@contoso.com" } } ],
	} as Message,
	saveToSentItems : false,
};

await graphServiceClient.users.byUserId("user-id").sendMail.post(requestBody);
`;

// A wrong property in a model literal (TS2353), and a root from a service package that is not
// installed (groups): the body is still checked, the chain is not.
const BAD = `//THIS SNIPPET IS A PREVIEW FOR THE KIOTA BASED SDK. NON-PRODUCTION USE ONLY
import "@microsoft/msgraph-beta-sdk-groups";
import { createGraphBetaServiceClient } from "@microsoft/msgraph-beta-sdk";
import { Group } from "@microsoft/msgraph-beta-sdk/models";

const graphServiceClient = createGraphBetaServiceClient(requestAdapter);

const requestBody : Group = {
	displayName : "Library Assist",
	securityLevel : true,
};

const result = await graphServiceClient.groups.post(requestBody);
`;

// A request body type imported from an uninstalled package must still be usable as a type.
const MISSING_BODY = `import "@microsoft/msgraph-sdk-groups";
import { createGraphServiceClient } from "@microsoft/msgraph-sdk";
import { AddFavoritePostRequestBody } from "@microsoft/msgraph-sdk-groups/groups/item/addFavorite";

const graphServiceClient = createGraphServiceClient(requestAdapter);
const requestBody : AddFavoritePostRequestBody = {};
await graphServiceClient.groups.byGroupId("group-id").addFavorite.post(requestBody);
`;

describe('TypeScript check', () => {
  // One compiler program for all cases: building it (parsing the SDK typings) is the slow part.
  let r: ReturnType<typeof verifyTypeScript>;
  beforeAll(() => {
    r = verifyTypeScript([
      snippet('send_mail', 'v1.0', GOOD),
      snippet('create_group', 'beta', BAD),
      snippet('without_import', 'v1.0', GOOD.replace('import "@microsoft/msgraph-sdk-users";\n', '')),
      snippet('missing_body_type', 'v1.0', MISSING_BODY),
    ]);
  });

  it('compiles a good snippet and maps a wrong property back to its example', () => {
    const [good, bad] = r.output.results;
    expect(good!.diagnostics).toEqual([]);
    expect(good).toMatchObject({ ok: true, chainChecked: true });
    expect(bad).toMatchObject({
      ok: false,
      chainChecked: false,
      uncheckedPackages: ['@microsoft/msgraph-beta-sdk-groups'],
    });
    expect(r.failures).toContainEqual(
      expect.objectContaining({
        example: 'create_group',
        language: 'typescript',
        cause: 'TS2353',
        detail: expect.stringContaining('securityLevel'),
      }),
    );
    expect(r.notes).toContainEqual(
      expect.objectContaining({ example: 'create_group', note: expect.stringContaining('chainChecked: false') }),
    );
  });

  it('reports a missing side-effect import that the shared program cannot see', () => {
    expect(r.failures).toContainEqual(expect.objectContaining({ example: 'without_import', cause: 'missing-import' }));
  });

  it('types what is imported from an uninstalled service package as any', () => {
    expect(r.output.results[3]).toMatchObject({ ok: true, chainChecked: false, diagnostics: [] });
    expect(r).toMatchObject({ total: 4, passed: 2 });
  });
});
