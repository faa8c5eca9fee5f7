/** `@gongkai/engine/xlsx`: writes and reads .xlsx workbooks through exceljs. Kept apart so the core bundle stays small. */
export { toXlsx } from './export/xlsx.js';
export { importXlsx } from './import/readers/xlsx.js';
