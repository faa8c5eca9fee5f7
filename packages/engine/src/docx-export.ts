/**
 * `@gongkai/engine/docx-export`: writes the report as a Word file in the official template's layout.
 * Kept apart (the `docx` library is heavy) so the core bundle and the reader stay small.
 */
export { type DocxOptions, toDocx } from './export/docx/document.js';
