import { getCell, type Locale, type NarrativeId, type Report } from '@gongkai/schema';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { type Finding, loadEngine } from '../engine/api.js';
import {
  CHECKED,
  type CheckStatus,
  FindingsChannel,
  type FindingsSource,
  findingsByPath,
  focusPath,
} from '../findings/source.js';
import { Localized } from '../i18n/localized.js';
import { type Messages, messagesFor } from '../i18n/messages.js';
import { formatCell } from '../i18n/numbers.js';
import { renderParagraphs } from '../render/narrative.js';
import { renderReportBody } from '../render/report-body.js';
import type { CellRenderer } from '../render/table.js';
import { reportStyles } from '../styles/report-styles.js';
import { watchInlineJson } from './inline-data.js';
import { type LoadProblem, renderLoadProblem } from './load-problem.js';
import { adoptPageStyle } from './page-style.js';

/**
 * A 政府信息公开工作年度报告 in the official layout: the title, the six sections in order and the three
 * tables with their merged headers, in either national format or a mix of both.
 *
 * @summary The published annual report, accessible, printable and server-renderable.
 *
 * The report can also be given as a `<script type="application/json">` child, for pages that cannot run code.
 *
 * @csspart report - The whole report (`<article>`).
 * @csspart title - The report title (`<h1>`).
 * @csspart section - Each of the six sections.
 * @csspart heading - Each section heading (`<h2>`).
 * @csspart narrative - The text of sections 一, 五 and 六.
 * @csspart scroll - The focusable scroll region around each table.
 * @csspart table - Each `<table>`.
 * @csspart caption - Each table caption.
 * @csspart value - The figure inside a cell.
 *
 * @cssprop --gk-font-family - Font stack; CJK fonts by default.
 * @cssprop --gk-font-size - Base font size.
 * @cssprop --gk-color-text - Text colour.
 * @cssprop --gk-color-background - Background of the element.
 * @cssprop --gk-color-table-background - Background of the tables.
 * @cssprop --gk-color-border - Table rules.
 * @cssprop --gk-color-header-background - Background of header cells.
 * @cssprop --gk-color-subheading-background - Background of the 第二十条 rows of section 二.
 * @cssprop --gk-color-muted - Secondary text.
 * @cssprop --gk-color-focus - Focus outline.
 * @cssprop --gk-color-error - Marks of cells with errors (`show-findings`).
 * @cssprop --gk-color-warning - Marks of cells with warnings.
 * @cssprop --gk-color-info - Marks of cells with notes.
 * @cssprop --gk-cell-padding - Padding of table cells.
 * @cssprop --gk-table-min-width - Width below which tables scroll sideways.
 */
export class GkReport extends Localized(LitElement) implements FindingsSource {
  static override styles = reportStyles;

  static override properties = {
    report: { attribute: false },
    src: {},
    showFindings: { type: Boolean, attribute: 'show-findings', reflect: true },
    findings: { attribute: false },
    previous: { attribute: false },
    messages: { attribute: false },
    loadError: { state: true, attribute: false },
    computedFindings: { state: true, attribute: false },
  };

  /** The report to show (report JSON of `@gongkai/schema`). Takes precedence over `src` and inline JSON. */
  report?: Report;

  /** URL of the report JSON, fetched when set. */
  src?: string;

  /** Marks the cells that have findings; the findings are computed by the engine unless `findings` is set. */
  showFindings = false;

  /** Findings to mark, when the page computed them itself (for example with last year's report). */
  findings?: Finding[];

  /** Last year's report by the same body, for the cross-year checks when findings are computed here. */
  previous?: Report;

  /** Overrides of the element's own words, flat or per locale (`{ zh: {…}, en: {…} }`). */
  messages?: Partial<Messages> | Partial<Record<Locale, Partial<Messages>>>;

  private loadError?: LoadProblem;
  /** Why the engine did not load, when it did not. */
  #engineError?: string;
  private computedFindings?: Finding[];

  readonly #channel = new FindingsChannel();
  #stopInline?: () => void;
  #fetch?: AbortController;
  #loaded?: Report;
  #serverNodes?: ChildNode[];
  #validation = 0;

  /** Findings computed here carry sentences: a new language recomputes them. */
  protected override languageChanged(): void {
    if (this.showFindings && !this.findings && this.report) void this.#validate(this.report);
    super.languageChanged();
  }

  /**
   * A server-rendered report arrives with its shadow root already filled (declarative shadow DOM).
   * It stays on screen until there is a report to show (from the inline JSON, usually at once), then
   * is redrawn in the same task, before the next paint: no flash, no hydration mismatch to go wrong,
   * and no 2 KB hydration runtime in the CDN bundle.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const server = this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    const root = super.createRenderRoot();
    if (server.length > 0) {
      this.#serverNodes = server;
      // Lit would render before the first existing node, which goes away: render at the end instead.
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.#serverNodes && !this.report && !this.loadError) {
      // Nothing better to show than the server's rendering yet; still start fetching `src`.
      if (changed.has('src') && this.src) void this.#load(this.src);
      return false;
    }
    return true;
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.#serverNodes) {
      for (const node of this.#serverNodes) node.remove();
      this.#serverNodes = undefined;
    }
    super.update(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageStyle();
    if (!this.report && !this.src) {
      this.#stopInline = watchInlineJson(this, (text) => {
        try {
          this.report = JSON.parse(text) as Report;
        } catch (error) {
          this.loadError = { kind: 'json', detail: String((error as Error).message ?? error) };
        }
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopInline?.();
    this.#fetch?.abort();
  }

  /** The findings currently shown (marked cells, or the editor's live checks). */
  get currentFindings(): readonly Finding[] {
    return this.#channel.current;
  }

