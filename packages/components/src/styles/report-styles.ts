import { css } from 'lit';

/**
 * The look shared by the report, the editor and the comparison. Theme through the `--gk-*` custom
 * properties; the defaults are plain black on white so print and high-contrast modes need no work.
 */
export const reportStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--gk-color-text, #0b0c0c);
    background: var(--gk-color-background, transparent);
    font-family: var(--gk-font-family, system-ui, 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif);
    font-size: var(--gk-font-size, 1rem);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  h1,
  h2,
  h3 {
    font-weight: 700;
    line-height: 1.3;
  }
  h1 {
    font-size: var(--gk-title-size, 1.5em);
    text-align: center;
    margin: 0 0 1em;
  }
  h2 {
    font-size: var(--gk-heading-size, 1.15em);
    margin: 1.5em 0 0.5em;
  }
  .gk-narrative p {
    margin: 0 0 0.6em;
    text-indent: 2em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .gk-empty::before {
    content: attr(data-empty);
  }
  .gk-muted {
    color: var(--gk-color-muted, #505a5f);
  }
  .gk-scroll {
    overflow-x: auto;
    max-width: 100%;
    border: 1px solid transparent;
    /* Collapsed borders sit half outside the table: the padding keeps its right edge inside the box. */
    padding: 1px;
    box-sizing: border-box;
    /* Lets the caption say when the table runs on past the right edge (see the cue below). */
    container-type: scroll-state;
  }
  /* A visible cue that a table scrolls sideways, shown only while columns lie hidden to the right. */
  @container scroll-state(scrollable: right) {
    caption::after {
      content: attr(data-scroll-cue);
      display: block;
      font-size: 0.85em;
      font-weight: 400;
      color: var(--gk-color-muted, #505a5f);
    }
  }
  .gk-scroll:focus-visible,
  :focus-visible {
    outline: 3px solid var(--gk-color-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--gk-color-focus-ring, #0b0c0c);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    min-width: var(--gk-table-min-width, 40rem);
    font-variant-numeric: tabular-nums;
    background: var(--gk-color-table-background, #fff);
  }
  caption {
    text-align: start;
    caption-side: top;
  }
  .gk-note {
    font-weight: 400;
    font-size: 0.9em;
  }
  th,
  td {
    border: 1px solid var(--gk-color-border, #0b0c0c);
    padding: var(--gk-cell-padding, 0.3em 0.5em);
    vertical-align: middle;
  }
  th {
    background: var(--gk-color-header-background, #f3f2f1);
    font-weight: 600;
    text-align: center;
  }
  th[scope='row'],
  th[scope='rowgroup']:not(.gk-heading) {
    text-align: start;
  }
  /* Column heads four characters wide (商业企业, 社会公益 / 组织), never squeezed to one a line. */
  th[scope='col'] {
    width: 4em;
  }
  /* Section 四: fifteen columns of two characters a line (结果 / 维持), the table as wide as they are, so
     it fits an 800 px portal column instead of 1,096 px. */
  table[data-table='appeals'] {
    width: auto;
    min-width: 0;
  }
  table[data-table='appeals'] th[scope='col'] {
    width: 2em;
  }
  table[data-table='appeals'] td {
    min-width: 2em;
  }
  th.gk-heading {
    text-align: start;
    background: var(--gk-color-subheading-background, #e8e8e8);
  }
  td {
    text-align: end;
    white-space: nowrap;
    min-width: 3.5em;
  }
  td.gk-corner {
    text-align: start;
    white-space: normal;
    font-size: 0.85em;
    background: var(--gk-color-header-background, #f3f2f1);
  }
  .gk-total,
  tr.gk-total > * {
    font-weight: 700;
  }
  .gk-annotation {
    font-size: 0.85em;
    white-space: normal;
  }
  td.gk-error {
    background: var(--gk-color-error-background, #fbe9e7);
    box-shadow: inset 0 0 0 2px var(--gk-color-error, #d4351c);
  }
  td.gk-warning {
    background: var(--gk-color-warning-background, #fff7e0);
    box-shadow: inset 0 0 0 2px var(--gk-color-warning, #b35900);
  }
  td.gk-info {
    box-shadow: inset 0 0 0 1px var(--gk-color-info, #1d70b8);
  }
  td:focus {
    outline: 3px solid var(--gk-color-focus, #ffdd00);
  }
  .gk-sr {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  [role='alert'] {
    color: var(--gk-color-error, #d4351c);
    font-weight: 700;
  }

  /* Narrow screens: each row becomes a block, each figure a labelled line. */
  @container (max-width: 36rem) {
    .gk-scroll {
      overflow: visible;
    }
    table,
    tbody,
    tr,
    th,
    td,
    caption {
      display: block;
      width: auto;
      min-width: 0;
    }
    table {
      border: 0;
    }
    thead,
    td.gk-corner,
    th[scope='col'],
    th[scope='colgroup'] {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr {
      border-top: 1px solid var(--gk-color-border, #0b0c0c);
      padding: 0.25em 0;
    }
    th,
    td {
      border: 0;
    }
    td {
      display: flex;
      justify-content: space-between;
      gap: 1em;
      white-space: normal;
    }
    td::before {
      content: attr(data-label);
      text-align: start;
      font-weight: 400;
    }
  }

  @media print {
    :host {
      color: #000 !important;
      background: #fff !important;
      font-size: 10.5pt;
      container-type: normal;
    }
    .gk-scroll {
      overflow: visible !important;
      border: 0;
    }
    table {
      min-width: 0;
      background: #fff;
    }
    /* Section 四's fifteen figures fit the A4 width (180 mm between margins). */
    th,
    td {
      padding: 0.2em 0.3em;
    }
    td {
      min-width: 0;
    }
    th,
    td,
    td.gk-corner,
    th.gk-heading {
      color: #000 !important;
      background: #fff !important;
      border-color: #000 !important;
      box-shadow: none !important;
    }
    thead {
      display: table-header-group;
    }
    tr,
    th,
    td {
      break-inside: avoid;
      page-break-inside: avoid;
    }
    h1,
    h2,
    caption {
      break-after: avoid;
      page-break-after: avoid;
    }
    .gk-no-print {
      display: none !important;
    }
  }
`;

/** The page box for print: A4 (set on the document, since `@page` inside a shadow root is ignored). */
export const pageCss = '@page { size: A4; margin: 18mm 15mm; }';
