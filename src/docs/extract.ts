import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { findExcessDepth, MAX_JSON_DEPTH } from '../limits.js';
import { describeJsoncError } from './jsonc-error.js';
import type { RequestExample } from './types.js';
import { isBlank, lineEndAt, skipBlanks } from '../text-scan.js';
import { BACKTICK, LESS_THAN, LF } from '../char-codes.js';

/**
 * Finds the request examples of one Markdown page: an HTML comment annotation whose JSON has
 * `"blockType": "request"`, followed by the next fenced code block.
 *
 * Markdown rules followed (CommonMark where it matters):
 * - fenced blocks are opaque: an annotation inside a code block is text, not an annotation;
 * - a fence is 3+ backticks or tildes; a backtick fence's info string has no backtick (so a
 *   line starting with inline code such as "```x``` is ..." is not a fence); it is closed by
 *   the same character repeated at least as often with nothing else on the line;
 * - fences may be indented by any amount (the docs indent them inside list items).
 * Doc-specific rules, from the corpus:
 * - text (headings, sentences) may stand between an annotation and its fence; the pairing stops
 *   at the next annotation (then the first one has no fence);
 * - annotation JSON is sloppy (trailing commas, comments, broken syntax), see `readAnnotation`.
 *
 * Only lines that start (after blanks) with `<!--`, ``` or ~~~ matter, so the page is not walked
 * line by line: the scan jumps from one occurrence of these to the next (native string search),
 * and a fence's closing line is found the same way. Line numbers are counted only up to the
 * positions that need one, so a page costs a few native searches rather than a loop over its
 * ~150 lines. No backtracking: the corpus (3,304 pages, ~0.5M lines) extracts in ~20 ms.
 */
export function extractRequestExamples(file: string, text: string): RequestExample[] {
  const t = normaliseNewlines(text);
  const len = t.length;
  const lines = new LineNumbers(t);
  const examples: RequestExample[] = [];
  let pending: PendingAnnotation | null = null;
  // The next occurrence of each string that matters, searched again once passed (-1: no more).
  let nextComment = -2;
  let nextBacktickFence = -2;
  let nextTildeFence = -2;
  let nextBlockType = -2;

  let pos = 0; // start of the first line not looked at yet
  while (pos <= len) {
    if (nextComment !== -1 && nextComment < pos) nextComment = t.indexOf('<!--', pos);
    if (nextBacktickFence !== -1 && nextBacktickFence < pos) nextBacktickFence = t.indexOf('```', pos);
    if (nextTildeFence !== -1 && nextTildeFence < pos) nextTildeFence = t.indexOf('~~~', pos);
    const candidate = firstOf(nextComment, nextBacktickFence, nextTildeFence);
    if (candidate < 0) break;
    const lineStart = blanksStart(t, candidate);
    const lineEnd = lineEndAt(t, candidate);
    const nextLine = lineEnd + 1;
    // Only what starts a line counts: anything else makes the line (and the rest of it) text.
    if (lineStart > 0 && t.charCodeAt(lineStart - 1) !== LF) {
      pos = nextLine;
      continue;
    }
    const indent = candidate - lineStart;
    const ch = t.charCodeAt(candidate);

    if (ch === LESS_THAN) {
      const bodyStart = candidate + 4;
      const close = t.indexOf('-->', bodyStart);
      const commentEnd = close < 0 ? len : close;
      // Continue on the line after the one holding `-->` (the rest of that line is ignored).
      pos = lineEndAt(t, commentEnd) + 1;
      if (nextBlockType !== -1 && nextBlockType < bodyStart) nextBlockType = t.indexOf('blockType', bodyStart);
      if (nextBlockType < 0 || nextBlockType >= commentEnd) continue; // an ordinary comment
      const commentText = t.slice(bodyStart, commentEnd);
      if (pending) examples.push(withoutFence(pending));
      pending = null;
      // Most annotations are responses or resources: without the word "request" there is no
      // request block type, and the JSON need not be parsed (a third of extraction time).
      if (!REQUEST_WORD_RE.test(commentText)) continue;
      const line = lines.at(lineStart);
      const ann = readAnnotation(file, commentText, line, indent + 5);
      if (!ann.isRequest) continue;
      const index = examples.length;
      pending = {
        file,
        index,
        line,
        column: indent + 1,
        annotation: ann.annotation,
        name: ann.name ?? `${fileBaseName(file)}-request-${index + 1}`,
        nameWasGenerated: ann.name === null,
        diagnostics: ann.diagnostics,
      };
      continue;
    }

    const fenceLength = openingFence(t, candidate, lineEnd, ch);
    if (fenceLength === 0) {
      pos = nextLine;
      continue;
    }
    const closeLine = closingFenceLine(t, nextLine, ch, fenceLength);
    pos = closeLine < 0 ? len + 1 : lineEndAt(t, closeLine) + 1;
    if (pending) {
      const openLine = lines.at(lineStart);
      // Content: the lines between the fences (to the end of the page when not closed).
      const contentEnd = closeLine < 0 ? len : closeLine - 1;
      const content = fenceContent(t, nextLine, contentEnd, indent);
      examples.push(
        makeExample(pending, {
          content: content.text,
          contentLine: openLine + 1,
          contentIndent: indent,
          lineIndents: content.lineIndents,
          extra:
            closeLine >= 0
              ? null
              : {
                  severity: 'error',
                  code: 'E_UNTERMINATED_FENCE',
                  message: 'fenced code block is not closed before the end of the file',
                  location: { file, line: openLine, column: indent + 1 },
                },
        }),
      );
      pending = null;
    }
  }
  if (pending) examples.push(withoutFence(pending));
  return examples;
}

