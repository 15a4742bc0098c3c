import type { PrimitiveKind } from '../metadata/schema.js';

/**
 * Whether a JSON string is a valid literal of a typed primitive. A value that fails is not
 * turned into `DateTimeOffset.Parse("String (timestamp)")` — code that compiles and then throws
 * — but kept as written in additional data, with a warning.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,7})?)?$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,7})?)?([Zz]|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;
const DURATION = /^-?P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?!$)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const BASE64 = /^(?:[A-Za-z0-9+/_-]{4})*(?:[A-Za-z0-9+/_-]{2}(?:==)?|[A-Za-z0-9+/_-]{3}=?)?$/;

function validDay(y: string, m: string, d: string): boolean {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

export function isValidPrimitiveText(kind: PrimitiveKind, text: string): boolean {
  switch (kind) {
    case 'date': {
      const m = DATE.exec(text);
      return m !== null && validDay(m[1]!, m[2]!, m[3]!);
    }
    case 'timeOfDay':
      return TIME.test(text);
    case 'dateTimeOffset': {
      const m = DATE_TIME.exec(text);
      return m !== null && validDay(m[1]!, m[2]!, m[3]!);
    }
    case 'duration':
      return DURATION.test(text) && !text.endsWith('T');
    case 'guid':
      return GUID.test(text);
    case 'binary':
      return BASE64.test(text);
    default:
      return true;
  }
}
