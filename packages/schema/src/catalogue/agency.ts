import type { Label } from './types.js';

/** Administrative levels of a reporting body. */
export const AGENCY_LEVELS = [
  'province',
  'province-department',
  'city',
  'city-department',
  'county',
  'county-department',
  'township',
  'other',
] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export const agencyLevelLabels: Record<AgencyLevel, Label> = {
  province: { zh: '省级人民政府', en: 'Provincial government' },
  'province-department': { zh: '省级政府部门', en: 'Provincial department' },
  city: { zh: '设区的市级人民政府', en: 'City government' },
  'city-department': { zh: '市级政府部门', en: 'City department' },
  county: { zh: '县级人民政府', en: 'County government' },
  'county-department': { zh: '县级政府部门', en: 'County department' },
  township: { zh: '乡镇人民政府、街道办事处', en: 'Township or street office' },
  other: { zh: '其他', en: 'Other' },
};
