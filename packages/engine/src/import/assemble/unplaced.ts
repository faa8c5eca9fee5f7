import type { DiagnosticCollector } from '../diagnostics/collector.js';
import type { Line } from '../lines/lines.js';
import type { Walk } from '../walk/walk.js';

/** Text that went nowhere: one diagnostic per run of consecutive lines. */
export function reportUnplaced(walk: Walk, titleLine: number | undefined, diag: DiagnosticCollector): void {
  const runs = (lines: readonly Line[], code: 'text.preamble' | 'text.unplaced') => {
    let start: Line | undefined;
    let last = -2;
    let count = 0;
    const flush = () => {
      if (start)
        diag.add(
          code,
          { line: start.no, count, text: start.text.slice(0, 60) },
          { line: start.no, source: start.text },
        );
    };
    for (const line of lines) {
      if (line.no === titleLine) continue;
      if (line.no !== last + 1 || !start) {
        flush();
        start = line;
        count = 0;
      }
      count++;
      last = line.no;
    }
    flush();
  };
  runs(walk.preamble, 'text.preamble');
  runs(walk.unplaced, 'text.unplaced');
}
