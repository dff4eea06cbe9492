import { EventTimeline } from './event-timeline.js';
import { first, rest } from './korea-data.js';
import { trust } from '../model/check.js';
import type { Chronology } from '../model/types.js';
import { findStrings, registerLocale } from '../model/messages.js';
import ko from '../features/locales/ko.js';

/** Validated by test/node/data.mjs whenever it changes, so it is shown as it is. */
const korea = trust(first);

/** The whole chronology, once: `first` with the notes, sources and annotations `rest` brings. */
let whole: Promise<Chronology> | undefined;
const complete = (): Promise<Chronology> =>
  (whole ??= rest!().then(({ events, annotations }) =>
    trust({
      ...korea,
      events: korea.events.map((event) => ({ ...event, ...events[event.id] })),
      ...(annotations && { annotations }),
    }),
  ));

/**
 * South Korea between Washington and Beijing, 1950–2025: `<event-timeline>` with the Korea
 * chronology as its default `chronology`. Every attribute, part and token of
 * `<event-timeline>` applies. It brings the Korean strings with it, so it reads in Korean from its
 * first render (`locale="ko"`), as does any `<event-timeline>` on its page.
 *
 * @tagname korea-timeline
 * @summary The Korea chronology, ready to drop into a page.
 */
export class KoreaTimeline extends EventTimeline {
  static {
    // Unless the page registered Korean strings of its own first.
    if (!findStrings('ko')) registerLocale('ko', ko);
  }

  /** The notes and sources on their way, in the CDN bundle (see ./korea-data.ts). */
  #rest: Promise<void> | undefined;
  /** Server-rendered with every source: it waits for them before it hydrates, so nothing changes. */
  #hydrating = Boolean(this.shadowRoot);

  constructor() {
    super();
    this.chronology = korea;
    if (rest) {
      this.#rest = this.chunk('sources', complete).then((chronology) => {
        if (chronology && this.chronology === korea) this.chronology = chronology;
      });
    }
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (this.#hydrating && this.#rest) await this.#rest;
    this.#hydrating = false;
    await super.scheduleUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#rest;
    return super.getUpdateComplete();
  }
}
