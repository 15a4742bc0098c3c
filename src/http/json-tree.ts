import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  CR,
  DOT,
  DOUBLE_QUOTE,
  LF,
  LOWER_E,
  MINUS,
  NINE,
  OPEN_BRACE,
  OPEN_BRACKET,
  PLUS,
  SLASH,
  SPACE,
  STAR,
  TAB,
  UPPER_E,
  ZERO,
} from '../char-codes.js';
import type { JsonNode, JsonNodeType } from './types.js';
import { hexDigitValue } from '../text-scan.js';

/**
 * Error codes, numbered as jsonc-parser's `ParseErrorCode` (messages are made from these names
 * by `describeJsoncError`, and bodies were once parsed with jsonc-parser: the numbers keep them).
 */
export const JsonErrorCode = {
  InvalidSymbol: 1,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  UnexpectedEndOfComment: 11,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;

/** The first problem in the text: what jsonc-parser would report first, at the same offset. */
export interface JsonSyntaxError {
  readonly error: number;
  readonly offset: number;
}

export type JsonTreeResult =
  | {
      readonly ok: true;
      readonly root: JsonNode;
      /** Most objects and arrays open at one point (1 for `{}`). */
      readonly depth: number;
      /** Key nodes that repeat an earlier key of their object, in document order. */
      readonly duplicateKeys: readonly JsonNode[];
    }
  | { readonly ok: false; readonly error: JsonSyntaxError };

/**
 * Parses JSON with comments and trailing commas into the tree jsonc-parser's `parseTree`
 * builds (same node types, offsets, lengths, values, key order and repeated keys; no `parent`
 * or `colonOffset`), and fails at the first error jsonc-parser would report (same code, same
 * offset). It is several times faster than jsonc-parser, whose callback-driven visitor made
 * body parsing a large part of the pipeline, because it stops at the first error (bodies are
 * refused on any error, so jsonc-parser's recovery was never used) and builds nodes directly.
 *
 * Iterative: nesting costs no stack, so any depth parses (callers decide how deep is too deep).
 */
export function parseJsonTree(text: string): JsonTreeResult {
  const parser = new JsonTreeParser(text);
  try {
    const root = parser.parse();
    return { ok: true, root, depth: parser.maxDepth, duplicateKeys: parser.duplicateKeys };
  } catch (e) {
    if (e instanceof JsonSyntaxFailure) return { ok: false, error: { error: e.code, offset: e.offset } };
    throw e;
  }
}

/** Thrown at the first error: unwinds the parse at once (not an `Error`: no stack to capture). */
class JsonSyntaxFailure {
  constructor(
    readonly code: number,
    readonly offset: number,
  ) {}
}

/** Nodes as built: lengths of open containers and properties are filled in when they close. */
interface MutableNode {
  type: JsonNodeType;
  value?: string | number | boolean | null;
  offset: number;
  length: number;
  children?: MutableNode[];
}

// Tokens (trivia never reaches the parser: the scanner skips it).
const enum Token {
  EOF,
  OPEN_BRACE,
  CLOSE_BRACE,
  OPEN_BRACKET,
  CLOSE_BRACKET,
  COMMA,
  COLON,
  STRING,
  NUMBER,
  TRUE,
  FALSE,
  NULL,
}

/** What makes a string need the character by character scan: an escape, or a control character. */
const ESCAPE_OR_CONTROL_RE = /[\u0000-\u001f\\]/;

/** Objects with more members than this check repeated keys with a set instead of a scan. */
const LINEAR_KEY_CHECK_LIMIT = 16;

class JsonTreeParser {
  maxDepth = 0;
  readonly duplicateKeys: MutableNode[] = [];

  private pos = 0;
  private token = Token.EOF;
  private tokenOffset = 0;
  /** Decoded value of a STRING token, or the value of a NUMBER token. */
  private tokenValue: string | number = '';
  /** The key of the object member whose value is parsed next. */
  private key: MutableNode | null = null;
  /** Key sets of the large objects (see LINEAR_KEY_CHECK_LIMIT), made when first needed. */
  private keySets: Map<MutableNode, Set<string>> | null = null;

  constructor(private readonly text: string) {}

  /**
   * jsonc-parser's grammar, as a loop over a stack of open objects and arrays. At each step
   * either a value must start at the current token (`expectValue`), or the innermost container
   * continues: `,` then a member, or its closing token.
   */
  parse(): JsonNode {
    const stack: MutableNode[] = [];
    let expectValue = true;
    let needsComma = false;
    let root: MutableNode | null = null;
    this.scan();
    while (root === null) {
      if (expectValue) {
        const token = this.token;
        if (token === Token.OPEN_BRACE || token === Token.OPEN_BRACKET) {
          const node: MutableNode = {
            type: token === Token.OPEN_BRACE ? 'object' : 'array',
            offset: this.tokenOffset,
            length: -1,
            children: [],
          };
          if (stack.length > 0) this.attach(stack[stack.length - 1]!, node);
          stack.push(node);
          if (stack.length > this.maxDepth) this.maxDepth = stack.length;
          this.scan();
          expectValue = false;
          needsComma = false;
          continue;
        }
        const node = this.scalar();
        this.scan();
        if (stack.length === 0) {
          root = node;
          break;
        }
        const parent = stack[stack.length - 1]!;
        this.attach(parent, node);
        completeProperty(parent, node.offset + node.length);
        expectValue = false;
        needsComma = true;
        continue;
      }

      const container = stack[stack.length - 1]!;
      const isObject = container.type === 'object';
      const close = isObject ? Token.CLOSE_BRACE : Token.CLOSE_BRACKET;
      let token = this.token;
      if (token === Token.COMMA) {
        if (!needsComma) this.fail(JsonErrorCode.ValueExpected);
        this.scan();
        token = this.token; // a trailing comma may stand before the closing token
      } else if (token !== close) {
        if (token === Token.EOF) {
          this.fail(isObject ? JsonErrorCode.CloseBraceExpected : JsonErrorCode.CloseBracketExpected);
        }
        if (needsComma) this.fail(JsonErrorCode.CommaExpected);
      }
      if (token === close) {
        const end = this.tokenOffset + 1;
        container.length = end - container.offset;
        stack.pop();
        this.scan();
        if (stack.length === 0) {
          root = container;
          break;
        }
        completeProperty(stack[stack.length - 1]!, end);
        needsComma = true;
        continue;
      }
      if (isObject) this.property(container);
      expectValue = true;
    }
    if (this.token !== Token.EOF) this.fail(JsonErrorCode.EndOfFileExpected);
    return root as JsonNode;
  }

  /**
   * `"key" :` of an object member: the key node (its property is made with the value, in
   * `attach`, so that it has both children at once) and the repeated-key check.
   */
  private property(object: MutableNode): void {
    if (this.token !== Token.STRING) this.fail(JsonErrorCode.PropertyNameExpected);
    const name = this.tokenValue as string;
    const key: MutableNode = {
      type: 'string',
      value: name,
      offset: this.tokenOffset,
      length: this.pos - this.tokenOffset,
    };
    if (this.isRepeatedKey(object, name)) this.duplicateKeys.push(key);
    this.key = key;
    if (this.scan() !== Token.COLON) this.fail(JsonErrorCode.ColonExpected);
    this.scan();
  }

  /** Adds a value (complete, or an opening container) to an array, or to an object as a property. */
  private attach(container: MutableNode, node: MutableNode): void {
    if (container.type === 'array') {
      container.children!.push(node);
      return;
    }
    const key = this.key!;
    container.children!.push({ type: 'property', offset: key.offset, length: -1, children: [key, node] });
  }

  /** Whether `object` already has a member named `name` (called before the member is added). */
  private isRepeatedKey(object: MutableNode, name: string): boolean {
    const members = object.children!;
    if (members.length < LINEAR_KEY_CHECK_LIMIT) {
      for (let k = 0; k < members.length; k++) if (members[k]!.children![0]!.value === name) return true;
      return false;
    }
    this.keySets ??= new Map();
    let keys = this.keySets.get(object);
    if (keys === undefined) {
      keys = new Set();
      for (const member of members) keys.add(member.children![0]!.value as string);
      this.keySets.set(object, keys);
    }
    if (keys.has(name)) return true;
    keys.add(name);
    return false;
  }

  /**
   * The string, number or literal node at the current token; ValueExpected when there is none.
   * (Value nodes list `value` last and key nodes first, as jsonc-parser's do.)
   */
  private scalar(): MutableNode {
    const offset = this.tokenOffset;
    const length = this.pos - offset;
    switch (this.token) {
      case Token.STRING:
        return { type: 'string', offset, length, value: this.tokenValue };
      case Token.NUMBER:
        return { type: 'number', offset, length, value: this.tokenValue };
      case Token.TRUE:
        return { type: 'boolean', offset, length, value: true };
      case Token.FALSE:
        return { type: 'boolean', offset, length, value: false };
      case Token.NULL:
        return { type: 'null', offset, length, value: null };
      default:
        return this.fail(JsonErrorCode.ValueExpected);
    }
  }

  private fail(code: number, offset = this.tokenOffset): never {
    throw new JsonSyntaxFailure(code, offset);
  }

  /**
   * Moves to the next token, skipping whitespace (space, tab, line breaks) and comments. Text
   * jsonc-parser's scanner would flag (an unknown symbol, a bad string, number or comment)
   * fails here, at the start of that token, as its parser reports it. Returns the token.
   */
  private scan(): number {
    const text = this.text;
    const len = text.length;
    let pos = this.pos;
    for (;;) {
      if (pos >= len) {
        this.token = Token.EOF;
        this.tokenOffset = len;
        this.pos = len;
        return Token.EOF;
      }
      const c = text.charCodeAt(pos);
      if (c === SPACE || c === LF || c === TAB || c === CR) {
        pos++;
        continue;
      }
      this.tokenOffset = pos;
      switch (c) {
        case OPEN_BRACE:
          this.pos = pos + 1;
          return (this.token = Token.OPEN_BRACE);
        case CLOSE_BRACE:
          this.pos = pos + 1;
          return (this.token = Token.CLOSE_BRACE);
        case OPEN_BRACKET:
          this.pos = pos + 1;
          return (this.token = Token.OPEN_BRACKET);
        case CLOSE_BRACKET:
          this.pos = pos + 1;
          return (this.token = Token.CLOSE_BRACKET);
        case COMMA:
          this.pos = pos + 1;
          return (this.token = Token.COMMA);
        case COLON:
          this.pos = pos + 1;
          return (this.token = Token.COLON);
        case DOUBLE_QUOTE:
          this.scanString(pos);
          return this.token;
        case SLASH:
          pos = this.skipComment(pos);
          continue;
        default:
          if ((c >= ZERO && c <= NINE) || c === MINUS) this.scanNumber(pos);
          else this.scanWord(pos);
          return this.token;
      }
    }
  }

  /** Skips the comment at `start` and returns the position after it. */
  private skipComment(start: number): number {
    const text = this.text;
    const next = text.charCodeAt(start + 1);
    if (next === SLASH) {
      let k = start + 2;
      while (k < text.length) {
        const c = text.charCodeAt(k);
        if (c === LF || c === CR) break;
        k++;
      }
      return k;
    }
    if (next === STAR) {
      const close = text.indexOf('*/', start + 2);
      if (close < 0) this.fail(JsonErrorCode.UnexpectedEndOfComment, start);
      return close + 2;
    }
    return this.fail(JsonErrorCode.InvalidSymbol, start); // a lone slash
  }

  /**
   * A string token starting at the quote at `start`. Most strings have no escape: their value is
   * one slice. A bad escape or control character does not stop the scan (jsonc-parser reports
   * the last problem of the string, and a line break or the end of the text above all).
   */
  private scanString(start: number): void {
    const text = this.text;
    // The usual string, up to the next quote with no escape or control character in it, is found
    // by native searches instead of a loop over its characters.
    const close = text.indexOf('"', start + 1);
    if (close >= 0) {
      const value = text.slice(start + 1, close);
      if (!ESCAPE_OR_CONTROL_RE.test(value)) {
        this.tokenValue = value;
        this.token = Token.STRING;
        this.pos = close + 1;
        return;
      }
    }
    const len = text.length;
    let k = start + 1;
    let chunkStart = k;
    let value = '';
    let problem = 0;
    for (;;) {
      if (k >= len) this.fail(JsonErrorCode.UnexpectedEndOfString, start);
      const c = text.charCodeAt(k);
      if (c === DOUBLE_QUOTE) break;
      if (c === BACKSLASH) {
        value += text.slice(chunkStart, k);
        k++;
        if (k >= len) this.fail(JsonErrorCode.UnexpectedEndOfString, start);
        const e = text.charCodeAt(k++);
        switch (e) {
          case DOUBLE_QUOTE:
            value += '"';
            break;
          case BACKSLASH:
            value += '\\';
            break;
          case SLASH:
            value += '/';
            break;
          case 0x62: // b
            value += '\b';
            break;
          case 0x66: // f
            value += '\f';
            break;
          case 0x6e: // n
            value += '\n';
            break;
          case 0x72: // r
            value += '\r';
            break;
          case 0x74: // t
            value += '\t';
            break;
          case 0x75: {
            // u: exactly four hex digits; fewer is an error, and the scan goes on after them.
            let code = 0;
            let digits = 0;
            for (; digits < 4; digits++) {
              const h = hexDigitValue(text.charCodeAt(k));
              if (h < 0) break;
              code = code * 16 + h;
              k++;
            }
            if (digits === 4) value += String.fromCharCode(code);
            else problem = JsonErrorCode.InvalidUnicode;
            break;
          }
          default:
            problem = JsonErrorCode.InvalidEscapeCharacter;
        }
        chunkStart = k;
        continue;
      }
      if (c < SPACE) {
        if (c === LF || c === CR) this.fail(JsonErrorCode.UnexpectedEndOfString, start);
        problem = JsonErrorCode.InvalidCharacter;
      }
      k++;
    }
    if (problem !== 0) this.fail(problem, start);
    this.tokenValue = chunkStart === start + 1 ? text.slice(chunkStart, k) : value + text.slice(chunkStart, k);
    this.token = Token.STRING;
    this.pos = k + 1;
  }

  /**
   * A number token at `start` (a digit, or `-`). As jsonc-parser scans it: `0` or digits, an
   * optional fraction and exponent; a `-` without a digit is an unknown symbol, a `.` or exponent
   * without digits an unexpected end of number. What follows (`01`, `1x`) is the next token.
   */
  private scanNumber(start: number): void {
    const text = this.text;
    const len = text.length;
    let k = start;
    const negative = text.charCodeAt(k) === MINUS;
    if (negative) {
      k++;
      if (!isDigit(text.charCodeAt(k))) this.fail(JsonErrorCode.InvalidSymbol, start);
    }
    let integer = 0;
    if (text.charCodeAt(k) === ZERO) {
      k++;
    } else {
      while (k < len && isDigit(text.charCodeAt(k))) integer = integer * 10 + text.charCodeAt(k++) - ZERO;
    }
    let isInteger = true;
    if (text.charCodeAt(k) === DOT) {
      isInteger = false;
      k++;
      if (!isDigit(text.charCodeAt(k))) this.fail(JsonErrorCode.UnexpectedEndOfNumber, start);
      while (isDigit(text.charCodeAt(k))) k++;
    }
    const e = text.charCodeAt(k);
    if (e === LOWER_E || e === UPPER_E) {
      isInteger = false;
      k++;
      const sign = text.charCodeAt(k);
      if (sign === PLUS || sign === MINUS) k++;
      if (!isDigit(text.charCodeAt(k))) this.fail(JsonErrorCode.UnexpectedEndOfNumber, start);
      while (isDigit(text.charCodeAt(k))) k++;
    }
    // Short integers are exact as accumulated; anything else is read as JavaScript reads it.
    const digits = k - start - (negative ? 1 : 0);
    this.tokenValue = isInteger && digits <= 15 ? (negative ? -integer : integer) : Number(text.slice(start, k));
    this.token = Token.NUMBER;
    this.pos = k;
  }

  /** A run of characters that are not JSON punctuation or whitespace: `true`, `false`, `null`. */
  private scanWord(start: number): void {
    const text = this.text;
    let k = start + 1;
    while (k < text.length && isWordCharacter(text.charCodeAt(k))) k++;
    const length = k - start;
    if (length === 4 && text.startsWith('true', start)) this.token = Token.TRUE;
    else if (length === 5 && text.startsWith('false', start)) this.token = Token.FALSE;
    else if (length === 4 && text.startsWith('null', start)) this.token = Token.NULL;
    else this.fail(JsonErrorCode.InvalidSymbol, start);
    this.pos = k;
  }
}

/** A property ends with its value: called when a value of `container` (if an object) ends at `end`. */
function completeProperty(container: MutableNode, end: number): void {
  if (container.type !== 'object') return;
  const children = container.children!;
  const property = children[children.length - 1]!;
  property.length = end - property.offset;
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

/** jsonc-parser's "unknown content" characters: anything but whitespace, line breaks, `{}[]":,/`. */
function isWordCharacter(c: number): boolean {
  switch (c) {
    case SPACE:
    case TAB:
    case LF:
    case CR:
    case OPEN_BRACE:
    case CLOSE_BRACE:
    case OPEN_BRACKET:
    case CLOSE_BRACKET:
    case DOUBLE_QUOTE:
    case COLON:
    case COMMA:
    case SLASH:
      return false;
    default:
      return true;
  }
}
