import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * One request example found in a Markdown page: the annotation comment and the fenced block
 * that follows it. No HTTP knowledge here; `http/` parses `content`.
 */
export interface RequestExample {
  /** Page path as given (relative paths stay relative so output is machine-independent). */
  readonly file: string;
  /** Example name from the annotation, or a deterministic one made from file and position. */
  readonly name: string;
  readonly nameWasGenerated: boolean;
  /** 0-based ordinal of this request example within its page. */
  readonly index: number;
  /** Parsed annotation JSON (unknown keys kept, ignored). */
  readonly annotation: Readonly<Record<string, unknown>>;
  /** 1-based line of the annotation comment. */
  readonly line: number;
  /**
   * Text between the fences, with the fence's own indentation removed from each line and
   * line endings normalised to `\n`. Empty when there is no fence (then `diagnostics` says so).
   */
  readonly content: string;
  /** 1-based line of the first content line in the page. */
  readonly contentLine: number;
  /** Columns removed from the start of each content line (indented fences, e.g. in lists). */
  readonly contentIndent: number;
  /**
   * Columns removed from each content line, when some line was less indented than the fence
   * (it loses only the whitespace it has). Absent: every line lost `contentIndent`.
   */
  readonly contentLineIndents?: readonly number[];
  /** Problems found while extracting; an `error` here means the example cannot be parsed. */
  readonly diagnostics: readonly Diagnostic[];
}
