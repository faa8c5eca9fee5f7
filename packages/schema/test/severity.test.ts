import { describe, expect, test } from 'vitest';
import { bySeverity, SEVERITIES, type Severity } from '../src/index.js';

describe('severity order', () => {
  test('errors first, then warnings, then infos; a stable sort keeps equals in their order', () => {
    expect(SEVERITIES).toEqual(['error', 'warning', 'info']);
    const items: { severity: Severity; n: number }[] = [
      { severity: 'info', n: 1 },
      { severity: 'error', n: 2 },
      { severity: 'warning', n: 3 },
      { severity: 'error', n: 4 },
    ];
    expect([...items].sort(bySeverity).map((i) => i.n)).toEqual([2, 4, 3, 1]);
  });
});
