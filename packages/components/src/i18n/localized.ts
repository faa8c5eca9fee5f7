import type { Locale } from '@gongkai/schema';
import type { LitElement } from 'lit';
import { localeOf } from './locale.js';

// biome-ignore lint/suspicious/noExplicitAny: TypeScript requires a mixin's base constructor to take `any[]`.
type Constructor<T> = new (...args: any[]) => T;
type LitElementClass = Constructor<LitElement> & Pick<typeof LitElement, 'observedAttributes'>;

/** What {@link Localized} adds to an element. */
export declare class LocalizedElement {
  /** The locale in use: `lang` of the element, an ancestor, or the document. */
  get locale(): Locale;
  /** Runs when `lang` changes on the element or on `<html>`; redraws. Override to redo work done in words. */
  protected languageChanged(): void;
}

/**
 * An element that speaks the language it inherits: its own `lang`, else an ancestor's, else the document's,
 * and that follows a change of `lang` on itself or on `<html>`. A mixin rather than a controller, because
 * `lang` has to join the observed attributes: its change is seen at once, as with any attribute.
 */
export function Localized<T extends LitElementClass>(Base: T): T & Constructor<LocalizedElement> {
  class Localized extends Base {
    #stopWatching?: () => void;

    static override get observedAttributes(): string[] {
      // biome-ignore lint/complexity/noThisInStatic: `super` must resolve to LitElement's getter run on this class.
      return [...super.observedAttributes, 'lang'];
    }

    override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      super.attributeChangedCallback(name, old, value);
      if (name === 'lang') this.languageChanged();
    }

    override connectedCallback(): void {
      super.connectedCallback();
      this.#stopWatching = watchDocumentLang(() => this.languageChanged());
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      this.#stopWatching?.();
    }

    /** The locale in use: `lang` of the element, an ancestor, or the document. */
    get locale(): Locale {
      return localeOf(this);
    }

    /** Runs when `lang` changes on the element or on `<html>`; redraws. Override to redo work done in words. */
    protected languageChanged(): void {
      this.requestUpdate();
    }
  }
  // The declared shape, not the class: a class expression's private and protected members cannot be exported.
  return Localized as unknown as T & Constructor<LocalizedElement>;
}

/** Calls back when the document's `lang` changes, for elements that inherit it. */
function watchDocumentLang(callback: () => void): () => void {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return () => {};
  const observer = new MutationObserver(callback);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}
