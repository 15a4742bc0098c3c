import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { describeJsoncError } from '../docs/jsonc-error.js';
import { parseJsonTree } from './json-tree.js';
import type { HttpBody, JsonNode } from './types.js';
import { findExcessDepth, MAX_JSON_DEPTH } from '../limits.js';

/** Bodies above this are refused before any parsing (no example is anywhere near it). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export type BodyResult =
  | { readonly ok: true; readonly body: HttpBody; readonly warnings: Diagnostic[] }
  | { readonly ok: false; readonly error: Diagnostic };

/** `application/json`, `…+json`, `text/json`, with or without parameters. */
export function isJsonMediaType(contentType: string): boolean {
  const media = contentType.split(';')[0]!.trim().toLowerCase();
  return media === 'application/json' || media === 'text/json' || media.endsWith('+json');
}

/**
 * Parses a request body. JSON when the Content-Type is JSON or absent and the text starts like
 * JSON (`{`, `[`, or a comment); anything else (text/plain, images, multipart, placeholders such
 * as `<bytes 0-25 of the file>`) is a raw body and never an error.
 */
export function parseBody(
  text: string,
  contentType: string | null,
  locate: (offset: number) => SourceLocation,
): BodyResult {
  if (text.length > MAX_BODY_BYTES / 4 && Buffer.byteLength(text, 'utf8') > MAX_BODY_BYTES) {
    return {
      ok: false,
      error: {
        severity: 'error',
        code: 'E_BODY_TOO_LARGE',
        message: `request body is larger than ${MAX_BODY_BYTES / (1024 * 1024)} MB`,
        location: locate(0),
      },
    };
  }
  const jsonAllowed = contentType === null || isJsonMediaType(contentType);
  if (!jsonAllowed || !looksLikeJson(text)) {
    return { ok: true, body: { kind: 'raw', text, contentType }, warnings: [] };
  }

  const parsed = parseJsonTree(nbspToSpace(text));
  // Too deep is reported before any syntax error, wherever each is: the depth limit is checked
  // by its own scan of brackets, which a valid body within the limit always passes.
  if (!parsed.ok || parsed.depth > MAX_JSON_DEPTH) {
    const tooDeep = findExcessDepth(text, MAX_JSON_DEPTH);
    if (tooDeep >= 0) {
      return {
        ok: false,
        error: {
          severity: 'error',
          code: 'E_BODY_TOO_DEEP',
          message: `JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`,
          location: locate(tooDeep),
        },
      };
    }
  }
  if (!parsed.ok) {
    return {
      ok: false,
      error: {
        severity: 'error',
        code: 'E_BODY_JSON',
        message: `invalid JSON body: ${describeJsoncError(parsed.error, text)}`,
        location: locate(parsed.error.offset),
      },
    };
  }
  const warnings = parsed.duplicateKeys.length > 0 ? duplicateKeyWarnings(parsed.duplicateKeys, locate) : [];
  return { ok: true, body: { kind: 'json', text, root: parsed.root }, warnings };
}

function looksLikeJson(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c === ' ' || c === '\t' || c === '\n') continue;
    return c === '{' || c === '[' || (c === '/' && (text[k + 1] === '/' || text[k + 1] === '*'));
  }
  return false;
}

/**
 * No-break spaces outside strings become spaces: pasted indentation in the docs carries them
 * (user-update-mailboxsettings.md) and they are whitespace to any reader. Same length, so node
 * offsets still point into the text as written.
 */
function nbspToSpace(text: string): string {
  if (!text.includes('\u00a0')) return text;
  let out = '';
  let last = 0;
  let inString = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (inString) {
      if (c === '\\') k++;
      else if (c === '"' || c === '\n') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '\u00a0') {
      out += text.slice(last, k) + ' ';
      last = k + 1;
    }
  }
  return out + text.slice(last);
}

/** W_DUPLICATE_KEY at every repeated key (the parser lists them in document order). */
function duplicateKeyWarnings(keys: readonly JsonNode[], locate: (offset: number) => SourceLocation): Diagnostic[] {
  return keys.map((key) => ({
    severity: 'warning',
    code: 'W_DUPLICATE_KEY',
    message: `duplicate key "${String(key.value)}" in JSON body`,
    location: locate(key.offset),
  }));
}
