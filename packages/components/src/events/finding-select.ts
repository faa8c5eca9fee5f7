import type { Finding } from '../engine/api.js';

/** A finding's link was followed. Cancel it to move focus yourself. */
export class GkFindingSelectEvent extends Event {
  static readonly eventName = 'gk-finding-select';
  constructor(readonly finding: Finding) {
    super('gk-finding-select', { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-finding-select': GkFindingSelectEvent;
  }
}
