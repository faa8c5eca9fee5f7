import { createEmptyReport, type NewReport, type Report, type TableFormats } from '@gongkai/schema';

type Tree = { [key: string]: Tree | number | null };

// An import builds one report; its blank tables are copied from a skeleton made once per format mix.
const skeletons = new Map<string, Report>();

function copy(tree: Tree): Tree {
  const out: Tree = {};
  for (const key in tree) {
    const value = tree[key]!;
    out[key] = value !== null && typeof value === 'object' ? copy(value) : value;
  }
  return out;
}

/** `createEmptyReport`, with the blank tables copied from a cached skeleton (imports run in batches). */
export function emptyReport(init: NewReport, formats: TableFormats): Report {
  const key = `${init.formatVersion}/${formats.activeDisclosure}/${formats.applications}/${formats.appeals}`;
  let skeleton = skeletons.get(key);
  if (!skeleton) {
    skeleton = createEmptyReport({ ...init, year: 2021, agency: { name: '-' } });
    skeletons.set(key, skeleton);
  }
  const table = <K extends 'activeDisclosure' | 'applications' | 'appeals'>(id: K) =>
    copy(skeleton[id] as unknown as Tree) as unknown as Report[K];
  return {
    ...skeleton,
    ...(skeleton.tableFormats ? { tableFormats: { ...skeleton.tableFormats } } : {}),
    year: init.year,
    agency: { ...init.agency },
    narrative: { overview: '', problems: '', otherMatters: '' },
    activeDisclosure: table('activeDisclosure'),
    applications: table('applications'),
    appeals: table('appeals'),
  };
}

/** The object of one row of a report (`applications.withheld.stateSecret`), created when absent. */
export function rowObject(report: Report, rowAddress: string): Record<string, number | null> {
  let node = report as unknown as Record<string, unknown>;
  for (const segment of rowAddress.split('.')) {
    const next = node[segment];
    if (next === null || typeof next !== 'object') node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  }
  return node as Record<string, number | null>;
}
