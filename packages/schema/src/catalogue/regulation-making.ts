import type { AgencyLevel } from './agency.js';

/**
 * Whether a body at this level may report 规章 of its own. Under the 立法法 (arts. 91, 93) only
 * 国务院部门, provinces and 设区的市/自治州 governments make 规章; their departments draft them and
 * report them, so they are allowed too. A county, township or street body cannot.
 */
export const mayReportRegulations: Readonly<Record<AgencyLevel, boolean>> = {
  province: true,
  'province-department': true,
  city: true,
  'city-department': true,
  county: false,
  'county-department': false,
  township: false,
  other: true,
};

/**
 * How an agency's name tells its level when the report does not say, tried in order (most local
 * first). A 县级市 (昆山市人民政府) cannot be told from a 设区的市 by its name, so a name ending in 市
 * gives no level; 开发区/新区/实验区 are not 市辖区 and give none either.
 */
export const agencyLevelByName: readonly { readonly level: AgencyLevel; readonly pattern: RegExp }[] = [
  { level: 'township', pattern: /(?:乡|镇|街道|苏木)(?:人民政府|政府|办事处)?$/ },
  { level: 'township', pattern: /(?:乡|镇)(?:人民)?政府|街道办事处/ },
  {
    level: 'county',
    pattern: /(?:县|旗|(?<!自治|开发|新|实验|示范|园|合作|高新|保税|功能)区)(?:人民)?政府$/,
  },
  { level: 'county-department', pattern: /^[^省市州盟]*?(?:县|旗)(?!城|域|级|委)[^县旗]+$/ },
  { level: 'province', pattern: /^[^市县]*?(?:省|自治区)(?:人民)?政府/ },
  { level: 'province', pattern: /^(?:北京|天津|上海|重庆)市(?:人民)?政府/ },
  { level: 'province-department', pattern: /^[^市县]*?(?:省|自治区)[^省市县]+(?:厅|局|委员会|委|办公室)$/ },
];

/** The level of a reporting body inferred from its name, or undefined when the name does not tell. */
export function inferAgencyLevel(name: string): AgencyLevel | undefined {
  const trimmed = name.replace(/\s+/g, '');
  return agencyLevelByName.find((rule) => rule.pattern.test(trimmed))?.level;
}