const REQUEST_WORD_RE = /request/i;

interface PendingAnnotation {
  readonly file: string;
  readonly index: number;
  readonly line: number;
  readonly column: number;
  readonly annotation: Readonly<Record<string, unknown>>;
  readonly name: string;
  readonly nameWasGenerated: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/** The example of a request annotation that no fence follows (E_NO_FENCE at the annotation). */
function withoutFence(p: PendingAnnotation): RequestExample {
  return makeExample(p, {
    content: '',
    contentLine: p.line,
    contentIndent: 0,
    lineIndents: null,
    extra: {
      severity: 'error',
      code: 'E_NO_FENCE',
      message: `request annotation "${p.name}" is not followed by a fenced code block`,
      location: { file: p.file, line: p.line, column: p.column },
    },
  });
}

function makeExample(
  p: PendingAnnotation,
  c: {
    content: string;
    contentLine: number;
    contentIndent: number;
    lineIndents: number[] | null;
    extra: Diagnostic | null;
  },
): RequestExample {
  const example: RequestExample = {
    file: p.file,
    name: p.name,
    nameWasGenerated: p.nameWasGenerated,
    index: p.index,
    annotation: p.annotation,
    line: p.line,
    content: c.content,
    contentLine: c.contentLine,
    contentIndent: c.contentIndent,
    diagnostics: c.extra ? [...p.diagnostics, c.extra] : [...p.diagnostics],
  };
  return c.lineIndents ? { ...example, contentLineIndents: c.lineIndents } : example;
}

/**
 * 1-based line numbers of positions asked for in increasing order: the newlines before each are
 * counted once, from the previous position asked (nothing after the last one is counted).
 */
class LineNumbers {
  private counted = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  at(position: number): number {
    const t = this.text;
    let line = this.line;
    for (let k = t.indexOf('\n', this.counted); k >= 0 && k < position; k = t.indexOf('\n', k + 1)) line++;
    this.line = line;
    this.counted = position;
    return line;
  }
}

/** The smallest of three indexes, ignoring -1 (not found); -1 when all are. */
function firstOf(a: number, b: number, c: number): number {
  let min = a;
  if (b >= 0 && (min < 0 || b < min)) min = b;
  if (c >= 0 && (min < 0 || c < min)) min = c;
  return min;
}

/**
 * Start of the line that closes a fence of `fenceLength` characters `ch`, searching lines from
 * `from`; -1 when none does. Only lines holding three fence characters can close it.
 */
function closingFenceLine(t: string, from: number, ch: number, fenceLength: number): number {
  const needle = ch === BACKTICK ? '```' : '~~~';
  let k = from;
  while (k <= t.length) {
    const at = t.indexOf(needle, k);
    if (at < 0) return -1;
    const lineStart = blanksStart(t, at);
    const lineEnd = lineEndAt(t, at);
    const startsLine = lineStart === 0 || t.charCodeAt(lineStart - 1) === LF;
    if (startsLine && isClosingFence(t, at, lineEnd, ch, fenceLength)) return lineStart;
    k = lineEnd + 1;
  }
  return -1;
}

/**
 * The text of the content lines `t[start, end]` (`end` is the position of the last line's end;
 * no line when `start > end`), each line losing the fence's indentation, or the whitespace it has
 * if less. Unindented fences (nearly all) are one slice of the page.
 */
function fenceContent(
  t: string,
  start: number,
  end: number,
  indent: number,
): { text: string; lineIndents: number[] | null } {
  if (indent === 0) return { text: start < end ? t.slice(start, end) : '', lineIndents: null };
  const contentLines: string[] = [];
  let lineIndents: number[] | null = null;
  for (let p = start; p <= end; ) {
    const lineEnd = Math.min(lineEndAt(t, p), end);
    const removed = Math.min(indent, skipBlanks(t, p, lineEnd) - p);
    if (removed !== indent) lineIndents ??= new Array<number>(contentLines.length).fill(indent);
    lineIndents?.push(removed);
    contentLines.push(t.slice(p + removed, lineEnd));
    p = lineEnd + 1;
  }
  return { text: contentLines.join('\n'), lineIndents };
}

/** BOM dropped, CRLF and lone CR become `\n`: line numbers match what editors show. */
function normaliseNewlines(text: string): string {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.includes('\r') ? t.replace(/\r\n?/g, '\n') : t;
}

/**
 * Start of the run of spaces and tabs that ends at `at`: the start of its line when only blanks
 * stand before `at` on it (`lastIndexOf` would find the line start too, but is a slow builtin).
 */
function blanksStart(t: string, at: number): number {
  let k = at;
  while (k > 0 && isBlank(t.charCodeAt(k - 1))) k--;
  return k;
}

/** Length of the fence opened at `at`, or 0 when the line is not an opening fence. */
function openingFence(t: string, at: number, end: number, ch: number): number {
  let k = at;
  while (k < end && t.charCodeAt(k) === ch) k++;
  const length = k - at;
  if (length < 3) return 0;
  if (ch === BACKTICK) {
    const tick = t.indexOf('`', k);
    if (tick >= 0 && tick < end) return 0;
  }
  return length;
}

function isClosingFence(t: string, at: number, end: number, ch: number, min: number): boolean {
  let k = at;
  while (k < end && t.charCodeAt(k) === ch) k++;
  return k - at >= min && skipBlanks(t, k, end) === end;
}

function fileBaseName(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

interface AnnotationInfo {
  readonly isRequest: boolean;
  readonly annotation: Readonly<Record<string, unknown>>;
  /** `null` when missing or unreadable (a name is generated then). */
  readonly name: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

// Linear regexes (no nested quantifiers over overlapping classes) for broken annotation JSON.
const BLOCK_TYPE_RE = /"blockType"\s*:\s*"([^"\\]*)"/;
const NAME_RE = /"name"\s*:\s*"([^"\\]*(?:\\.[^"\\]*)*)"/;

/**
 * Most annotations are strict JSON: the native parser reads them several times faster than
 * jsonc-parser, with the same result (jsonc-parser is the fallback for comments, trailing commas
 * and broken text, and says where the text is broken). `undefined` when it is not strict JSON.
 */
function strictJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Annotation JSON is parsed leniently (comments, trailing commas). When it is broken but the
 * `"blockType": "request"` is still recognisable, the example is kept: with a warning if the
 * name could still be read, with an error (E_ANNOTATION_JSON) if not, because a generated name
 * would silently change the output file names.
 */
function readAnnotation(
  file: string,
  json: string,
  line: number,
  column: number,
): AnnotationInfo {
  const errors: ParseError[] = [];
  // jsonc-parser recurses: an absurdly nested annotation would overflow the stack. Such text is
  // treated as broken JSON, and blockType and name are read with the fallback patterns.
  const tooDeep = findExcessDepth(json, MAX_JSON_DEPTH);
  const parsed: unknown =
    tooDeep >= 0
      ? (errors.push({ error: 1 /* ParseErrorCode.InvalidSymbol */, offset: tooDeep, length: 1 }), null)
      : (strictJson(json) ?? parseJsonc(json, errors, { allowTrailingComma: true, disallowComments: false }));
  const obj: Record<string, unknown> =
    parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  let blockType = typeof obj.blockType === 'string' ? obj.blockType : null;
  let name = typeof obj.name === 'string' && obj.name.trim() !== '' ? obj.name.trim() : null;
  if (errors.length === 0) {
    const isRequest = blockType?.trim().toLowerCase() === 'request';
    const diagnostics: Diagnostic[] = [];
    if (isRequest && obj.name !== undefined && name === null) {
      diagnostics.push({
        severity: 'warning',
        code: 'W_ANNOTATION_JSON',
        message: 'annotation "name" is not a non-empty string; a name is generated',
        location: { file, line, column },
      });
    }
    return { isRequest, annotation: obj, name, diagnostics };
  }

  blockType ??= BLOCK_TYPE_RE.exec(json)?.[1] ?? null;
  if (blockType?.trim().toLowerCase() !== 'request') {
    return { isRequest: false, annotation: obj, name: null, diagnostics: [] };
  }
  if (name === null) {
    const m = NAME_RE.exec(json);
    if (m && m[1]!.trim() !== '') {
      try {
        name = (JSON.parse(`"${m[1]!}"`) as string).trim();
      } catch {
        name = m[1]!.trim();
      }
    }
  }
  const first = errors[0]!;
  const where = offsetLocation(file, json, first.offset, line, column);
  const what = describeJsoncError(first, json);
  const diagnostics: Diagnostic[] =
    name !== null
      ? [
          {
            severity: 'warning',
            code: 'W_ANNOTATION_JSON',
            message: `annotation JSON is invalid (${what}); blockType and name read anyway`,
            location: where,
          },
        ]
      : [
          {
            severity: 'error',
            code: 'E_ANNOTATION_JSON',
            message: `annotation JSON is invalid (${what}) and the example name cannot be read`,
            location: where,
          },
        ];
  return {
    isRequest: true,
    annotation: { ...obj, blockType: 'request', ...(name !== null ? { name } : {}) },
    name,
    diagnostics,
  };
}

/** Offset in a multi-line string that starts at (line, column) of the file. */
function offsetLocation(
  file: string,
  s: string,
  offset: number,
  line: number,
  column: number,
): SourceLocation {
  let l = line;
  let lineStart = 0;
  const end = Math.min(offset, s.length);
  for (let k = 0; k < end; k++) {
    if (s.charCodeAt(k) === LF) {
      l++;
      lineStart = k + 1;
    }
  }
  return { file, line: l, column: (l === line ? column : 1) + (end - lineStart) };
}
