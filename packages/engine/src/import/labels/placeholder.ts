import { narrativePlaceholders, placeholderOpening } from '@gongkai/schema';
import { nfkc } from '../lines/normalize.js';

// Compared folded: full-width brackets and punctuation as half width, no spaces.
const fold = (text: string) => nfkc(text).replace(/\s+/g, '');
const official = new Set(Object.values(narrativePlaceholders).map(fold));
const opening = `(${fold(placeholderOpening)}`;
// The opening words, spaces allowed between their characters.
const OPENING = new RegExp([...placeholderOpening].join('\\s*'));

/** Whether a line of narrative is the Word template's placeholder left in (`（文字描述）`), not the body's text. */
export function isPlaceholder(text: string): boolean {
  // Placeholders are short and hold their opening words: prose is turned away before it is folded.
  if (text.length > 40 || !OPENING.test(text)) return false;
  const folded = fold(text);
  return official.has(folded) || (folded.startsWith(opening) && folded.endsWith(')'));
}
