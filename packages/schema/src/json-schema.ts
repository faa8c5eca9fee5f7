import * as z from 'zod/mini';
import { reportSchema } from './report-schema.js';

/**
 * The report as JSON Schema (draft 2020-12), for consumers in other languages. Kept out of the main
 * entry so browser bundles do not carry the converter.
 */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(reportSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: schema.$schema,
    $id: 'https://github.com/gongkai/gongkai/packages/schema/report.schema.json',
    title: '政府信息公开工作年度报告 (gongkai report)',
    description:
      'An annual government information disclosure report in the national format (2021 or 2019). Every cell is a number or null (blank, not reported); null is not 0.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
