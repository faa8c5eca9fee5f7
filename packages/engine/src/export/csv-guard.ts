/**
 * Spreadsheets (Excel, WPS) run a cell whose text starts with = + - @ as a formula, and agency names,
 * notes and file names come from outside: such text gets a leading ' so it stays text. Negative numbers
 * (-3) are left as they are. `importCsv` takes the ' back off.
 */
export function guardCsvFormula(field: string): string {
  return /^[=+\-@]/.test(field) && !/^-?\d/.test(field) ? `'${field}` : field;
}
