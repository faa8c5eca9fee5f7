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
