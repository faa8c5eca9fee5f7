/** The person chose to restore (or discard) an autosaved draft. */
export class GkDraftEvent extends Event {
  static readonly eventName = 'gk-draft';
  constructor(
    readonly action: 'restore' | 'discard',
    readonly savedAt: string,
  ) {
    super('gk-draft', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-draft': GkDraftEvent;
  }
}
