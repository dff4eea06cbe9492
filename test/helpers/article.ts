// A fixture article of 40 anchors beside a timeline in a sticky column that scrolls on its own, as a
// news page lays it out: for the tests of `follow` (test/follow*.test.ts).
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/event-timeline.js';
import type { EventTimeline } from '../../src/event-timeline.js';
import type { Chronology } from '../../src/model/types.js';
import { forty } from './chronologies.mjs';
import { patience } from './support.js';

const COUNT = 40;
export const chronology: Chronology = forty;

/** The article: one paragraph per event, each with a link to it, tall enough that only a few fit a window. */
// Its heading stands a window above the first paragraph, so at the top nothing is followed yet.
export const article = (anchor: (i: number) => unknown = (i) => html`<a href="#e${i}">event ${i}</a>`) => html`
  <article id="story">
    <h2 style="margin: 0 0 100vh">A story in forty steps</h2>
    ${Array.from(
      { length: COUNT },
      (_, i) => html`<p id="p${i}" style="min-height: 320px; margin: 0">Paragraph ${i} tells of ${anchor(i)}.</p>`,
    )}
    <div style="height: 100vh"></div>
  </article>
`;

/** The page: the article beside a sticky column that scrolls on its own, holding the timeline. */
export async function page(timeline: unknown, body: unknown = article()): Promise<EventTimeline> {
  const root = await fixture<HTMLElement>(html`
    <div style="display: grid; grid-template-columns: 1fr 24rem; gap: 1rem; align-items: start">
      <div>${body}</div>
      <aside id="column" style="position: sticky; top: 0; height: 100vh; overflow: auto">${timeline}</aside>
    </div>
  `);
  const el = root.querySelector<EventTimeline>('event-timeline')!;
  await el.settled();
  return el;
}

/** What the step should be, worked out here on its own: the last anchor whose top is above 40% of the window. */
export function expected(selector = '#story a[href^="#e"]'): string | undefined {
  const line = innerHeight * 0.4;
  const above = [...document.querySelectorAll(selector)].filter((a) => a.getBoundingClientRect().top <= line);
  return above.at(-1)?.getAttribute('href')?.slice(1);
}

/** Scrolls the page so that anchor `i` sits `by` px below (or, negative, above) the line. */
export function scrollToAnchor(i: number, by = -10): void {
  const anchor = document.querySelector(`#p${i} a`)!;
  scrollTo(0, scrollY + anchor.getBoundingClientRect().top - innerHeight * 0.4 - by);
}

export const followed = (el: EventTimeline, id: string | undefined) =>
  waitUntil(() => el.selected === id, `following selects ${id}, not ${el.selected}`, patience);
