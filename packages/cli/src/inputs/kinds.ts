/** File extensions the importers read; other files met in a folder are skipped. */
export const REPORT_EXTENSIONS = new Set([
  'json',
  'txt',
  'html',
  'htm',
  'shtml',
  'csv',
  'docx',
  'xlsx',
  'pdf',
]);

/** Extensions of files that hold one report JSON per line. */
export const NDJSON_EXTENSIONS = new Set(['ndjson', 'jsonl']);

/** The lower-case extension of a path, without the dot. */
export function extensionOf(path: string): string {
  return path.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
}
