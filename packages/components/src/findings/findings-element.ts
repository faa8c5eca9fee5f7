import { type Locale, SEVERITIES } from '@gongkai/schema';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { type Finding, loadEngine, type RuleInfo } from '../engine/api.js';
import { GkFindingSelectEvent } from '../events/finding-select.js';
import { Localized } from '../i18n/localized.js';
import { type Messages, messagesFor } from '../i18n/messages.js';
import { repeatsEarlier } from '../suggestions/offers.js';
import { CHECKED, type CheckStatus, type FindingsSource, isFindingsSource } from './source.js';

/**
 * The findings of a report as an error summary: grouped by severity, each a link that scrolls to and
 * focuses its cell, with the rule's explanation on demand. Announces new counts politely.
 *
 * @summary Findings list linked to a `<gk-report>` or `<gk-report-editor>`.
 *
 * @fires {GkFindingSelectEvent} gk-finding-select - A finding's link was followed (cancelable).
 *
 * @csspart summary - The whole summary box.
 * @csspart heading - The heading.
 * @csspart group - The list of one severity.
 * @csspart link - Each finding's link.
 * @csspart explanation - The rule explanation.
 * @csspart suggestion - The proposed correction under a failing sum (which cell is likely wrong).
 *
 * @cssprop --gk-color-error - Border and error group colour.
 * @cssprop --gk-color-warning - Warning group colour.
 * @cssprop --gk-color-info - Note group colour.
 * @cssprop --gk-color-link - Link colour.
 * @cssprop --gk-color-focus - Focus highlight.
 * @cssprop --gk-font-family - Font stack.
 */
export class GkFindings extends Localized(LitElement) {
  static override styles = css`
    :host {
      display: block;
      font-family: var(--gk-font-family, system-ui, 'Noto Sans CJK SC', sans-serif);
      color: var(--gk-color-text, #0b0c0c);
    }
    .summary {
      border: 4px solid var(--gk-color-error, #d4351c);
      padding: 0.75em 1em;
    }
    .summary.clean {
      border-color: var(--gk-color-success, #00703c);
    }
    .summary.unchecked {
      border-color: var(--gk-color-warning, #b35900);
    }
    .detail {
      color: #505a5f;
      margin: 0;
    }
    h2 {
      margin: 0.75em 0 0.5em;
      font-size: 1em;
    }
    #heading {
      margin-top: 0;
      font-size: 1.15em;
    }
    .error {
      color: var(--gk-color-error, #d4351c);
    }
    .warning {
      color: var(--gk-color-warning, #b35900);
    }
    .info {
      color: var(--gk-color-info, #1d70b8);
    }
    ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    li {
      margin: 0.35em 0;
    }
    a {
      color: var(--gk-color-link, #1d70b8);
      font-weight: 600;
    }
    a:focus {
      outline: 3px solid transparent;
      background: var(--gk-color-focus, #ffdd00);
      color: #0b0c0c;
      box-shadow: 0 -2px var(--gk-color-focus, #ffdd00), 0 4px #0b0c0c;
      text-decoration: none;
    }
    details {
      font-size: 0.9em;
      margin-top: 0.2em;
    }
    summary {
      cursor: pointer;
      color: var(--gk-color-link, #1d70b8);
    }
    .suggestion {
      margin: 0.2em 0 0;
    }
    .rule-id {
      display: block;
      color: #505a5f;
      font-family: ui-monospace, monospace;
      font-size: 0.85em;
    }
    @media print {
      .summary {
        border-color: #000;
      }
      a,
      h2 {
        color: #000 !important;
      }
    }
  `;

