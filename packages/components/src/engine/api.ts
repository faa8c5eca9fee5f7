/**
 * The few engine functions the components call. Behind one seam so the read-only report can load the
 * engine lazily (it is not needed to display a report) while the editor links it directly.
 */
import type { Finding, RuleDef } from '@gongkai/engine';
import type { Locale, Report } from '@gongkai/schema';

export type { Finding };

/** A rule of the format as the findings list explains it. */
export type RuleInfo = Pick<RuleDef, 'id' | 'severity' | 'title' | 'explanation'>;

export interface EngineApi {
  validate(report: Report, options: { locale?: Locale; previous?: Report }): Finding[];
  ruleById(id: string): RuleInfo | undefined;
}

let loading: Promise<EngineApi> | undefined;

/** The engine's checks, loaded on first use (its own file beside the CDN bundle). */
export function loadEngine(): Promise<EngineApi> {
  loading ??= import('@gongkai/engine').catch((error: unknown) => {
    loading = undefined; // a failed download (offline) is retried next time
    throw error;
  });
  return loading;
}
