/** Loads exceljs on demand (a CommonJS package: its API is the default export under ESM, the module under types). */
export async function loadExcel(): Promise<typeof import('exceljs')> {
  const mod = (await import('exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
  return mod.default ?? mod;
}
