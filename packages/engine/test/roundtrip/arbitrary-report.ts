import {
  createEmptyReport,
  type FormatVersion,
  formatsOf,
  inferAgencyLevel,
  layoutOf,
  type Report,
  setCell,
} from '@gongkai/schema';
import * as fc from 'fast-check';

const AGENCIES = [
  '杏岭子乡人民政府',
  '淮安市人民政府',
  '沭阳县发展和改革局',
  '上海市人民政府办公厅',
  '平潭综合实验区',
  '南京市玄武区人民政府',
  '江苏省发展和改革委员会',
];

// Prose as reports print it: sentences that are neither headings nor table rows.
const SENTENCES = [
  '本年度我单位认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开标准化规范化建设。',
  '全年通过政府门户网站主动公开各类政府信息，及时回应社会关切，保障人民群众的知情权、参与权和监督权。',
  '依申请公开工作严格按照法定程序和时限办理，答复规范，未发生因答复不当引发的争议。',
  '本年度未收取信息处理费。',
  '（一）加强组织领导，明确分管领导和工作人员，形成一级抓一级、层层抓落实的工作格局。',
  '一是政策解读形式仍较单一；二是基层政务公开专区建设有待加强。',
  '下一步，我们将进一步完善工作机制，提升公开质量，加强业务培训。',
];

const NOTES = ['其中修订16件', '含自然失效29件', '元', '含上年结转3件'];

const narrative = fc.array(fc.constantFrom(...SENTENCES), { maxLength: 4 }).map((lines) => lines.join('\n'));

const formats = fc.constantFrom<[FormatVersion, FormatVersion]>(
  ['2021', '2021'],
  ['2019', '2019'],
  ['2021', '2019'],
  ['2019', '2021'],
);

/** Reports of both formats (and mixed tables), blank cells, annotated cells and narrative included. */
export const arbitraryReport: fc.Arbitrary<Report> = fc
  .record({
    formats,
    year: fc.integer({ min: 2019, max: 2026 }),
    agency: fc.constantFrom(...AGENCIES),
    overview: narrative,
    problems: narrative,
    otherMatters: narrative,
    seed: fc.array(fc.integer({ min: -1, max: 100_000 }), { minLength: 220, maxLength: 220 }),
    notes: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOTES)), { maxLength: 3 }),
  })
  .map((g) => {
    const [active, applications] = g.formats;
    const formatVersion: FormatVersion = active === '2021' || applications === '2021' ? '2021' : '2019';
    const tableFormats: Report['tableFormats'] = {};
    if (active !== formatVersion) tableFormats.activeDisclosure = active;
    if (applications !== formatVersion) tableFormats.applications = applications;
    const level = inferAgencyLevel(g.agency);
    const report = createEmptyReport({
      formatVersion,
      ...(Object.keys(tableFormats).length > 0 ? { tableFormats } : {}),
      year: g.year,
      agency: level ? { name: g.agency, level } : { name: g.agency },
    });
    report.narrative = { overview: g.overview, problems: g.problems, otherMatters: g.otherMatters };
    const cells = layoutOf(formatsOf(report)).cells;
    cells.forEach((cell, i) => {
      const n = g.seed[i % g.seed.length]!;
      if (n < 0) return;
      const value =
        cell.kind === 'amount'
          ? (n * 7) / 100
          : cell.kind === 'signedCount'
            ? (n % 41) - 20
            : n % 3 === 0
              ? 0
              : n % 5000;
      setCell(report, cell.address, value);
    });
    const annotations: Record<string, string> = {};
    for (const [at, note] of g.notes) {
      const cell = cells[at % cells.length]!;
      if (g.seed[(at % cells.length) % g.seed.length]! >= 0) annotations[cell.address] = note;
    }
    if (Object.keys(annotations).length > 0) report.annotations = annotations;
    return report;
  });
