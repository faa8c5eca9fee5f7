import { css } from 'lit';

/** The editor's additions to the report's look. */
export const editorStyles = css`
  td.gk-input-cell {
    padding: 0;
  }
  /* A page's note beside a cell or under a text area (a chain's start, dates to review). */
  .gk-cell-note,
  .gk-text-note {
    display: block;
    padding: 0.1em 0.5em;
    font-size: 0.85em;
    color: var(--gk-color-warning, #8a5a00);
  }
  .gk-text-note {
    margin: 0.3em 0 0;
    border-left: 3px solid var(--gk-color-warning, #8a5a00);
  }
  td input {
    box-sizing: border-box;
    width: 100%;
    min-width: 4.5em;
    padding: var(--gk-cell-padding, 0.3em 0.5em);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  /* Section 四's fifteen inputs: narrower, so the table fits beside the editor's panels at 1366 px. */
  table[data-table='appeals'] td input {
    min-width: 3em;
  }
  td input:focus {
    outline: 3px solid var(--gk-color-focus, #ffdd00);
    outline-offset: -3px;
    background: var(--gk-color-input-focus-background, #fff);
  }
  td.gk-derived input {
    color: var(--gk-color-derived, #1d70b8);
    font-style: italic;
    background: var(--gk-color-derived-background, #eef5fb);
  }
  td input:disabled {
    color: var(--gk-color-muted, #505a5f);
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 8em;
    padding: 0.5em;
    font: inherit;
    border: 2px solid var(--gk-color-border, #0b0c0c);
    resize: vertical;
  }
  textarea:focus {
    outline: 3px solid var(--gk-color-focus, #ffdd00);
  }
  .gk-toolbar {
    display: flex;
    gap: 0.5em;
    align-items: center;
    flex-wrap: wrap;
    margin: 0 0 1em;
  }
  button {
    font: inherit;
    padding: 0.3em 0.9em;
    border: 2px solid var(--gk-color-button-border, #0b0c0c);
    background: var(--gk-color-button-background, #f3f2f1);
    color: inherit;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .gk-draft {
    border-inline-start: 5px solid var(--gk-color-info, #1d70b8);
    padding: 0.5em 1em;
    margin: 0 0 1em;
    background: var(--gk-color-draft-background, #f3f8fc);
  }
  .gk-legend {
    font-size: 0.9em;
  }
  .gk-legend-derived {
    color: var(--gk-color-derived, #1d70b8);
    font-style: italic;
  }
`;
