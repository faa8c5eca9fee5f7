import type { NarrativeId } from './types.js';

/**
 * What the official Word template prints where each narrative goes. Left in a published report, it is
 * not the body's text: a reader of reports drops it (and says so) rather than take it for the narrative.
 */
export const narrativePlaceholders: Readonly<Record<NarrativeId, string>> = {
  overview: '（文字描述）',
  problems: '（文字描述）',
  otherMatters: '（文字描述，收取信息处理费情况在此处报告。）',
};

/**
 * The words every placeholder opens with inside its brackets: clerks shorten or re-punctuate the longer
 * one, so a bracketed line opening with them is a placeholder too.
 */
export const placeholderOpening = '文字描述';
