import { type AgencyLevel, agencyLevelLabels, inferAgencyLevel, mayReportRegulations } from '@gongkai/schema';
import { type Check, emit, type Messages } from '../context.js';
import { num } from '../words.js';

const wrong: Messages<[string, string, boolean, string, string]> = {
  zh: (name, level, inferred, row, cells) =>
    `${name}是${level}${inferred ? '（按机关名称判断）' : ''}，不能制定规章，但${row}${cells}；请核实是否误填了上级机关的规章。`,
  en: (name, level, inferred, row, cells) =>
    `${name} is a ${level.toLowerCase()}${inferred ? ' (judged by its name)' : ''} and cannot make regulations, but ${row} has ${cells}; check whether a higher authority’s regulations were entered.`,
};

const unknownLevel: Messages<[string, string]> = {
  zh: (name, row) =>
    `无法核对「规章与机关层级」：报告没有给出机关层级，也无法从机关名称「${name}」判断，而${row}填有规章。`,
  en: (name, row) =>
    `Could not check “Regulations and the body’s level”: the report gives no level and the name “${name}” does not tell it, while ${row} reports regulations.`,
};

const blankRow: Messages<[string, string]> = {
  zh: (name, row) => `无法核对「规章与机关层级」：${name}不能制定规章，但${row}空白，无法确认是否为 0。`,
  en: (name, row) =>
    `Could not check “Regulations and the body’s level”: ${name} cannot make regulations, but ${row} is blank.`,
};

/** `active.regulations-level`: a county, township or street body reports no 规章 of its own. */
export function checkRegulationsLevel(check: Check): void {
  const { report, plan, numbers, words, locale } = check;
  const cells = plan.regulations;
  const first = cells[0];
  if (first === undefined) return;
  const positive = cells.filter((i) => (numbers[i] as number) > 0);
  const given: AgencyLevel | undefined = report.agency.level;
  const level = given ?? inferAgencyLevel(report.agency.name);
  const row = `${words.part(first)}${locale === 'zh' ? '' : ', row '}${words.row(first)}${locale === 'zh' ? '行' : ''}`;
  const name = locale === 'zh' ? report.agency.name : `“${report.agency.name}”`;
  if (level === undefined) {
    if (positive.length > 0) {
      emit(
        check,
        'active.regulations-level',
        { path: address(check, first), message: unknownLevel[locale](report.agency.name, row) },
        true,
      );
    }
    return;
  }
  if (mayReportRegulations[level]) return;
  if (positive.length === 0) {
    if (cells.some((i) => Number.isNaN(numbers[i]))) {
      emit(
        check,
        'active.regulations-level',
        { path: address(check, first), message: blankRow[locale](name, row) },
        true,
      );
    }
    return;
  }
  const sep = locale === 'zh' ? '、' : ', ';
  const list = positive
    .map((i) =>
      locale === 'zh'
        ? `${words.column(i)}列为 ${num(numbers[i] as number)}`
        : `${num(numbers[i] as number)} in ${words.column(i)}`,
    )
    .join(sep);
  const at = positive[0] as number;
  emit(check, 'active.regulations-level', {
    path: address(check, at),
    message: wrong[locale](name, agencyLevelLabels[level][locale], given === undefined, row, list),
    expected: 0,
    actual: numbers[at] as number,
    ...(positive.length > 1 ? { related: positive.slice(1).map((i) => address(check, i)) } : {}),
  });
}

function address(check: Check, index: number): string {
  return check.plan.cells[index]?.address as string;
}
