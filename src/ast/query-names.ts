import { anyCaseLookup } from '../any-case.js';

/**
 * The SDKs' spelling of the custom query parameters the docs spell otherwise. Kiota names a
 * query parameter after the API description (`startDateTime`: C# `StartDateTime`, Python
 * `start_date_time`, TypeScript `startDateTime`); the docs write some in another case
 * (`…/calendarView/delta?startdatetime=…` on the event-delta page). The service reads either,
 * but a parameter named after the docs' spelling does not exist in the SDKs: C# does not compile,
 * Python raises a TypeError, and TypeScript leaves it out of the URL (its URI template has only
 * `startDateTime`). The names are those of the SDKs' URI templates (msgraph-sdk-users,
 * `users/item/calendarView/delta`: `?endDateTime={endDateTime}&startDateTime={startDateTime}`).
 */
const SDK_QUERY_PARAMETERS = ['startDateTime', 'endDateTime', 'includeHiddenFolders', 'includeHiddenMessages'];

const sdkSpelling = anyCaseLookup(() => SDK_QUERY_PARAMETERS.map((name) => [name, name] as const));

/** The SDKs' spelling of a custom query parameter written `name`, when it is spelt otherwise; else `null`. */
export function sdkQueryParameterSpelling(name: string): string | null {
  const sdk = sdkSpelling(name);
  return sdk !== undefined && sdk !== name ? sdk : null;
}