  /** Calls back with the findings now and whenever they change; returns the unsubscribe function. */
  observeFindings(callback: (findings: readonly Finding[], status: CheckStatus) => void): () => void {
    return this.#channel.subscribe(callback);
  }

  /** Scrolls to a cell (address) or section (id) and moves focus there; false when there is none. */
  focusCell(path: string): boolean {
    return focusPath(this.shadowRoot, path);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A report set from script wins over `src`; a report that came from `src` follows it.
    if (changed.has('report') && this.report !== this.#loaded) this.#loaded = undefined;
    if (changed.has('src') && this.src && (!this.report || this.#loaded)) void this.#load(this.src);
    if (
      changed.has('report') ||
      changed.has('previous') ||
      changed.has('showFindings') ||
      changed.has('findings')
    ) {
      if (this.findings || !this.showFindings) this.computedFindings = undefined;
      else if (this.report) void this.#validate(this.report);
    }
  }

  protected override updated(): void {
    this.#channel.publish(
      this.showFindings ? (this.findings ?? this.computedFindings ?? []) : [],
      this.#checkStatus(),
    );
  }

  /** Whether the findings published come from a check: a list says 「未发现问题」 only then. */
  #checkStatus(): CheckStatus {
    if (!this.showFindings) return { state: 'off' };
    if (this.loadError) return { state: 'failed', cause: 'report', detail: this.loadError.detail };
    if (this.findings) return CHECKED;
    if (this.#engineError) return { state: 'failed', cause: 'engine', detail: this.#engineError };
    return this.computedFindings ? CHECKED : { state: 'pending' };
  }

  async #load(src: string): Promise<void> {
    this.#fetch?.abort();
    const controller = new AbortController();
    this.#fetch = controller;
    this.loadError = undefined;
    try {
      const response = await fetch(src, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
      if (!response.ok) {
        this.loadError = { kind: 'http', status: response.status, src, detail: response.statusText };
        return;
      }
      const text = await response.text();
      let report: Report;
      try {
        report = JSON.parse(text) as Report;
      } catch (error) {
        if (!controller.signal.aborted)
          this.loadError = { kind: 'json', detail: String((error as Error).message ?? error) };
        return;
      }
      if (controller.signal.aborted) return;
      this.#loaded = report;
      this.report = report;
    } catch (error) {
      if (!controller.signal.aborted)
        this.loadError = { kind: 'network', src, detail: String((error as Error).message ?? error) };
    }
  }

  async #validate(report: Report): Promise<void> {
    const run = ++this.#validation;
    // Without the engine (offline, blocked) the report still shows; only the marks are missing.
    const engine = await loadEngine().catch((error: unknown) => {
      this.#engineError = String((error as Error)?.message ?? error);
      this.requestUpdate();
      return undefined;
    });
    if (!engine) return;
    this.#engineError = undefined;
    if (run !== this.#validation || this.report !== report) return;
    this.computedFindings = engine.validate(report, {
      locale: this.locale,
      ...(this.previous ? { previous: this.previous } : {}),
    });
  }

  protected override render() {
    const locale = this.locale;
    const messages = messagesFor(locale, this.messages);
    if (this.loadError) return renderLoadProblem(this.loadError, messages);
    const report = this.report;
    if (!report) return html`<p class="gk-muted" aria-busy="true">${messages.loading}</p>`;
    const marks = this.showFindings
      ? findingsByPath(this.findings ?? this.computedFindings ?? [])
      : undefined;
    const annotations = report.annotations ?? {};
    const extras = !!marks || Object.keys(annotations).length > 0;
    const cells: CellRenderer = {
      extras,
      ...(marks
        ? {
            classes: (cell) => {
              const first = marks.get(cell.address)?.[0];
              return first ? `gk-${first.severity}` : '';
            },
          }
        : {}),
      figure: (cell) => {
        const text = formatCell(getCell(report, cell.address), cell.def.kind, locale);
        const note = annotations[cell.address];
        const found = marks?.get(cell.address);
        // The common case: neither a note nor a finding.
        if (!note && !found) return { text, extra: nothing };

        return {
          text,
          extra: html`${note ? html`<span class="gk-annotation">（${note}）</span>` : nothing}${
            found
              ? html`<span class="gk-sr">${found.map((f) => messages.cellHasFinding(messages.severity[f.severity], f.message)).join('；')}</span>`
              : nothing
          }`,
        };
      },
    };
    return html`${renderReportBody(report, {
      locale,
      messages,
      cells,
      narrative: (id: NarrativeId, text: string) =>
        html`<div id=${`narrative-${id}`}>${renderParagraphs(text, messages.emptyNarrative)}</div>`,
    })}`;
  }
}
