/**
 * The messages between `embed.html` in an iframe and `cdn/embed.js` on the page around it. Each is a
 * plain object with a `type`; docs/embed.md documents them for hosts that bring their own script.
 */

/** From the iframe: it is listening, so the host may send its hash. */
export interface ReadyMessage {
  type: 'kt-embed:ready';
}
/** From the iframe: the height of its content in CSS pixels, sent whenever it changes. */
export interface HeightMessage {
  type: 'kt-embed:height';
  height: number;
}
/** From the iframe: the reader selected this event. */
export interface SelectMessage {
  type: 'kt-embed:select';
  id: string;
}
/** From the iframe: the event a hash message opened is this far (CSS px) below the iframe's top. */
export interface RevealMessage {
  type: 'kt-embed:reveal';
  top: number;
}
/**
 * From the host: the `#id` of its URL (without `#`, decoded), for the iframe to select that event;
 * and, where the host writes selections to its URL (`data-kt-link-hash`), its address without the
 * hash, for the embed's "Copy link" to give the reader the article, not the bare embed.
 */
export interface HashMessage {
  type: 'kt-embed:hash';
  id: string;
  page?: string;
}

/**
 * From the host, to an iframe with `data-kt-follow`: the steps of the article it follows that the
 * reader has passed (the anchors above the line across the host's window), in the link hash's format
 * (`#event-id`, or a `data-kt-view`), in reading order. The embed follows the last of them that is its.
 */
export interface StepMessage {
  type: 'kt-embed:step';
  steps: string[];
}

/**
 * From the host: how far (CSS px) its window's top is below the iframe's top, 0 while the iframe's
 * top is in view. The embed, as tall as its content, never scrolls itself: its era band sticks that
 * far down, at the top of the host's window.
 */
export interface TopMessage {
  type: 'kt-embed:top';
  top: number;
}

export type FrameMessage = ReadyMessage | HeightMessage | SelectMessage | RevealMessage;
