import { columnLabelOf, type Locale, rowLabelOf } from '@gongkai/schema';
import type { Plan } from '../plan.js';
import { ruleById } from '../rules.js';
import { num } from '../words.js';
import type { System } from './system.js';
import type { Slip } from './typos.js';

const names = new WeakMap<Plan, Record<Locale, string[]>>();

/** A cell as a checker names it in one breath: 「（二）部分公开·自然人」 (kept per plan: notes recur). */
export function shortCell(plan: Plan, index: number, locale: Locale): string {
  let byLocale = names.get(plan);
  if (!byLocale) {
    byLocale = { zh: [], en: [] };
    names.set(plan, byLocale);
  }
  const known = byLocale[locale][index];
  if (known !== undefined) return known;
  const def = plan.cells[index];
  if (!def) return String(index);
  const text = `${brief(rowLabelOf(def, locale))}${locale === 'zh' ? '·' : ', '}${columnLabelOf(def, locale)}`;
  const name = locale === 'zh' ? `「${text}」` : `“${text}”`;
  byLocale[locale][index] = name;
  return name;
}

/** A row label without its printed note: 「（二）部分公开（区分处理的，…）」 → 「（二）部分公开」. */
function brief(label: string): string {
  return label.replace(/(.)\s*[（(][^（）()]*[）)]$/u, '$1');
}

/** The sums a fix mends, named by their row or column and their rule: 「（二）部分公开」行的「各行总计」. */
export function sumsText(system: System, equations: readonly number[], locale: Locale): string {
  const { plan } = system;
  const names = equations.map((e) => {
    const rule = system.rules[e] as string;
    const first = (system.cells[e] as Int32Array)[0] as number;
    const def = plan.cells[first];
    if (!def) return rule;
    const eq = plan.equations[e];
    const byRow = eq ? eq.def.along.row !== undefined : false;
    const axis = byRow ? brief(rowLabelOf(def, locale)) : columnLabelOf(def, locale);
    if (rule === 'cross-year.carry-over')
      return locale === 'zh'
        ? `「${axis}」列与上年「结转下年度」的衔接`
        : `the carry-over from last year in column “${axis}”`;
    const title = ruleById(rule)?.title[locale] ?? rule;
    if (locale === 'zh') return `「${axis}」${byRow ? '行' : '列'}的「${title}」`;
    return `“${title}” in ${byRow ? 'row' : 'column'} “${axis}”`;
  });
  const unique = [...new Set(names)];
  if (locale === 'zh')
    return unique.length > 3
      ? `${unique.slice(0, 3).join('、')}等 ${unique.length} 处合计`
      : unique.join('、');
  if (unique.length > 3) return `${unique.slice(0, 3).join(', ')} and ${unique.length - 3} more sums`;
  return unique.length <= 2 ? unique.join(' and ') : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

/** The slip that explains a printed figure, as a clause; empty when none does. */
export function slipText(slip: Slip, printed: number, truth: number, locale: Locale): string {
  const p = num(printed);
  const t = num(truth);
  const zh: Record<Slip, string> = {
    totalLeftZero: '合计填成了 0，而各分项已填',
    swappedDigits: `像是 ${t} 的两位数字颠倒成了 ${p}`,
    droppedDigit: `像是 ${t} 漏了一位数字成了 ${p}`,
    doubledDigit: `像是 ${t} 的一位数字打了两遍成了 ${p}`,
    extraDigit: `像是 ${t} 多打了一位数字成了 ${p}`,
    neighbourFigure: `${p} 与相邻一行或一列的数字相同，像是填错了格`,
    mistypedDigit: `${p} 与 ${t} 只差一位数字`,
    leftZero: '填成了 0',
    none: '',
  };
  const en: Record<Slip, string> = {
    totalLeftZero: 'the total was left 0 while its parts are filled in',
    swappedDigits: `${p} looks like ${t} with two digits swapped`,
    droppedDigit: `${p} looks like ${t} with a digit dropped`,
    doubledDigit: `${p} looks like ${t} with a digit typed twice`,
    extraDigit: `${p} looks like ${t} with a digit too many`,
    neighbourFigure: `${p} is the figure of the cell beside it, as if typed one cell off`,
    mistypedDigit: `${p} differs from ${t} in one digit`,
    leftZero: 'it was left 0',
    none: '',
  };
  return (locale === 'zh' ? zh : en)[slip];
}
