const TABS: string[] = [''];

/** `depth` tabs, the indentation every language's snippets use (cached: each line asks for one). */
export function tabs(depth: number): string {
  while (TABS.length <= depth) TABS.push(`${TABS[TABS.length - 1]!}\t`);
  return TABS[depth]!;
}

const OPEN_BRACES: string[] = [];
const CLOSE_BRACES: string[] = [];

/** `depth` tabs then `{` (cached: every C# block opens with one, so it is not rebuilt per block). */
export function openBrace(depth: number): string {
  return (OPEN_BRACES[depth] ??= `${tabs(depth)}{`);
}

/** `depth` tabs then `}` (cached as {@link openBrace}). */
export function closeBrace(depth: number): string {
  return (CLOSE_BRACES[depth] ??= `${tabs(depth)}}`);
}
