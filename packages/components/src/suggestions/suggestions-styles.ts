import { css } from 'lit';

/** The editor's list of proposed corrections, under its toolbar. */
export const suggestionsStyles = css`
  .gk-suggestions {
    margin: 0.5em 0 1em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--gk-color-error, #d4351c);
    background: var(--gk-color-suggestion-background, #fdf3f1);
  }
  .gk-suggestions-heading {
    margin: 0 0 0.35em;
    font-size: 1em;
  }
  .gk-suggestions ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .gk-suggestions li,
  .gk-adopted {
    margin: 0.35em 0;
  }
  .gk-suggestions button {
    margin-inline-start: 0.5em;
  }
`;
