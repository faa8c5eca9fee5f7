/**
 * The few engine functions the components call, with the shapes they rely on. Kept behind one seam so
 * the read-only report can load the engine lazily (it is not needed to display a report) while the
 * editor links it directly.
 */
import type { Finding } from '@gongkai/engine';
import type { Label, Locale, Report } from '@gongkai/schema';

export type { Finding };

/** A rule of the format as the findings list explains it. */
export interface RuleInfo {
  id: string;
  severity: Finding['severity'];
  title: Label;
  explanation: Label;
}

export interface EngineApi {
  validate(report: Report, options: { locale?: Locale; previous?: unknown }): Finding[];
  computeTotals(report: Report): { report: Report; derived: string[] };
  ruleById(id: string): RuleInfo | undefined;
}

/** Wraps the engine module; a function it does not export yet degrades to "nothing to report". */
export function engineApi(module: object): EngineApi {
  const m = module as Partial<EngineApi>;
  return {
    validate: (report, options) => (m.validate ? m.validate(report, options) : []),
    computeTotals: (report) => (m.computeTotals ? m.computeTotals(report) : { report, derived: [] }),
    ruleById: (id) => m.ruleById?.(id),
  };
}

let loading: Promise<EngineApi> | undefined;

/** The engine, loaded on first use (a separate chunk in the CDN bundle). */
export function loadEngine(): Promise<EngineApi> {
  loading ??= import('@gongkai/engine').then(engineApi);
  return loading;
}
