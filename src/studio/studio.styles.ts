import { css } from 'lit';

/** The studio's page: the grid beside the preview on a wide screen, above it on a phone; light and dark. */
export const studioStyles = css`
  :host {
    --_bg: light-dark(#ffffff, #121417);
    --_text: light-dark(#1b1f24, #e6e9ed);
    --_muted: light-dark(#525b66, #a3acb7);
    --_rule: light-dark(#c9d0d8, #3a424c);
    --_surface: light-dark(#f4f6f8, #1c2026);
    --_accent: light-dark(#0b57d0, #8ab4f8);
    --_error: light-dark(#b3261e, #f2b8b5);
    /* A sheet row's height: the grid draws only the rows in view, and places them by it. */
    --_row: 37px;
    display: block;
    color-scheme: light dark;
    background: var(--_bg);
    color: var(--_text);
    font:
      1rem/1.5 system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans KR',
      sans-serif;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  .studio {
    padding: 1rem;
    max-width: 120rem;
    margin: 0 auto;
  }
  h1 {
    margin: 0;
    font-size: 1.75rem;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }
  h3 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  .lede,
  .bring > p {
    margin: 0.25rem 0 0.75rem;
    color: var(--_muted);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin: 0 0 0.75rem;
  }
  .bring,
  .edit,
  .see {
    border-top: 1px solid var(--_rule);
    padding-top: 0.75rem;
    margin-top: 0.75rem;
  }
  button,
  .button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
    min-height: 44px;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.25rem 0.9rem;
    border: 1px solid var(--_rule);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  input[type='checkbox'] {
    min-height: 0;
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_accent);
  }
  .options label.check {
    display: flex;
    align-items: center;
    gap: 0.4em;
    align-self: end;
    min-height: 44px;
  }
  /* The section shown: filled, as a pressed toggle reads, with a mark for those who see no colour. */
  .sections [role='group'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .sections [aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }
  .sections [aria-pressed='true']::before {
    content: '✓';
  }
  .sections .count {
    font-variant-numeric: tabular-nums;
    opacity: 0.8;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .button input[type='file'] {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
  .button:focus-within,
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  button.link {
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  .url {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
    flex: 1 1 20rem;
  }
  .url label {
    display: grid;
    flex: 1 1 16rem;
  }
  input,
  select,
  textarea {
    border: 1px solid var(--_rule);
    border-radius: 0.375rem;
    background: var(--_bg);
    padding: 0.25rem 0.5rem;
  }
  label {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .message:empty {
    display: none;
  }
  .message {
    padding: 0.5rem 0.75rem;
    border-radius: 0.375rem;
    background: var(--_surface);
  }
  .fallback {
    display: block;
    color: var(--_muted);
  }
  .work {
    display: grid;
    gap: 0 1.5rem;
  }
  .work > section {
    min-width: 0;
  }
  :lang(ko) {
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  @media (min-width: 70rem) {
    .work {
      grid-template-columns: minmax(0, 1.2fr) minmax(0, 1fr);
      align-items: start;
    }
    .see {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
  }
  /* Long lists scroll within it, so the sheet stays near. */
  .problems {
    max-height: 16rem;
    overflow: auto;
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_rule);
    border-radius: 0.5rem;
  }
  .problems p {
    margin: 0.25rem 0;
  }
  .problems ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .count.error,
  .errors button {
    color: var(--_error);
  }
  /* The sheet scrolls in a box of its own, whose rows are drawn only near the view (the others are
     two spacer rows of their height): a keystroke in a sheet of thousands lays out a few dozen. */
  .grid-box {
    contain: strict;
    overflow: auto;
    height: 70vh;
    min-height: 20rem;
    border: 1px solid var(--_rule);
    border-radius: 0.5rem;
  }
  .grid {
    table-layout: fixed;
    width: max-content;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  /* The header row's widths are the columns' (table-layout: fixed). */
  .grid thead th {
    width: 12rem;
  }
  .grid thead th:first-child {
    width: 3.5rem;
  }
  .grid thead th:last-child {
    width: 8rem;
  }
  .grid tbody tr {
    height: var(--_row);
  }
  .grid .spacer td {
    padding: 0;
    border: 0;
  }
  .grid th {
    position: sticky;
    background: var(--_surface);
    padding: 0.25rem 0.5rem;
    text-align: start;
    white-space: nowrap;
    font-weight: 600;
  }
  /* The column names stay at the top, the row numbers at the start, as a spreadsheet keeps them. */
  .grid thead th {
    top: 0;
    z-index: 2;
  }
  .grid tbody th {
    inset-inline-start: 0;
    z-index: 1;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .grid td {
    border-top: 1px solid var(--_rule);
    padding: 0;
  }
  .grid input {
    width: 100%;
    min-height: 36px;
    border: 0;
    border-radius: 0;
    background: transparent;
  }
  .grid td.bad input {
    box-shadow: inset 0 0 0 2px var(--_error);
  }
  .actions {
    white-space: nowrap;
  }
  .actions button {
    min-height: 36px;
    min-width: 36px;
    padding: 0;
    justify-content: center;
    border-radius: 0.375rem;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin: 0 0 0.75rem;
    border: 1px solid var(--_rule);
    border-radius: 0.5rem;
  }
  .options label {
    display: grid;
  }
  .frame {
    border: 1px solid var(--_rule);
    border-radius: 0.5rem;
    padding: 0.75rem;
  }
  .snippet {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.5rem;
    margin: 0 0 0.75rem;
  }
  .snippet label {
    grid-column: 1 / -1;
  }
  .snippet textarea {
    font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    font-size: 0.8125rem;
    resize: vertical;
  }
  .publish {
    margin-top: 1rem;
  }
  .share a {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute;
    clip-path: inset(50%);
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
`;
