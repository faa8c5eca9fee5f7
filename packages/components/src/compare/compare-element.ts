import { formatsOf, getCell, type Locale, type Report } from '@gongkai/schema';
import { css, html, LitElement, nothing } from 'lit';
import { Localized } from '../i18n/localized.js';
import { type Messages, messagesFor } from '../i18n/messages.js';
import { formatCell, formatDelta, formatPercent } from '../i18n/numbers.js';
import { tableModels } from '../model/table-model.js';
import { reportTitle, sectionHeading } from '../render/report-body.js';
import { type CellRenderer, renderTable } from '../render/table.js';
import { reportStyles } from '../styles/report-styles.js';
import { type CellChange, compareCell } from './change.js';

/**
 * This year's tables beside last year's: each cell shows its figure, last year's and the change, and
 * big changes are highlighted. Cells whose format differs between the years are marked as not comparable.
 *
 * @summary Two years of one body's report, side by side, cell by cell.
 *
 * @csspart report - The whole comparison.
 * @csspart title - The title.
 * @csspart section - Each table section.
 * @csspart heading - Each section heading.
 * @csspart scroll - The scroll region around each table.
 * @csspart table - Each `<table>`.
 * @csspart caption - Each table caption.
 * @csspart value - This year's figure.
 * @csspart change - Last year's figure and the change.
 *
 * @cssprop --gk-color-big-change - Outline of big changes.
 * @cssprop --gk-color-big-change-background - Background of big changes.
 * @cssprop --gk-color-increase - Colour of increases.
 * @cssprop --gk-color-decrease - Colour of decreases.
 * @cssprop --gk-color-muted - Last year's figures.
 * @cssprop --gk-color-border - Table rules.
 * @cssprop --gk-font-family - Font stack.
 */
export class GkReportCompare extends Localized(LitElement) {
  static override styles = [
    reportStyles,
    css`
      td {
        vertical-align: top;
      }
      .gk-change {
        display: block;
        font-size: 0.8em;
        color: var(--gk-color-muted, #505a5f);
      }
      .gk-up {
        color: var(--gk-color-increase, #005a30);
      }
      .gk-down {
        color: var(--gk-color-decrease, #942514);
      }
      td.gk-big {
        background: var(--gk-color-big-change-background, #fff2cc);
        box-shadow: inset 0 0 0 3px var(--gk-color-big-change, #b35900);
      }
      td.gk-big .gk-value::before {
        content: '● ';
        color: var(--gk-color-big-change, #b35900);
      }
      @media print {
        td.gk-big {
          box-shadow: inset 0 0 0 2px #000 !important;
        }
        .gk-change,
        .gk-up,
        .gk-down {
          color: #000 !important;
        }
      }
    `,
  ];

  static override properties = {
    report: { attribute: false },
    previous: { attribute: false },
    threshold: { type: Number },
    minChange: { type: Number, attribute: 'min-change' },
    messages: { attribute: false },
  };

  /** This year's report. */
  report?: Report;

  /** Last year's report by the same body. */
  previous?: Report;

  /** Relative change (0.5 = 50 %) from which a change counts as big. */
  threshold = 0.5;

  /** Absolute change below which no change counts as big (small counts swing in relative terms). */
  minChange = 5;

  /** Overrides of the element's own words, flat or per locale. */
  messages?: Partial<Messages> | Partial<Record<Locale, Partial<Messages>>>;

  /** The change of every cell, by address. */
  changes(): Map<string, CellChange> {
    const out = new Map<string, CellChange>();
    const { report, previous } = this;
    if (!report) return out;
    const previousCells = previous
      ? new Set(tableModels(formatsOf(previous)).flatMap((m) => m.grid.flat().map((c) => c.address)))
      : new Set<string>();
    const big = { threshold: this.threshold, minChange: this.minChange };
    for (const model of tableModels(formatsOf(report))) {
      for (const cell of model.grid.flat()) {
        const before =
          previous && previousCells.has(cell.address) ? (getCell(previous, cell.address) ?? null) : undefined;
        out.set(cell.address, compareCell(getCell(report, cell.address) ?? null, before, big));
      }
    }
    return out;
  }

  protected override render() {
    const locale = this.locale;
    const messages = messagesFor(locale, this.messages);
    const { report, previous } = this;
    if (!report) return html`<p class="gk-muted">${messages.loading}</p>`;
    const changes = this.changes();
    const previousYear = previous?.year ?? report.year - 1;
    const cells: CellRenderer = {
      classes: (cell) => (changes.get(cell.address)?.big ? 'gk-big' : ''),
      content: (cell) => {
        const change = changes.get(cell.address);
        const kind = cell.def.kind;
        return html`<span class="gk-value" part="value">${formatCell(change?.current, kind, locale)}</span>${
          change ? this.#change(change, kind, messages, locale) : nothing
        }`;
      },
    };
    return html`<article part="report">
      <h1 part="title" lang="zh-CN">${reportTitle(report, messages)}</h1>
      ${tableModels(formatsOf(report)).map((model) => {
        const heading = sectionHeading(model.id, locale);
        const caption = messages.compareCaption(heading, report.year, previousYear);
        return html`<section part="section" aria-labelledby=${`section-${model.id}`}>
          ${renderTable(model, locale, html`<h2 id=${`section-${model.id}`} part="heading">${caption}</h2>`, cells)}
        </section>`;
      })}
    </article>`;
  }

  #change(change: CellChange, kind: 'count' | 'signedCount' | 'amount', messages: Messages, locale: Locale) {
    const last = `${messages.previousValue} ${formatCell(change.previous, kind, locale) || '—'}`;
    let text: string;
    switch (change.kind) {
      case 'incomparable':
        return html`<span class="gk-change" part="change" title=${messages.notComparable}
          >—<span class="gk-sr">${messages.notComparable}</span></span
        >`;
      case 'blank':
        return nothing;
      case 'new':
        text = messages.newlyReported;
        break;
      case 'gone':
        text = `${last}，${messages.noLongerReported}`;
        break;
      case 'same':
        text = `${last}，${messages.unchanged}`;
        break;
      default: {
        const pct = change.ratio === undefined ? '' : `（${formatPercent(change.ratio, locale)}）`;
        text = `${last}，${formatDelta(change.delta ?? 0, locale)}${pct}`;
      }
    }
    const cls =
      change.kind === 'up' ? 'gk-change gk-up' : change.kind === 'down' ? 'gk-change gk-down' : 'gk-change';
    return html`<span class=${cls} part="change">${text}${change.big ? html`<span class="gk-sr">，${messages.bigChange}</span>` : nothing}</span>`;
  }
}
