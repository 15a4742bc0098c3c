/**
 * String order by UTF-16 code units: the same on every machine, whatever its locale
 * (`localeCompare` follows the process's ICU locale). Outputs, reports and generated argument
 * lists are sorted in it so that they are byte-identical everywhere. `Array.prototype.sort`'s
 * default order is the same for strings, compared natively: long plain lists of strings (the
 * input pages, the output files) use it; this comparator is for orders with other keys.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
