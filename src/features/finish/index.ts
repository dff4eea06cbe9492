/**
 * The finishing touches the first paint does without and the server writes: a source's language
 * after its headline ("(in Chinese)"), the finer points of the header and the footnotes, print, and
 * the layout a followed article's links need.
 * In the browser it rides with the guides chunk, right after the first render; the npm entry
 * provides it up front, so a server-rendered snippet has it without JavaScript.
 */
import { css } from 'lit';
import { printStyles } from './print.styles.js';

export { renderLanguage } from './language.js';

/** A kicker, an active chip's tint and check, the footnotes, the list of problems, and every card laid out when following an article. */
const finishStyles = css`
  .kicker {
    margin: 0;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  /* A key moment opens like a chapter: a short rule in its category's colour over its kicker and
     title (positioned, so it moves nothing when this arrives after the first paint). */
  .flow .featured > .body {
    position: relative;
  }
  .flow .featured > .body::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.875em;
    top: -0.1em;
    width: 3em;
    border-top: 3px solid var(--_cat);
  }
  /* On a wide list the card behind an event holds its date as well as its text: hovered, focused or
     selected, the event is the whole row. (On a phone the date is already in the card.) */
  @container not (max-width: 36rem) {
    .flow > .list > .event::before {
      grid-area: year-start / date-start / body-end / body-end;
    }
  }
  /* On a phone the date heads the card, and the larger title says enough. */
  @container (max-width: 36rem) {
    .flow .featured > .body::before {
      display: none;
    }
  }
  .sources summary {
    width: fit-content;
    cursor: pointer;
  }
  /* On a touch screen the disclosure is a 44 px target reaching over the line's spacing, without
     moving it, and above the text around it (positioned) so a tap there is the disclosure's. */
  @media (pointer: coarse) {
    .sources summary {
      position: relative;
      padding-block: calc((44px - 1lh) / 2);
      margin-block: calc((1lh - 44px) / 2);
    }
  }
  /* An active chip's tint and check, */
  .filter[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_cat, var(--_accent)) 14%, var(--_bg));
  }
  .filter[aria-pressed='true']::before {
    content: '✓';
    width: auto;
    height: auto;
    background: none;
  }
  /* and the footnotes. Opened, the disclosure stays where it was, beside the category, and what it
     discloses takes the lines below at the card's whole width: the line does not re-flow. */
  .sources[open],
  .sources[open]::details-content {
    display: contents;
  }
  .sources[open] > :not(summary) {
    flex-basis: 100%;
    max-width: none;
  }
  /* The editor's note, before the sources. */
  .note {
    margin: 0.25em 0 0;
    max-width: 42em;
    font-style: italic;
    color: var(--_muted);
  }
  .note:lang(ko) {
    font-style: normal;
  }
  /* The note keeps its measure, in its padding: a narrower item would share the disclosure's line. */
  .sources[open] > .note {
    padding-inline-end: max(0px, 100% - 42em);
  }
  .sources ol {
    margin: 0.25em 0 0;
    padding-inline-start: 1.5em;
  }
  .publisher {
    /* Its own unit for the bidi algorithm: in a right-to-left page it stays apart from the headline. */
    unicode-bidi: isolate;
    margin-inline-end: 0.4em;
    font-weight: 600;
  }
  .sources a {
    color: var(--_text);
    text-decoration-color: var(--_line);
    text-underline-offset: 0.15em;
  }
  .described a {
    font-style: italic;
  }
  .language {
    unicode-bidi: isolate;
  }
  /* The list of problems in the data: found by the validator, a chunk of its own, so never on the first paint. */
  .error summary {
    cursor: pointer;
    font-weight: 600;
  }
  .error ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .error code {
    font-size: 0.95em;
    color: var(--_error);
  }
  /* Following an article, every card is laid out, none skipped off screen: a step, or a link to an
     event's target (the server writes them with follow), reaches where the event really is, not
     where an estimate of the cards above put it. */
  :host([follow]) .event {
    content-visibility: visible;
  }
`;

export const styles = [finishStyles, printStyles];
