import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../support/tree.js';

/** `npm run snippet`: one raw request on stdin → one snippet on stdout. */
function snippet(args: string[], input: string) {
  return spawnSync(process.execPath, ['dist/snippet.mjs', ...args], { input, encoding: 'utf8' });
}

describe('snippet command', () => {
  beforeAll(() => buildCli({ ifStale: true }));

  it('prints the snippet of a raw request read on stdin', () => {
    const run = snippet(
      ['--lang', 'python'],
      'PATCH https://graph.microsoft.com/v1.0/me\r\nContent-Type: application/json\r\n\r\n{ "jobTitle": "Engineer" }\r\n',
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('request_body = User(\n\tjob_title = "Engineer",\n)');
    expect(run.stdout).toContain('await graph_client.me.patch(request_body)');
  });

  it('without a CSDL, knows from the metadata which actions take a body', () => {
    // `archive` takes parameters: its post requires a body, even when the docs post none.
    const archive = snippet(['--lang', 'csharp'], 'POST https://graph.microsoft.com/v1.0/teams/{team-id}/archive\n');
    expect(archive.status, archive.stderr).toBe(0);
    expect(archive.stdout).toContain('var requestBody = new ArchivePostRequestBody\n{\n};\n');
    expect(archive.stdout).toContain('await graphClient.Teams["{team-id}"].Archive.PostAsync(requestBody);');
    // `closeSession` takes none: the docs' body is left out, with a warning.
    const close = snippet(
      ['--lang', 'python'],
      'POST https://graph.microsoft.com/v1.0/me/drive/items/{id}/workbook/closeSession\nContent-Type: application/json\n\n{ "x": 1 }\n',
    );
    expect(close.status, close.stderr).toBe(0);
    expect(close.stdout).not.toContain('RequestBody');
    expect(close.stdout).toMatch(/\.workbook\.close_session\.post\(\)\n*$/);
    expect(close.stderr).toContain('<stdin>:4:1: warning W_BODY_IGNORED: the action closeSession takes no parameters');
  });

  it('without a CSDL, keeps what an action the metadata says returns a value returns', () => {
    const request =
      'POST https://graph.microsoft.com/v1.0/me/drive/items/{item-id}/createLink\nContent-Type: application/json\n\n{ "type": "view" }\n';
    const csharp = snippet(['--lang', 'csharp'], request);
    expect(csharp.status, csharp.stderr).toBe(0);
    expect(csharp.stdout).toContain(
      'var result = await graphClient.Drives["{drive-id}"].Items["{driveItem-id}"].CreateLink.PostAsync(requestBody);',
    );
    const typescript = snippet(['--lang', 'typescript'], request);
    expect(typescript.stdout).toMatch(
      /^const result = await graphServiceClient\..*\.createLink\.post\(requestBody\);$/m,
    );
    // `sendMail` returns nothing: nothing is kept.
    const sendMail = snippet(
      ['--lang', 'python'],
      'POST https://graph.microsoft.com/v1.0/me/sendMail\nContent-Type: application/json\n\n{ "saveToSentItems": false }\n',
    );
    expect(sendMail.stdout).toMatch(/^await graph_client\.me\.send_mail\.post\(request_body\)$/m);
  });

  it('exits 1 with a located error for a broken request, 2 for bad usage', () => {
    const broken = snippet(['--lang', 'csharp'], 'FETCH /me\n');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/<stdin>:1:1: error E_METHOD/);
    expect(snippet(['--lang', 'klingon'], 'GET /me\n').status).toBe(2);
    expect(snippet([], 'GET /me\n').status).toBe(2);
  });
});
