import type { Report } from '@gongkai/schema';

/** An autosaved draft. */
export interface Draft {
  savedAt: string;
  report: Report;
  /** Text typed in cells that is not a number (the report holds a blank there), kept exactly. */
  typed?: Record<string, string>;
  /** Cells of a report read by OCR that a person confirmed, with the value confirmed. */
  confirmed?: Record<string, number | null>;
}

const PREFIX = 'gk-draft:';

/**
 * Drafts in localStorage: synchronous, so a draft written as the clerk types survives a reload or a
 * crashed tab. Storage can be unavailable (private mode, quota): then drafts are silently off.
 */
export class DraftStore {
  constructor(readonly key: string) {}

  read(): Draft | undefined {
    try {
      const raw = globalThis.localStorage?.getItem(PREFIX + this.key);
      if (!raw) return undefined;
      const draft = JSON.parse(raw) as Draft;
      return draft && typeof draft.savedAt === 'string' && draft.report ? draft : undefined;
    } catch {
      return undefined;
    }
  }

  write(
    report: Report,
    typed: Record<string, string> = {},
    now = new Date(),
    confirmed: Record<string, number | null> = {},
  ): void {
    const draft: Draft = { savedAt: now.toISOString(), report };
    if (Object.keys(typed).length > 0) draft.typed = typed;
    if (Object.keys(confirmed).length > 0) draft.confirmed = confirmed;
    try {
      globalThis.localStorage?.setItem(PREFIX + this.key, JSON.stringify(draft));
    } catch {
      // Quota or privacy settings: nothing more we can do without nagging.
    }
  }

  clear(): void {
    try {
      globalThis.localStorage?.removeItem(PREFIX + this.key);
    } catch {
      // ignore
    }
  }
}

/** The draft key of a report when the page gives none: the agency and the year. */
export function defaultDraftKey(report: Pick<Report, 'agency' | 'year'>): string {
  return `${report.agency?.name ?? ''}|${report.year ?? ''}`;
}