  static override properties = {
    findings: { attribute: false },
    htmlFor: { attribute: 'for' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    messages: { attribute: false },
    rules: { state: true, attribute: false },
    status: { state: true, attribute: false },
  };

  /** The findings to list; when `for` names a report or editor, its findings are listed instead. */
  findings: readonly Finding[] = [];

  /** Id of the `<gk-report>` or `<gk-report-editor>` whose findings to list and whose cells the links focus. */
  htmlFor?: string;

  /** Heading level of the summary (2 by default); the severity groups use the next level. */
  headingLevel = 2;

  /** Overrides of the element's own words, flat or per locale. */
  messages?: Partial<Messages> | Partial<Record<Locale, Partial<Messages>>>;

  /** Rule explanations already loaded, by rule id. */
  private rules = new Map<string, RuleInfo | null>();

  /**
   * Whether the findings come from a check. Findings set from script are; a linked report says so
   * itself; a `for` naming nothing on the page is not a check at all.
   */
  private status: CheckStatus | 'no-source' = CHECKED;

  #source?: FindingsSource;
  #unsubscribe?: () => void;
  override connectedCallback(): void {
    super.connectedCallback();
    void this.#link();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#source = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor') && changed.get('htmlFor') !== undefined) void this.#link();
  }

  async #link(): Promise<void> {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#source = undefined;
    if (!this.htmlFor || !this.isConnected) {
      this.status = CHECKED;
      return;
    }
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(this.htmlFor) ?? null;
    if (!target) {
      this.status = 'no-source';
      return;
    }
    this.status = { state: 'pending' };
    if (!isFindingsSource(target) && target.localName.includes('-'))
      await customElements.whenDefined(target.localName);
    if (this.htmlFor !== target.id) return;
    if (!isFindingsSource(target)) {
      this.status = 'no-source';
      return;
    }
    this.#source = target;
    this.#unsubscribe = target.observeFindings((findings, status) => {
      this.findings = findings;
      this.status = status ?? CHECKED;
    });
  }

  #select(event: Event, finding: Finding): void {
    event.preventDefault();
    const select = new GkFindingSelectEvent(finding);
    this.dispatchEvent(select);
    if (!select.defaultPrevented) this.#source?.focusCell(finding.path);
  }

  async #explain(event: Event, rule: string): Promise<void> {
    if (!(event.target as HTMLDetailsElement).open || this.rules.has(rule)) return;
    const engine = await loadEngine().catch(() => undefined);
    this.rules = new Map(this.rules).set(rule, engine?.ruleById(rule) ?? null);
  }

  protected override render() {
    const locale = this.locale;
    const messages = messagesFor(locale, this.messages);
    const level = Math.min(6, Math.max(1, this.headingLevel));
    const groups = SEVERITIES.map((severity) => ({
      severity,
      items: this.findings.filter((f) => f.severity === severity),
    }));
    const repeated = repeatsEarlier(this.findings);
    const [errors, warnings, infos] = groups.map((g) => g.items.length) as [number, number, number];
    const status = this.status;
    const checked = status !== 'no-source' && status.state === 'checked';
    const count =
      this.findings.length > 0
        ? messages.findingsCount(errors, warnings, infos)
        : status === 'no-source'
          ? messages.noSource(this.htmlFor ?? '')
          : status.state === 'checked'
            ? messages.noFindings
            : status.state === 'pending'
              ? messages.checking
              : status.state === 'off'
                ? messages.checksOff
                : status.cause === 'engine'
                  ? messages.checkFailedEngine
                  : messages.checkFailedReport;
    const detail = status !== 'no-source' && status.state === 'failed' ? status.detail : '';
    // Green only for a check that ran and found no error.
    return html`<div
      class=${errors || !checked ? (checked || errors ? 'summary' : 'summary unchecked') : 'summary clean'}
      part="summary"
      role="region"
      aria-labelledby="heading"
    >
      <h2 id="heading" part="heading" aria-level=${level}>${messages.findingsHeading}</h2>
      <p aria-live="polite" aria-atomic="true" class="count">${count}</p>
      ${detail ? html`<p class="detail"><small>${messages.technicalDetail}：${detail}</small></p>` : nothing}
      ${groups.map(({ severity, items }) =>
        items.length === 0
          ? nothing
          : html`${heading(Math.min(6, level + 1), `h-${severity}`, `${messages.severity[severity]}（${items.length}）`, severity)}
              <ul part="group" aria-labelledby=${`h-${severity}`}>
                ${items.map((finding) => this.#item(finding, messages, locale, repeated))}
              </ul>`,
      )}
    </div>`;
  }

  #item(finding: Finding, messages: Messages, locale: Locale, repeated: Set<Finding>) {
    const rule = this.rules.get(finding.rule);
    return html`<li>
      <a part="link" href=${`#cell-${finding.path}`} @click=${(e: Event) => this.#select(e, finding)}>${finding.message}</a>
      ${suggestion(finding, messages, repeated.has(finding))}
      <details part="explanation" @toggle=${(e: Event) => this.#explain(e, finding.rule)}>
        <summary>${messages.explanation}</summary>
        ${rule ? html`<p><strong>${rule.title[locale]}</strong></p><p>${rule.explanation[locale]}</p>` : nothing}
        <small class="rule-id">${messages.ruleId}：<code>${finding.rule}</code></small>
      </details>
    </li>`;
  }
}

/** The first proposal for a failing sum, under its finding; a repeat of the one above says so. */
function suggestion(finding: Finding, messages: Messages, repeat: boolean) {
  const top = finding.suspects?.[0];
  if (!top) return nothing;
  if (repeat) return html`<p class="suggestion" part="suggestion">${messages.sameSuggestion}</p>`;
  const where = top.report === 'previous' ? messages.inPreviousReport : '';
  return html`<p class="suggestion" part="suggestion">
    <strong>${messages.suggestion[top.confidence]}${where}</strong> ${top.why}
  </p>`;
}

/** A heading of any level: Lit cannot bind tag names, and `aria-level` on an `<h2>` says the same. */
function heading(level: number, id: string, text: string, className = '') {
  return html`<h2 id=${id} class=${className} aria-level=${level}>${text}</h2>`;
}
