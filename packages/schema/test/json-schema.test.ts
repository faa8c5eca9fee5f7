import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { reportJsonSchema } from '../src/json-schema.js';

const file = fileURLToPath(new URL('../report.schema.json', import.meta.url));

// `pnpm --filter @gongkai/schema json-schema` rewrites the file; this test fails when it is stale.
test('report.schema.json is generated from the zod schema and up to date', () => {
  const fresh = `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
  if (process.env.UPDATE_JSON_SCHEMA) writeFileSync(file, fresh);
  expect(readFileSync(file, 'utf8'), 'run: pnpm --filter @gongkai/schema json-schema').toBe(fresh);
});

test('the JSON Schema is draft 2020-12, closed, and says blank is null', () => {
  // biome-ignore lint/suspicious/noExplicitAny: walking a JSON document
  const schema = reportJsonSchema() as Record<string, any>;
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.additionalProperties).toBe(false);
  expect(schema.required).toEqual(
    expect.arrayContaining([
      'formatVersion',
      'year',
      'agency',
      'narrative',
      'activeDisclosure',
      'applications',
      'appeals',
    ]),
  );
  const withheld = schema.properties.applications.anyOf[0].properties.withheld;
  expect(withheld.additionalProperties).toBe(false);
  expect(withheld.properties.stateSecret).toEqual({ $ref: '#/$defs/Applications2021Row' });
  const row = schema.$defs.Applications2021Row;
  expect(row.additionalProperties).toBe(false);
  expect(row.properties.naturalPerson).toEqual({ $ref: '#/$defs/CountCell' });
  expect(JSON.stringify(schema.$defs.CountCell)).toContain('null');
});
