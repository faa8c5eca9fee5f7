import type { Finding } from '../engine/api.js';

/** The findings were recomputed after a change made by the person editing. */
export class GkValidateEvent extends Event {
  static readonly eventName = 'gk-validate';
  /** How many of the findings are errors. */
  readonly errors: number;
  constructor(readonly findings: readonly Finding[]) {
    super('gk-validate', { bubbles: true, composed: true });
    this.errors = findings.filter((f) => f.severity === 'error').length;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-validate': GkValidateEvent;
  }
}
