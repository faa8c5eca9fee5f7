/** `@gongkai/engine/docx`: reads Word files (.docx) through mammoth. Kept apart so the core bundle stays small. */
export { importDocx } from './import/readers/docx.js';
