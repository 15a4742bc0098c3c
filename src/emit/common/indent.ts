const TABS: string[] = [''];

/** `depth` tabs, the indentation every language's snippets use (cached: each line asks for one). */
export function tabs(depth: number): string {
  while (TABS.length <= depth) TABS.push(`${TABS[TABS.length - 1]!}\t`);
  return TABS[depth]!;
}
