// The components read `lang` from the document when the element has none; Chinese is the default
// every page of a portal has. Vitest's runner page says `en`.
document.documentElement.lang = 'zh-CN';

// Browser tests stay free of errors and warnings: anything logged fails the test that logged it.
import { afterEach, beforeEach, expect } from 'vitest';

const logged: string[] = [];
const original = { error: console.error, warn: console.warn };
beforeEach(() => {
  logged.length = 0;
  console.error = (...args: unknown[]) => {
    logged.push(args.map(String).join(' '));
    original.error(...args);
  };
  console.warn = (...args: unknown[]) => {
    logged.push(args.map(String).join(' '));
    original.warn(...args);
  };
});
afterEach(() => {
  console.error = original.error;
  console.warn = original.warn;
  expect(logged, 'console output during the test').toEqual([]);
});
