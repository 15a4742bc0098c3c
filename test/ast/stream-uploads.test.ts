import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPE_UPLOADS, DEFAULT_UPLOAD_CONTENT_TYPE } from '../../src/ast/stream-uploads.js';
import { SchemaIndex } from '../../src/metadata/schema-index.js';
import { apiSchema, G, structured } from '../support/schema-builders.js';
import { VENV_PYTHON } from '../emit/python/python.js';
import { builderMemberName } from '../../src/emit/python/naming.js';
import { astOf } from './helpers.js';

const binary = { primitive: 'binary', isCollection: false } as const;
const str = { primitive: 'string', isCollection: false } as const;

/** Zero-config-like: the typings show the branding images as binary values. */
const schema = new SchemaIndex(
  apiSchema('v1.0', [
    structured(`${G}.organization`, [['id', str]], null, 'entity', [
      ['branding', { name: `${G}.organizationalBranding`, isCollection: false }],
    ]),
    structured(
      `${G}.organizationalBrandingProperties`,
      [
        ['id', str],
        ['bannerLogo', binary],
        ['signInPageText', str],
      ],
      null,
      'entity',
    ),
    structured(`${G}.organizationalBranding`, [], `${G}.organizationalBrandingProperties`, 'entity'),
    structured(`${G}.user`, [['id', str]], null, 'entity', [
      ['photo', { name: `${G}.profilePhoto`, isCollection: false }],
    ]),
    structured(`${G}.profilePhoto`, [['id', str]], null, 'entity'),
  ]),
);

const upload = (method: string, path: string, contentType?: string) => {
  const lines = [`${method} https://graph.microsoft.com/v1.0${path}`];
  if (contentType) lines.push(`Content-Type: ${contentType}`);
  lines.push('', '<Image>');
  const { ast } = astOf(lines, schema);
  if (ast.body?.kind !== 'stream') throw new Error(`expected a stream body, got ${ast.body?.kind}`);
  return ast.body;
};

describe('uploads that take their content type', () => {
  it("passes the example's content type to a branding image's upload, the default without one", () => {
    expect(upload('PUT', '/organization/{id}/branding/bannerLogo', 'image/jpeg')).toMatchObject({
      contentType: 'image/jpeg',
      contentTypeArgument: 'image/jpeg',
    });
    expect(upload('PATCH', '/organization/{id}/branding/BANNERLOGO').contentTypeArgument).toBe(
      DEFAULT_UPLOAD_CONTENT_TYPE,
    );
  });

  it('passes none to other uploads, whose content type the SDK sets', () => {
    expect(upload('PUT', '/users/{id}/photo/$value', 'image/jpeg')).toMatchObject({
      contentType: 'image/jpeg',
      contentTypeArgument: null,
    });
  });
});

/** The installed Python SDKs' packages, when `.venv` is set up. */
function pythonSdkRoots(): string[] | null {
  if (!existsSync(VENV_PYTHON)) return null;
  const probe = spawnSync(
    VENV_PYTHON,
    [
      '-c',
      'import msgraph, msgraph_beta, os; print(os.path.dirname(msgraph.__file__)); print(os.path.dirname(msgraph_beta.__file__))',
    ],
    { encoding: 'utf8' },
  );
  return probe.status === 0 ? probe.stdout.trim().split('\n') : null;
}

const roots = pythonSdkRoots();
if (!roots && process.env.CI === 'true') {
  throw new Error('.venv is missing: CI must run `bash scripts/setup-python.sh` before the tests');
}
if (!roots) console.warn('skipping the check of the uploads against the Python SDKs: no .venv');

describe.skipIf(!roots)('uploads that take their content type, in the installed Python SDKs', () => {
  it('are exactly the listed properties: every request builder whose upload takes a content_type', () => {
    // As the Python emitter names the properties' builders (`customCSS` → `custom_c_s_s`).
    const listed = new Set(Object.values(CONTENT_TYPE_UPLOADS).flat().map(builderMemberName));
    const found = new Set<string>();
    for (const root of roots!) {
      const files = execFileSync(
        'grep',
        [
          '-rlE',
          '--include=*_request_builder.py',
          'def (put|post|patch)\\(self, ?body: bytes, content_type: str',
          join(root, 'generated'),
        ],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      )
        .trim()
        .split('\n');
      for (const file of files) {
        const parts = relative(join(root, 'generated'), file).split(sep);
        // organization/item/branding[/localizations/item]/<property>/<property>_request_builder.py
        expect(parts.slice(0, 3), file).toEqual(['organization', 'item', 'branding']);
        found.add(parts[parts.length - 2]!);
      }
    }
    expect([...found].sort()).toEqual([...listed].sort());
  });
});
