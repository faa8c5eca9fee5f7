import type { TableFormats } from '@gongkai/schema';
import type { DiagnosticCollector } from '../diagnostics/collector.js';
import type { Walk } from '../walk/walk.js';

/** Column headers read through an alias or a damaged form (本年度止件数 → 本年废止件数). */
export function reportHeaderVariants(walk: Walk, formats: TableFormats, diag: DiagnosticCollector): void {
  for (const header of walk.headers) {
    for (const c of header.columns) {
      if (c.via === 'label' || c.entry.version !== formats[c.entry.table]) continue;
      diag.add(
        'label.variant',
        { text: c.text, label: c.entry.column.label.zh },
        { line: c.line, section: c.entry.table, source: c.text },
      );
    }
  }
}
