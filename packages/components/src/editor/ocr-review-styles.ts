import { css } from 'lit';

/** The 「请核对」 walk-through: the crop beside the value, focus always visible. */
export const ocrReviewStyles = css`
  .gk-ocr {
    border: 2px solid var(--gk-color-border, #0b0c0c);
    border-inline-start: 6px solid var(--gk-color-warning, #8a5a00);
    padding: 0.5em 1em 0.8em;
    margin: 0 0 1em;
  }
  .gk-ocr:not(.gk-ocr-open) {
    border-inline-start-color: var(--gk-color-ok, #00703c);
  }
  .gk-ocr h2 {
    margin: 0.2em 0 0.3em;
    font-size: 1.2em;
  }
  .gk-ocr-banner {
    margin: 0 0 0.6em;
    font-weight: bold;
  }
  .gk-ocr-item {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    align-items: flex-start;
  }
  .gk-ocr-where {
    flex-basis: 100%;
    margin: 0;
  }
  .gk-ocr-crop {
    max-width: min(100%, 24em);
    max-height: 8em;
    border: 1px solid var(--gk-color-border, #0b0c0c);
    image-rendering: auto;
  }
  .gk-ocr-nocrop {
    padding: 0.5em;
    margin: 0;
  }
  .gk-ocr-read p {
    margin: 0 0 0.3em;
  }
  .gk-ocr-read label {
    display: block;
    font-weight: bold;
  }
  #ocr-value {
    font: inherit;
    font-size: 1.3em;
    font-variant-numeric: tabular-nums;
    width: 8em;
    padding: 0.2em 0.4em;
    border: 2px solid var(--gk-color-border, #0b0c0c);
    text-align: end;
  }
  #ocr-value:focus,
  .gk-ocr button:focus-visible {
    outline: 3px solid var(--gk-color-focus, #ffdd00);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--gk-color-border, #0b0c0c);
  }
  .gk-ocr-keys {
    font-size: 0.85em;
    color: var(--gk-color-muted, #505a5f);
  }
  .gk-ocr-state {
    color: var(--gk-color-ok, #00703c);
    font-weight: bold;
    min-height: 1.2em;
  }
  .gk-ocr-actions {
    display: flex;
    gap: 0.5em;
    flex-wrap: wrap;
  }
`;
