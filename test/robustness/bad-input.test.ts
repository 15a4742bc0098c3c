import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insideOut } from '../../src/cli/output-sync.js';
import type { DiagnosticCode } from '../../src/diagnostics/diagnostic.js';
import { languageTarget } from '../../src/emit/registry.js';
import { runPipeline } from '../../src/pipeline/run.js';
import type { ExampleOutcome } from '../../src/pipeline/types.js';
import {
  BAD_INPUT,
  LANGUAGES,
  RAW_CONTROL,
  isSafeFileName,
  writeGeneratedPages,
  type GeneratedPage,
} from './support.js';
import { MAX_JSON_DEPTH } from '../../src/limits.js';

/**
 * Hostile and broken input (issue 6): one page per kind of problem in test/fixtures/bad-input/
 * (plus pages too big to commit, generated here), each with its expected outcome. Every page
 * has a good example after the bad one (before it, for a fence left open at the end of the
 * file): the run must go on. A bad example is either reported with its error code at the exact
 * page line:column, or generated with the documented visible fallback (a warning, located).
 *
 * Metadata: the zero-config SDK typings (`{}`), so the test runs on any machine.
 */

type Lang = (typeof LANGUAGES)[number];
/** code, line, column (null: any column ≥ 1), message */
type Located = readonly [DiagnosticCode, number, number | null, RegExp];

interface Expected {
  readonly name: string;
  /** Reported, no snippet. */
  readonly error?: Located;
  /** Generated, with at least these warnings (W_PATH_INFERRED aside, no others when `onlyThese`). */
  readonly warnings?: readonly Located[];
  readonly onlyThese?: boolean;
  readonly outputName?: string;
  /** Each must match the code of every language. */
  readonly code?: readonly RegExp[];
  /** None may match the code of a language. */
  readonly notCode?: Partial<Record<Lang | 'all', readonly RegExp[]>>;
}

interface Case {
  readonly title: string;
  /** A committed page (file name in bad-input/) or a page generated at test time. */
  readonly page: string | { readonly generated: GeneratedPage };
  readonly examples: readonly Expected[];
}

/** A good example: generated in every language, with no warning but the typings' W_PATH_INFERRED. */
const good = (name: string): Expected => ({ name, warnings: [], onlyThese: true, outputName: name });
const err = (name: string, code: DiagnosticCode, line: number, column: number | null, message: RegExp): Expected => ({
  name,
  error: [code, line, column, message],
});
/** The value is sent as additional data under its wire name, as written (a quoted key in every language). */
const asAdditionalData = (key: string, value: string): RegExp[] => [new RegExp(`"${key}"\\s*[:,]\\s*"${value}"`)];

