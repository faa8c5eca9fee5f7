import type { Suspect } from '@gongkai/engine';
import { cellLabelOf, formatsOf, layoutOf, type Report } from '@gongkai/schema';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Patch } from '../editor/history.js';
import type { Finding } from '../engine/api.js';
import type { Messages } from '../i18n/messages.js';
import { formatCell } from '../i18n/numbers.js';
import { adoptable } from './offers.js';

/** What the editor lends the controller: its figures as entered, and a way to change them. */
export interface SuggestionsActions {
  /** The figure a cell holds as entered (null blank): what an undo puts back. */
  read(path: string): number | null | string;
  /** The figure a cell shows, derived totals included: what the findings were made from. */
  shown(path: string): number | null;
  /** Applies patches as one change of the person's (one undo step), source `suggestion`. */
  commit(patches: Patch[]): void;
}

/**
 * 「采用建议」 in the editor: lists the certain and likely corrections of the failing sums, applies
 * one as a single change of the person's (so 撤销 reverts it in one step), and offers 「撤销采用」
 * while the cells still hold what was adopted. Held by the editor so the element itself stays thin.
 */
export class SuggestionsController implements ReactiveController {
  /** The correction just adopted, while it is still the last change. */
  #adopted?: { suspect: Suspect; report: Report; patches: Patch[] };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly actions: SuggestionsActions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Applies a proposal; one made from figures that have changed since is not applied. */
  adopt(suspect: Suspect, report: Report): void {
    if (suspect.cells.some((cell, k) => this.actions.shown(cell) !== (suspect.was[k] ?? null))) return;
    const patches = suspect.cells.map((path, k) => ({
      path,
      before: this.actions.read(path),
      after: suspect.values[k] as number,
    }));
    this.actions.commit(patches);
    this.#adopted = { suspect, report, patches };
    this.host.requestUpdate();
  }

  /** Puts back what the adopted proposal replaced, as one more change (so it can be redone by 撤销). */
  undo(): void {
    const adopted = this.#still();
    this.#adopted = undefined;
    if (!adopted) return;
    this.actions.commit(adopted.patches.map((p) => ({ path: p.path, before: p.after, after: p.before })));
  }

  /** The adopted proposal while its cells still hold what it set (not after 撤销 or retyping). */
  #still() {
    const adopted = this.#adopted;
    if (!adopted) return undefined;
    const { suspect } = adopted;
    return suspect.cells.every((cell, k) => this.actions.shown(cell) === suspect.values[k])
      ? adopted
      : undefined;
  }

  /** The proposals with their buttons, and the undo offer after one was adopted. */
  render(
    findings: readonly Finding[],
    report: Report,
    messages: Messages,
    locale: 'zh' | 'en',
    disabled: boolean,
  ) {
    const offers = adoptable(findings);
    const adopted = this.#still();
    if (offers.length === 0 && !adopted) return nothing;
    return html`<section class="gk-suggestions gk-no-print" part="suggestions" aria-labelledby="gk-suggestions-heading">
      <p id="gk-suggestions-heading" class="gk-suggestions-heading"><strong>${messages.suggestionsHeading}</strong></p>
      ${
        adopted
          ? html`<p role="status" class="gk-adopted">
              ${messages.adopted(changesText(adopted.suspect, adopted.report, locale))}
              <button type="button" ?disabled=${disabled} @click=${() => this.undo()}>${messages.undoAdoption}</button>
            </p>`
          : nothing
      }
      ${
        offers.length
          ? html`<ul>
              ${offers.map(
                (s) => html`<li>
                  <span class="gk-suggestion-why"><strong>${messages.suggestion[s.confidence]}</strong> ${s.why}</span>
                  <button type="button" ?disabled=${disabled} @click=${() => this.adopt(s, report)}>
                    ${messages.adoptSuggestion}
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing
      }
    </section>`;
  }
}

/** 「…」由 474 改为 447 / “…” from 474 to 447, for the status line. */
function changesText(suspect: Suspect, report: Report, locale: 'zh' | 'en'): string {
  const cells = layoutOf(formatsOf(report)).cellByAddress;
  return suspect.cells
    .map((cell, k) => {
      const def = cells.get(cell);
      const name = def ? cellLabelOf(def, locale) : cell;
      const was = suspect.was[k];
      const from =
        was === null || was === undefined
          ? locale === 'zh'
            ? '空白'
            : 'blank'
          : formatCell(was, 'count', locale);
      const to = formatCell(suspect.values[k] as number, 'count', locale);
      return locale === 'zh' ? `${name}由 ${from} 改为 ${to}` : `${name} from ${from} to ${to}`;
    })
    .join(locale === 'zh' ? '；' : '; ');
}
