import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ruleById, rules } from '../../src/index.js';

// FORMAT.md's rule table is the public contract: every id in it is in the catalogue, in its order.
const spec = readFileSync(fileURLToPath(new URL('../../../../docs/spec/FORMAT.md', import.meta.url)), 'utf8');
const specRules = [...spec.matchAll(/^\| `([a-z-]+\.[a-z-]+)` \| (error|warning) \|/gm)].map((m) => ({
  id: m[1] as string,
  severity: m[2] as string,
}));

describe('the rule catalogue', () => {
  test('lists exactly the rules of FORMAT.md, in its order and with its severities', () => {
    expect(specRules.length).toBeGreaterThan(10);
    expect(rules.map((r) => ({ id: r.id, severity: r.severity }))).toEqual(specRules);
  });

  test('every rule has a title and an explanation in both languages and applies to some format', () => {
    for (const rule of rules) {
      for (const text of [rule.title, rule.explanation]) {
        expect(text.zh.length, rule.id).toBeGreaterThan(2);
        expect(text.en.length, rule.id).toBeGreaterThan(2);
      }
      expect(rule.versions.length, rule.id).toBeGreaterThan(0);
    }
  });

  test('ruleById finds each rule and nothing else', () => {
    for (const rule of rules) expect(ruleById(rule.id)).toBe(rule);
    expect(ruleById('no.such-rule')).toBeUndefined();
  });
});
