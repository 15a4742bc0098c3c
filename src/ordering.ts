/**
 * String order by UTF-16 code units: the same on every machine, whatever its locale
 * (`localeCompare` follows the process's ICU locale, and `Array.prototype.sort`'s default
 * compares code units too but cannot be combined with other keys). Outputs, reports and
 * generated argument lists are sorted with it so that they are byte-identical everywhere.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
