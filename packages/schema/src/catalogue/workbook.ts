import type { SectionId } from './types.js';

/**
 * The sheets of the report as a workbook (`toXlsx`): 一 with the title and the report's fields, the
 * three tables one a sheet, then 五 and 六 together. The names are Chinese in every locale.
 */
export const workbookSheets: readonly { name: string; sections: readonly SectionId[] }[] = [
  { name: '总体情况', sections: ['overview'] },
  { name: '主动公开', sections: ['activeDisclosure'] },
  { name: '依申请公开', sections: ['applications'] },
  { name: '复议诉讼', sections: ['appeals'] },
  { name: '问题及其他', sections: ['problems', 'otherMatters'] },
];