const CASES: readonly Case[] = [
  {
    title: 'broken annotation JSON',
    page: 'annotation-json.md',
    examples: [
      err(
        'annotation-json-request-1',
        'E_ANNOTATION_JSON',
        3,
        40,
        /^annotation JSON is invalid \(value expected at '\}'\) and the example name cannot be read$/,
      ),
      {
        name: 'annotation-json-name-readable',
        warnings: [
          [
            'W_ANNOTATION_JSON',
            8,
            72,
            /annotation JSON is invalid \(comma expected at '"sampleKeys":'\); blockType and name read anyway/,
          ],
        ],
      },
      good('good-after-annotation-json'),
    ],
  },
  {
    title: 'annotation JSON nested 10,000 levels',
    page: { generated: 'deep-annotation' },
    examples: [
      // Like any broken annotation whose name is still readable (the depth limit of bodies applies).
      { name: 'deep-annotation', warnings: [['W_ANNOTATION_JSON', 3, null, /annotation JSON/]] },
      good('good-after-deep-annotation'),
    ],
  },
  {
    title: 'annotation without a fence',
    page: 'no-fence.md',
    examples: [
      err('no-fence', 'E_NO_FENCE', 3, 1, /^request annotation "no-fence" is not followed by a fenced code block$/),
      good('good-after-no-fence'),
    ],
  },
  {
    title: 'unterminated fence at the end of the file',
    page: 'unterminated-fence.md',
    examples: [
      good('good-before-unterminated-fence'),
      err(
        'unterminated-fence',
        'E_UNTERMINATED_FENCE',
        9,
        1,
        /fenced code block is not closed before the end of the file/,
      ),
    ],
  },
  {
    title: 'request line without URL',
    page: 'request-line.md',
    examples: [
      err('request-line-method-only', 'E_REQUEST_LINE', 5, 4, /^request line has no URL after 'GET'$/),
      good('good-after-request-line-method-only'),
      err('request-line-version-only', 'E_REQUEST_LINE', 15, 5, /^request line has no URL after 'POST'$/),
      good('good-after-request-line-version-only'),
      err('request-line-empty-block', 'E_REQUEST_LINE', 28, 1, /the request block is empty \(expected "METHOD URL"\)/),
      good('good-after-request-line-empty-block'),
      err(
        'request-line-json-only',
        'E_REQUEST_LINE',
        38,
        1,
        /expected "METHOD URL" as the first line, found '\{ "displayName": "no request line" \}'/,
      ),
      good('good-after-request-line-json-only'),
    ],
  },
  {
    title: 'unknown HTTP method',
    page: 'unknown-method.md',
    examples: [
      err(
        'unknown-method-fetch',
        'E_METHOD',
        5,
        1,
        /^unknown HTTP method 'FETCH' \(expected GET, POST, PATCH, PUT, DELETE\)$/,
      ),
      good('good-after-unknown-method-fetch'),
      err('unknown-method-head', 'E_METHOD', 15, 3, /^unknown HTTP method 'HEAD'/),
      good('good-after-unknown-method-head'),
    ],
  },
  {
    title: 'invalid percent-encoding',
    page: 'percent-encoding.md',
    examples: [
      err(
        'percent-encoding-not-hex',
        'E_PERCENT_ENCODING',
        5,
        44,
        /^invalid percent-encoding '%ZZ' \(expected % and two hex digits\)$/,
      ),
      good('good-after-percent-encoding-not-hex'),
      err(
        'percent-encoding-truncated-in-query',
        'E_PERCENT_ENCODING',
        15,
        77,
        /^invalid percent-encoding '%2'' \(expected % and two hex digits\)$/,
      ),
      good('good-after-percent-encoding-truncated-in-query'),
      err(
        'percent-encoding-not-utf8',
        'E_PERCENT_ENCODING',
        25,
        44,
        /^percent-encoded bytes '%C3%28' are not valid UTF-8$/,
      ),
      good('good-after-percent-encoding-not-utf8'),
    ],
  },
  {
    title: 'JSON: missing brace',
    page: 'json-missing-brace.md',
    examples: [
      err(
        'json-missing-brace',
        'E_BODY_JSON',
        10,
        42,
        /^invalid JSON body: close brace expected: unexpected end of input$/,
      ),
      good('good-after-json-missing-brace'),
    ],
  },
  {
    title: 'JSON: stray bracket',
    page: 'json-stray-bracket.md',
    examples: [
      err('json-stray-bracket', 'E_BODY_JSON', 10, 40, /^invalid JSON body: comma expected at '\]'$/),
      good('good-after-json-stray-bracket'),
    ],
  },
  {
    title: 'JSON: unquoted key',
    page: 'json-unquoted-key.md',
    examples: [
      err('json-unquoted-key', 'E_BODY_JSON', 10, 3, /^invalid JSON body: invalid symbol at 'jobTitle:'$/),
      good('good-after-json-unquoted-key'),
    ],
  },
  {
    title: 'JSON: single quotes',
    page: 'json-single-quotes.md',
    examples: [
      err('json-single-quotes', 'E_BODY_JSON', 9, 3, /^invalid JSON body: invalid symbol at ''displayName':'$/),
      good('good-after-json-single-quotes'),
    ],
  },
  {
    title: 'JSON: trailing garbage',
    page: 'json-trailing-garbage.md',
    examples: [
      err('json-trailing-garbage', 'E_BODY_JSON', 10, 3, /^invalid JSON body: invalid symbol at 'and'$/),
      good('good-after-json-trailing-garbage'),
    ],
  },
  {
    title: 'JSON: duplicate keys (the last value wins)',
    page: 'duplicate-keys.md',
    examples: [
      {
        name: 'duplicate-keys',
        warnings: [['W_DUPLICATE_KEY', 11, 3, /^duplicate key "displayName" in JSON body$/]],
        onlyThese: true,
        code: [/"Last Value"/, /"Manager"/],
        notCode: { all: [/First Value/] },
      },
      good('good-after-duplicate-keys'),
    ],
  },
  {
    title: 'JSON nested 10,000 levels (arrays)',
    page: { generated: 'deep-arrays' },
    examples: [
      err(
        'deep-arrays',
        'E_BODY_TOO_DEEP',
        8,
        17 + MAX_JSON_DEPTH,
        new RegExp(`^JSON body is nested deeper than ${MAX_JSON_DEPTH} levels$`),
      ),
      good('good-after-deep-arrays'),
    ],
  },
  {
    title: 'JSON nested 10,000 levels (objects)',
    page: { generated: 'deep-objects' },
    examples: [
      err(
        'deep-objects',
        'E_BODY_TOO_DEEP',
        8,
        5 * MAX_JSON_DEPTH + 1,
        new RegExp(`^JSON body is nested deeper than ${MAX_JSON_DEPTH} levels$`),
      ),
      good('good-after-deep-objects'),
    ],
  },
  {
    title: `JSON nested ${MAX_JSON_DEPTH} levels (within the documented limit)`,
    page: { generated: 'deep-at-limit' },
    examples: [
      {
        name: 'deep-at-limit',
        warnings: [['W_PROPERTY_UNKNOWN', 8, 3, /'nested' is not a property of microsoft\.graph\.user/]],
        onlyThese: true,
      },
      good('good-after-deep-at-limit'),
    ],
  },
  {
    title: 'a 10 MB body',
    page: { generated: 'big-body' },
    examples: [
      err('big-body', 'E_BODY_TOO_LARGE', 8, 1, /^request body is larger than 5 MB$/),
      good('good-after-big-body'),
    ],
  },
  {
    title: 'binary junk and non-UTF-8 bytes',
    page: 'binary-junk.md',
    examples: [
      { name: 'binary-photo', warnings: [], onlyThese: true, code: [/[Pp]ut/] },
      good('good-after-binary-photo'),
      err('binary-nul-in-json-string', 'E_BODY_JSON', 22, 18, /^invalid JSON body: invalid character at /),
      good('good-after-binary-nul-in-json-string'),
      // Bytes that are not UTF-8 are read as U+FFFD (no warning today; see the report).
      { name: 'latin1-in-json-string', warnings: [], onlyThese: true, code: [/Jos\uFFFD Garc\uFFFDa/] },
      good('good-after-latin1-in-json-string'),
      { name: 'binary-junk-in-url', warnings: [], onlyThese: true },
      good('good-after-binary-junk-in-url'),
      {
        name: 'junk\u0001name',
        outputName: 'junk-name',
        warnings: [
          [
            'W_ANNOTATION_JSON',
            53,
            40,
            /annotation JSON is invalid \(invalid character at .*\); blockType and name read anyway/,
          ],
          ['W_NAME_CHANGED', 53, 1, /are written as 'junk-name': it is not a safe file name/],
        ],
        onlyThese: true,
      },
      good('good-after-junk-name'),
    ],
  },
  {
    title: 'CRLF line endings',
    page: 'crlf.md',
    examples: [
      err('crlf-bad-json', 'E_BODY_JSON', 10, 25, /^invalid JSON body: property name expected at ','$/),
      { ...good('good-after-crlf-bad-json'), code: [/"Adele Vance"/, /"Manager"/], notCode: { all: [/\r/] } },
    ],
  },
  {
    title: 'LF, CRLF and lone CR mixed',
    page: 'mixed-newlines.md',
    examples: [
      err('mixed-newlines-bad-method', 'E_METHOD', 4, 1, /^unknown HTTP method 'GETT'/),
      { ...good('good-after-mixed-newlines-bad-method'), notCode: { all: [/\r/] } },
    ],
  },
  {
    title: 'byte-order mark',
    page: 'bom.md',
    examples: [
      err('bom-first-line', 'E_BODY_JSON', 7, 3, /^invalid JSON body: invalid symbol at U\+FEFF$/),
      good('good-after-bom-first-line'),
    ],
  },
  {
    title: 'tabs',
    page: 'tabs.md',
    examples: [
      err('tabs-bad-json', 'E_BODY_JSON', 10, 14, /^invalid JSON body: colon expected at '"Manager"'$/),
      err('tabs-in-json-string', 'E_BODY_JSON', 22, 18, /^invalid JSON body: invalid character at /),
      { ...good('good-after-tabs'), code: [/"Adele Vance"/, /"Manager"/] },
    ],
  },
  {
    title: 'unknown path',
    page: 'unknown-path.md',
    examples: [
      err(
        'unknown-path',
        'E_PATH_UNRESOLVED',
        5,
        38,
        /^cannot resolve the path \/frobnicators\/\{id\}\/widgets: 'frobnicators' is not an entity set, singleton or operation of the v1\.0 metadata$/,
      ),
      good('good-after-unknown-path'),
      err(
        'unknown-path-after-key',
        'E_PATH_UNRESOLVED',
        15,
        62,
        /^cannot resolve the path \/users\/\{id\}\/frobnicators\/\{id\}\/widgets: 'frobnicators' /,
      ),
      good('good-after-unknown-path-after-key'),
    ],
  },
  {
    title: 'unknown property',
    page: 'unknown-property.md',
    examples: [
      {
        name: 'unknown-property',
        warnings: [
          [
            'W_PROPERTY_UNKNOWN',
            10,
            3,
            /^'favouriteColour' is not a property of microsoft\.graph\.user; it is sent as additional data$/,
          ],
        ],
        onlyThese: true,
        code: asAdditionalData('favouriteColour', 'teal'),
      },
      good('good-after-unknown-property'),
    ],
  },
  {
    title: 'values of the wrong type (string for a boolean, object for an array)',
    page: 'wrong-type.md',
    examples: [
      {
        name: 'wrong-type',
        warnings: [
          [
            'W_VALUE_TYPE_MISMATCH',
            9,
            21,
            /^a JSON string where a boolean is expected; 'accountEnabled' is sent as additional data, as written$/,
          ],
          [
            'W_VALUE_TYPE_MISMATCH',
            10,
            21,
            /^a JSON object where a collection is expected; 'businessPhones' is sent as additional data, as written$/,
          ],
        ],
        onlyThese: true,
        code: [...asAdditionalData('accountEnabled', 'yes'), /"businessPhones"/, /"office"/],
        notCode: {
          csharp: [/AccountEnabled\s*=/, /BusinessPhones\s*=/],
          typescript: [/\baccountEnabled\s*:/],
          python: [/account_enabled\s*=/],
        },
      },
      good('good-after-wrong-type'),
    ],
  },
  {
    title: 'a value of the wrong type (string for a number)',
    page: 'wrong-type-number.md',
    examples: [
      {
        name: 'wrong-type-number',
        warnings: [
          [
            'W_VALUE_TYPE_MISMATCH',
            10,
            33,
            /^a JSON string where an int32 number is expected; 'reminderMinutesBeforeStart' is sent as additional data, as written$/,
          ],
        ],
        onlyThese: true,
        code: asAdditionalData('reminderMinutesBeforeStart', 'fifteen'),
        notCode: {
          csharp: [/ReminderMinutesBeforeStart\s*=/],
          typescript: [/\breminderMinutesBeforeStart\s*:/],
          python: [/reminder_minutes_before_start\s*=/],
        },
      },
      good('good-after-wrong-type-number'),
    ],
  },
  {
    title: 'invalid date-time',
    page: 'invalid-date-time.md',
    examples: [
      {
        name: 'invalid-date-time',
        warnings: [
          [
            'W_INVALID_DATE_TIME',
            9,
            23,
            /^'String \(timestamp\)' is not a valid dateTimeOffset; 'employeeHireDate' is sent as additional data, as written$/,
          ],
        ],
        onlyThese: true,
        code: asAdditionalData('employeeHireDate', 'String \\(timestamp\\)'),
        notCode: { all: [/Parse\(/, /new Date\(/, /datetime|isoparse/] },
      },
      good('good-after-invalid-date-time'),
    ],
  },
  {
    title: 'invalid duration',
    page: 'invalid-duration.md',
    examples: [
      {
        name: 'invalid-duration',
        warnings: [
          [
            'W_INVALID_DURATION',
            9,
            22,
            /^'an hour and a half' is not a valid duration; 'defaultDuration' is sent as additional data, as written$/,
          ],
        ],
        onlyThese: true,
        code: asAdditionalData('defaultDuration', 'an hour and a half'),
        notCode: { all: [/ToTimeSpan|Duration\(|timedelta|parse_duration/] },
      },
      good('good-after-invalid-duration'),
    ],
  },
  {
    title: 'invalid GUID',
    page: 'invalid-guid.md',
    examples: [
      {
        name: 'invalid-guid',
        warnings: [
          [
            'W_INVALID_GUID',
            10,
            16,
            /^'not-a-guid' is not a valid guid; 'skuId' is sent as additional data, as written$/,
          ],
        ],
        onlyThese: true,
        // The assignedLicense object is still built; only its skuId goes to its additional data.
        code: asAdditionalData('skuId', 'not-a-guid'),
        notCode: { all: [/Guid\.Parse|UUID\(/] },
      },
      good('good-after-invalid-guid'),
    ],
  },
  {
    title: 'enum value not in the enum',
    page: 'enum-unknown.md',
    examples: [
      {
        name: 'enum-unknown',
        warnings: [
          [
            'W_ENUM_MEMBER_UNKNOWN',
            9,
            17,
            /^'urgent' is not a member of the enum importance; 'importance' is sent as additional data, as written$/,
          ],
        ],
        onlyThese: true,
        code: asAdditionalData('importance', 'urgent'),
        notCode: { all: [/Importance\.|\.URGENT/] },
      },
      good('good-after-enum-unknown'),
    ],
  },
  {
    title: 'unsafe, reserved, long and duplicated example names',
    page: 'names.md',
    examples: (
      [
        ['../../outside/escape', 'outside-escape'],
        ['a/b', 'a-b'],
        ['a\\b', 'a-b-2'],
        ['..', 'example'],
        ['/etc/passwd', 'etc-passwd'],
        ['C:\\Windows\\System32\\drivers', 'c-windows-system32-drivers'],
        ['CON', 'con-example'],
        ['NUL', 'nul-example'],
        ['nul.txt', 'nul-example.txt'],
        ['Aux_Com1', 'aux-com1'],
        ['LPT9', 'lpt9-example'],
        ['.hidden', 'hidden'],
        ['x'.repeat(400), `${'x'.repeat(109)}-7b0bd700ce`],
        [`nul.${'y'.repeat(200)}`, `nul-example.${'y'.repeat(97)}-2955153eb4`],
        ['dup_name', 'dup-name'],
        ['Dup-Name', 'dup-name-2'],
        ['dup-name', 'dup-name-3'],
        ['dup-name-2', 'dup-name-2-2'],
        ['etc-passwd', 'etc-passwd-2'],
      ] as const
    ).flatMap(([name, outputName], i): Expected[] => {
      const line = 3 + 10 * i;
      const changed = outputName !== name.replace(/_/g, '-').toLowerCase();
      return [
        {
          name,
          outputName,
          warnings: changed ? [['W_NAME_CHANGED', line, 1, new RegExp(`are written as '${outputName}': `)]] : [],
          onlyThese: true,
        },
        good(`good-after-name-${i + 1}`),
      ];
    }),
  },
];

let tmp: string;
let generated: Record<GeneratedPage, string>;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'bad-input-'));
  generated = writeGeneratedPages(tmp);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function pagePath(page: Case['page']): string {
  return typeof page === 'string' ? join(BAD_INPUT, page) : generated[page.generated];
}

async function run(page: Case['page']): Promise<readonly ExampleOutcome[]> {
  const result = await runPipeline({
    inputs: [pagePath(page)],
    languages: [...LANGUAGES],
    metadata: {},
    defaultVersion: 'v1.0',
  });
  return result.examples;
}

const where = (e: ExampleOutcome): string => `${e.file}:${e.line} ${JSON.stringify(e.name).slice(0, 80)}`;

describe('bad input: every example is generated with a visible fallback or reported at file:line:column', () => {
  it.each(CASES.map((c) => [c.title, c] as const))('%s', async (_title, c) => {
    const examples = await run(c.page);
    const file = typeof c.page === 'string' ? c.page : `${c.page.generated}.md`;
    // Every example of the page is in the outcome, in page order: the run went on after each bad one.
    expect(examples.map((e) => e.name)).toEqual(c.examples.map((x) => x.name));
    for (const [k, e] of examples.entries()) {
      const x = c.examples[k]!;
      expect(e.file.endsWith(`/${file}`), where(e)).toBe(true);
      for (const d of [...e.warnings, ...(e.error ? [e.error] : []), ...e.failures.map((f) => f.error)]) {
        expect(d.location.file, where(e)).toBe(e.file);
        expect(d.location.line, where(e)).toBeGreaterThan(0);
        expect(d.location.column, where(e)).toBeGreaterThan(0);
        expect(d.message, where(e)).not.toMatch(/^internal error/);
      }
      if (x.error) {
        const [code, line, column, message] = x.error;
        expect(e.status, where(e)).toBe('error');
        expect(e.error?.code, where(e)).toBe(code);
        expect(e.error?.location.line, where(e)).toBe(line);
        if (column !== null) expect(e.error?.location.column, where(e)).toBe(column);
        expect(e.error?.message, where(e)).toMatch(message);
        expect(e.snippets, where(e)).toHaveLength(0);
        continue;
      }
      expect(e.error, where(e)).toBeNull();
      expect(e.status, where(e)).toBe('ok');
      expect(
        e.failures.map((f) => `${f.language}: ${f.error.message.slice(0, 300)}`),
        where(e),
      ).toEqual([]);
      expect(
        e.snippets.map((s) => s.language),
        where(e),
      ).toEqual([...LANGUAGES]);
      const warnings = e.warnings.filter((w) => w.code !== 'W_PATH_INFERRED');
      for (const [code, line, column, message] of x.warnings ?? []) {
        const found = warnings.find(
          (w) => w.code === code && w.location.line === line && (column === null || w.location.column === column),
        );
        expect(
          found,
          `${where(e)}: expected ${code} at ${line}:${column}, got ${JSON.stringify(warnings)}`,
        ).toBeDefined();
        expect(found!.message).toMatch(message);
      }
      if (x.onlyThese)
        expect(
          warnings.map((w) => w.code),
          where(e),
        ).toEqual((x.warnings ?? []).map((w) => w[0]));
      if (x.outputName !== undefined) expect(e.outputName, where(e)).toBe(x.outputName);
      for (const s of e.snippets) {
        const lang = s.language as Lang;
        const folder = languageTarget(lang)!.outputFolder;
        expect(s.path).toBe(`v1.0/includes/snippets/${folder}/${e.outputName}-${folder}-snippets.md`);
        for (const re of x.code ?? []) expect(s.code, `${where(e)} [${lang}]`).toMatch(re);
        for (const re of [...(x.notCode?.all ?? []), ...(x.notCode?.[lang] ?? [])])
          expect(s.code, `${where(e)} [${lang}]`).not.toMatch(re);
      }
    }
  });

  it('makes every output name a safe, unique file name inside --out', async () => {
    const examples = await run('names.md');
    const names = examples.map((e) => e.outputName);
    expect(new Set(names).size).toBe(names.length);
    for (const e of examples) {
      expect(e.outputName, where(e)).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
      expect(e.outputName.length, where(e)).toBeLessThanOrEqual(120);
      expect(e.outputName, where(e)).not.toContain('..');
      for (const s of e.snippets) {
        const base = s.path.slice(s.path.lastIndexOf('/') + 1);
        expect(isSafeFileName(base), `${where(e)}: ${base}`).toBe(true);
        expect(isSafeFileName(e.outputName), `${where(e)}: ${e.outputName}`).toBe(true);
        expect(insideOut('/out', s.path).startsWith('/out/v1.0/includes/snippets/')).toBe(true);
      }
    }
  });

  it('names collisions deterministically: the same page gives the same names twice', async () => {
    const a = (await run('names.md')).map((e) => e.outputName);
    const b = (await run('names.md')).map((e) => e.outputName);
    expect(b).toEqual(a);
  });

  // A message is printed on a terminal and read by a docs writer: bytes of the page such as NUL,
  // or ESC (terminal escape sequences), must be shown escaped, never raw.
  it('prints no raw control characters in diagnostic messages', async () => {
    const examples = await run('binary-junk.md');
    const raw = examples.flatMap((e) =>
      [...e.warnings, ...(e.error ? [e.error] : [])]
        .filter((d) => RAW_CONTROL.test(d.message))
        .map((d) => `${d.location.line}:${d.location.column} ${d.code} ${JSON.stringify(d.message)}`),
    );
    expect(raw).toEqual([]);
  });
});
