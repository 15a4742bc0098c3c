/**
 * Path rewrites that follow the SDKs' shape, applied before resolution so that all three
 * languages agree (sdk-conventions.md §0, "Drive remaps").
 *
 * The Kiota Graph SDKs expose `me.drive`, `users[id].drive`, `groups[id].drive` and
 * `sites[id].drive` with `get()` only: no `root`, `items` or `children` below them. Everything
 * under a drive is reached through `drives[drive-id]`, and the drive root is the item `root`.
 * So `/me/drive/root/children` becomes `/drives/{drive-id}/items/root/children` and
 * `/me/drive/items/{id}` becomes `/drives/{drive-id}/items/{id}`.
 */
const DRIVE_OWNER = /^\/(?:(?:me|users\/[^/]+|groups\/[^/]+|sites\/[^/]+)\/)?drive(?=\/)/i;

/** `/drives/{id}/root:/a/b.txt:`: a path-based address is an item key (`items['root:/a/b.txt:']`). */
const DRIVES_ROOT_BY_PATH = /^(\/drives\/[^/]+)\/(root:)/i;

export function remapForSdk(path: string): string {
  if (DRIVES_ROOT_BY_PATH.test(path)) return path.replace(DRIVES_ROOT_BY_PATH, '$1/items/$2');
  const m = DRIVE_OWNER.exec(path);
  if (!m) return path;
  const rest = path.slice(m[0].length);
  if (/^\/root(?=$|[/:])/i.test(rest)) return `/drives/{drive-id}/items/root${rest.slice('/root'.length)}`;
  return `/drives/{drive-id}${rest}`;
}
