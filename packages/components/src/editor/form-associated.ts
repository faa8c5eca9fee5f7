import type { LitElement } from 'lit';

// biome-ignore lint/suspicious/noExplicitAny: TypeScript requires a mixin's base constructor to take `any[]`.
type Constructor<T> = new (...args: any[]) => T;

/** What {@link FormAssociated} adds to an element. */
export declare class FormAssociatedElement {
  /** The form the element belongs to. */
  get form(): HTMLFormElement | null;
  /** Validity as a form control. */
  get validity(): ValidityState | undefined;
  /** Why the form cannot be submitted. */
  get validationMessage(): string;
  /** Whether the form validates this control. */
  get willValidate(): boolean;
  /** As for any form control. */
  checkValidity(): boolean;
  /** As `checkValidity`, and shows the browser's message at the anchor. */
  reportValidity(): boolean;
  formDisabledCallback(disabled: boolean): void;
  /** Disabled by an ancestor `<fieldset>` or form. */
  protected get formDisabled(): boolean;
  /** Sets the submitted value and the state the browser restores. */
  protected setFormValue(value: string | null, state?: string): void;
  /** Blocks submission with a message shown at `anchor`, or lets it through (`undefined`). */
  protected setBlocked(message: string | undefined, anchor?: HTMLElement): void;
}

/**
 * A form-associated custom element: it submits a value under its `name`, answers validity like a
 * native control and follows a disabled `<fieldset>`. Without `attachInternals` (old browsers, SSR)
 * it is a plain element that always validates.
 */
export function FormAssociated<T extends Constructor<LitElement>>(
  Base: T,
): T & Constructor<FormAssociatedElement> & { formAssociated: boolean } {
  class FormAssociated extends Base {
    static formAssociated = true;

    readonly #internals: ElementInternals | undefined;
    #formDisabled = false;

    // biome-ignore lint/suspicious/noExplicitAny: a mixin's constructor passes its arguments through.
    constructor(...args: any[]) {
      super(...args);
      this.#internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
    }

    get form(): HTMLFormElement | null {
      return this.#internals?.form ?? null;
    }

    get validity(): ValidityState | undefined {
      return this.#internals?.validity;
    }

    get validationMessage(): string {
      return this.#internals?.validationMessage ?? '';
    }

    get willValidate(): boolean {
      return this.#internals?.willValidate ?? false;
    }

    checkValidity(): boolean {
      return this.#internals?.checkValidity() ?? true;
    }

    reportValidity(): boolean {
      return this.#internals?.reportValidity() ?? true;
    }

    formDisabledCallback(disabled: boolean): void {
      this.#formDisabled = disabled;
      this.requestUpdate();
    }

    protected get formDisabled(): boolean {
      return this.#formDisabled;
    }

    protected setFormValue(value: string | null, state?: string): void {
      this.#internals?.setFormValue(value, state);
    }

    protected setBlocked(message: string | undefined, anchor?: HTMLElement): void {
      if (!this.#internals) return;
      if (message === undefined) this.#internals.setValidity({});
      else this.#internals.setValidity({ customError: true }, message, anchor);
    }
  }
  return FormAssociated as unknown as T & Constructor<FormAssociatedElement> & { formAssociated: boolean };
}
