/**
 * The components' events: typed classes, prefixed `gk-`, bubbling and composed so a page can listen on
 * any ancestor. They report what a person did; setting a property from script never fires them.
 * One file per event, so a bundle carries only the events its elements fire.
 */
export { type CellChange, type ChangeSource, GkChangeEvent } from './change.js';
export { GkDraftEvent } from './draft.js';
export { GkFindingSelectEvent } from './finding-select.js';
export { GkOcrConfirmEvent } from './ocr-confirm.js';
export { GkValidateEvent } from './validate.js';
