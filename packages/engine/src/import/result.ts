import type { Report } from '@gongkai/schema';
import type { Diagnostic } from '../diagnostics.js';

/** What an import gives back: the report, what was noticed on the way, and the kind of input read. */
export interface ImportResult {
  report: Report;
  diagnostics: Diagnostic[];
  kind: 'text' | 'html' | 'csv' | 'json' | 'docx' | 'xlsx' | 'pdf';
}
