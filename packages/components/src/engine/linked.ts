/** The engine linked statically, for the editor, which derives and checks on every keystroke. */
export { computeTotals, validate } from '@gongkai/engine';
