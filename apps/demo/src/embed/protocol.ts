/** The two messages between the app and its embed preview frame, shared by both pages. */

/** The preview page is ready for markup. */
export const readyMessage = 'gk-embed-preview-ready';

/** The app sends the element markup to show. */
export interface MarkupMessage {
  type: 'gk-embed-markup';
  markup: string;
}
