import type { AgencyLevel } from './agency.js';

/** The tier of government a place name stands for; a body of it is that level or its department. */
type Tier = 'province' | 'city' | 'county';

/**
 * A 乡镇 or 街道 body, told by its name before anything else: its name often begins with the county
 * (沭阳县某某镇人民政府), which would otherwise read as a county body.
 */
export const townshipNames: readonly RegExp[] = [
  /(?:乡|镇|街道|苏木)(?:人民政府|政府|办事处)?$/,
  /(?:乡|镇)(?:人民)?政府|街道办事处/,
];

/**
 * The words that end a place name, with the tier each names. Longer words come first, so that
 * 自治区 is not read as a 区. A 县级市 (昆山市) and a 设区的市 (淮安市) cannot be told apart by the
 * name: a 市 is read as a 设区的市, the level its reports are filed under (淮安市人民政府 is `city` in
 * the published corpus). The cost: a 县级市 reporting 规章 is not flagged unless its level is given.
 */
export const placeSuffixes: readonly { readonly suffix: string; readonly tier: Tier | undefined }[] = [
  { suffix: '自治区', tier: 'province' },
  { suffix: '省', tier: 'province' },
  { suffix: '自治州', tier: 'city' },
  { suffix: '地区', tier: 'city' },
  { suffix: '盟', tier: 'city' },
  { suffix: '市', tier: 'city' },
  { suffix: '自治县', tier: 'county' },
  { suffix: '县', tier: 'county' },
  { suffix: '自治旗', tier: 'county' },
  { suffix: '旗', tier: 'county' },
  { suffix: '区', tier: 'county' },
];

/** The four 直辖市 are provinces; their 区 and 县 are counties. */
export const municipalities: readonly string[] = ['北京市', '天津市', '上海市', '重庆市'];

/**
 * Zones named like a 区 that are not 市辖区: no level, unless listed in `zoneLevels`. A 新区 with a
 * 人民政府 (浦东新区) is a 市辖区 all the same; a zone is run by a 管理委员会.
 */
export const zoneSuffixes: readonly string[] = [
  '开发区',
  '新区',
  '实验区',
  '试验区',
  '示范区',
  '园区',
  '合作区',
  '高新区',
  '保税区',
  '功能区',
];

/** Zones whose level is known: 平潭综合实验区 is run at the level of a 设区的市 (地市级). */
export const zoneLevels: Readonly<Record<string, Tier>> = { 平潭综合实验区: 'city' };

/** Words that look like a place but begin a department's name (淮安市城市管理局, 某区社区…). */
const notPlaces = ['城市', '社区'];

/** What follows the place when the body is its government (or the government's own office). */
const GOVERNMENT = /^(?:(?:人民政府|政府|行政公署|管理委员会|管委会)(?:办公厅|办公室)?)?$/;
/** What a department's name ends with. */
const DEPARTMENT = /(?:厅|局|委员会|委|办公室|办|中心|署|院|馆|会)$/;

const suffixChars = [...new Set(placeSuffixes.map((p) => p.suffix.at(-1)))].join('');
const PLACE = new RegExp(
  `(?!${notPlaces.join('|')})[^${suffixChars}]+?(${placeSuffixes.map((p) => p.suffix).join('|')})`,
  'y',
);

/** The place names a body's name begins with (江苏省 / 淮安市 / 淮阴区), in order, and the rest. */
function placesOf(name: string): { places: string[]; rest: string } {
  const places: string[] = [];
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(name); m; m = PLACE.exec(name)) places.push(m[0]);
  return { places, rest: name.slice(places.join('').length) };
}

/** The tier of the last place named, or undefined when it gives none (a 市, an unlisted zone). */
function tierOf(place: string, rest: string): Tier | undefined {
  const zone = Object.keys(zoneLevels).find((z) => place.endsWith(z));
  if (zone) return zoneLevels[zone];
  if (zoneSuffixes.some((z) => place.endsWith(z))) return /^人民政府/.test(rest) ? 'county' : undefined;
  if (municipalities.includes(place)) return 'province';
  return placeSuffixes.find((p) => place.endsWith(p.suffix))?.tier;
}

/**
 * The level of a reporting body inferred from its name, or undefined when the name does not tell.
 * The one rule for both the importer (which fills `agency.level`) and the validation (which judges a
 * report that gives no level).
 */
export function inferAgencyLevel(name: string): AgencyLevel | undefined {
  const compact = name.replace(/\s+/g, '');
  if (townshipNames.some((pattern) => pattern.test(compact))) return 'township';
  const { places, rest } = placesOf(compact);
  const last = places.at(-1);
  const tier = last === undefined ? undefined : tierOf(last, rest);
  if (tier === undefined) return undefined;
  if (GOVERNMENT.test(rest)) return tier;
  return DEPARTMENT.test(rest) ? `${tier}-department` : undefined;
}
