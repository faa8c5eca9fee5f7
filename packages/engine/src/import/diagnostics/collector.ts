import type { Locale, SectionId } from '@gongkai/schema';
import type { Diagnostic } from '../../diagnostics.js';
import { type DiagnosticParams, diagnosticDef, type ImportDiagnosticCode } from './catalogue.js';

// A damaged input must not drown its reader (or the caller's memory) in diagnostics.
const MAX_DIAGNOSTICS = 300;

export interface Where {
  line?: number;
  section?: SectionId;
  path?: string;
  source?: string;
}

/** One diagnostic of the catalogue, worded in a locale, with its fixed severity. */
export function diagnosticOf<C extends ImportDiagnosticCode>(
  code: C,
  params: DiagnosticParams<C>,
  locale: Locale,
): Diagnostic {
  const def = diagnosticDef(code);
  return { code, severity: def.severity, message: def.words(params)[locale] };
}

/** Collects an import's diagnostics in the caller's locale, capped. */
export class DiagnosticCollector {
  readonly list: Diagnostic[] = [];
  private dropped = 0;

  constructor(readonly locale: Locale) {}

  add<C extends ImportDiagnosticCode>(code: C, params: DiagnosticParams<C>, where: Where = {}): void {
    if (this.list.length >= MAX_DIAGNOSTICS) {
      this.dropped++;
      return;
    }
    const d = diagnosticOf(code, params, this.locale);
    if (where.line !== undefined) d.line = where.line;
    if (where.section !== undefined) d.section = where.section;
    if (where.path !== undefined) d.path = where.path;
    if (where.source !== undefined) d.source = where.source.slice(0, 200);
    this.list.push(d);
  }

  /** The diagnostics, with a last one saying how many were left out. */
  done(): Diagnostic[] {
    if (this.dropped > 0) {
      this.list.push(diagnosticOf('diagnostics.truncated', { count: this.dropped }, this.locale));
      this.dropped = 0;
    }
    return this.list;
  }
}
