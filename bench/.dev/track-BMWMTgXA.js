import { j, e, i as i$1, t as t$1, E, a as fromDayNumber, d as dayNumber, b as toPartialDate, c as formatDate, A, g as b, h as cssVars, l as localize, k as formatWhen, m as i$2, W as WINDOW_AFTER } from './event-timeline-AIxmp7du.js';

/**
 * @license
 * Copyright 2020 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */const {I:t}=j,i=o=>o,s=()=>document.createComment(""),v=(o,n,e)=>{const l=o._$AA.parentNode,d=void 0===n?o._$AB:n._$AA;if(void 0===e){const i=l.insertBefore(s(),d),n=l.insertBefore(s(),d);e=new t(i,n,o,o.options);}else {const t=e._$AB.nextSibling,n=e._$AM,c=n!==o;if(c){let t;e._$AQ?.(o),e._$AM=o,void 0!==e._$AP&&(t=o._$AU)!==n._$AU&&e._$AP(t);}if(t!==d||c){let o=e._$AA;for(;o!==t;){const t=i(o).nextSibling;i(l).insertBefore(o,d),o=t;}}}return e},u$1=(o,t,i=o)=>(o._$AI(t,i),o),m={},p=(o,t=m)=>o._$AH=t,M=o=>o._$AH,h=o=>{o._$AR(),o._$AA.remove();};

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const u=(e,s,t)=>{const r=new Map;for(let l=s;l<=t;l++)r.set(e[l],l);return r},c=e(class extends i$1{constructor(e){if(super(e),e.type!==t$1.CHILD)throw Error("repeat() can only be used in text expressions")}dt(e,s,t){let r;void 0===t?t=s:void 0!==s&&(r=s);const l=[],o=[];let i=0;for(const s of e)l[i]=r?r(s,i):i,o[i]=t(s,i),i++;return {values:o,keys:l}}render(e,s,t){return this.dt(e,s,t).values}update(s,[t,r,c]){const d=M(s),{values:p$1,keys:a}=this.dt(t,r,c);if(!Array.isArray(d))return this.ut=a,p$1;const h$1=this.ut??=[],v$1=[];let m,y,x=0,j=d.length-1,k=0,w=p$1.length-1;for(;x<=j&&k<=w;)if(null===d[x])x++;else if(null===d[j])j--;else if(h$1[x]===a[k])v$1[k]=u$1(d[x],p$1[k]),x++,k++;else if(h$1[j]===a[w])v$1[w]=u$1(d[j],p$1[w]),j--,w--;else if(h$1[x]===a[w])v$1[w]=u$1(d[x],p$1[w]),v(s,v$1[w+1],d[x]),x++,w--;else if(h$1[j]===a[k])v$1[k]=u$1(d[j],p$1[k]),v(s,d[x],d[j]),j--,k++;else if(void 0===m&&(m=u(a,k,w),y=u(h$1,x,j)),m.has(h$1[x]))if(m.has(h$1[j])){const e=y.get(a[k]),t=void 0!==e?d[e]:null;if(null===t){const e=v(s,d[x]);u$1(e,p$1[k]),v$1[k]=e;}else v$1[k]=u$1(t,p$1[k]),v(s,d[x],t),d[e]=null;k++;}else h(d[j]),j--;else h(d[x]),x++;for(;k<=w;){const e=v(s,v$1[w+1]);u$1(e,p$1[k]),v$1[k++]=e;}for(;x<=j;){const e=d[x++];null!==e&&h(e);}return this.ut=a,p(s,v$1),E}});

const DAYS_PER_YEAR = 365.2425;
/** A piecewise-linear, non-decreasing map from (directed) day to position. */
class Mapping {
    constructor(perDay) {
        this.perDay = perDay;
        this.days = [];
        this.positions = [];
    }
    add(day, pos) {
        this.days.push(day);
        this.positions.push(pos);
    }
    at(day) {
        const { days, positions } = this;
        const n = days.length;
        if (n === 0)
            return 0;
        if (day <= days[0])
            return positions[0] - (days[0] - day) * this.perDay;
        if (day >= days[n - 1])
            return positions[n - 1] + (day - days[n - 1]) * this.perDay;
        let lo = 0;
        let hi = n - 1;
        while (hi - lo > 1) {
            const mid = (lo + hi) >> 1;
            if (days[mid] <= day)
                lo = mid;
            else
                hi = mid;
        }
        // Several knots may share a day (a cluster pushed apart): the first one is the day's position.
        while (lo > 0 && days[lo - 1] === day)
            lo--;
        const d0 = days[lo];
        const d1 = days[lo + 1];
        return d1 === d0
            ? positions[lo]
            : positions[lo] + ((day - d0) / (d1 - d0)) * (positions[lo + 1] - positions[lo]);
    }
}
function layout(items, eras, options) {
    const sign = options.reverse ? -1 : 1;
    // Along the axis an item runs from `a` to `b`, in directed days (negated when reversed).
    const along = items
        .map((item) => {
        const [a, b] = options.reverse ? [-item.to, -item.from] : [item.from, item.to];
        return { item, a, b };
    })
        .sort((x, y) => x.a - y.a || x.b - y.b);
    const mapping = new Mapping(options.perYear / DAYS_PER_YEAR);
    const laneEnds = new Array(Math.max(1, options.lanes)).fill(-Infinity);
    const placed = [];
    const breaks = [];
    let coverEnd = -Infinity;
    along.forEach(({ item, a, b }, index) => {
        let pos;
        if (options.scale === 'even') {
            pos = index * options.extent;
        }
        else if (index === 0) {
            pos = 0;
            mapping.add(a, 0);
        }
        else {
            pos = mapping.at(a);
            if (a - coverEnd > options.breakAfter) {
                // The break begins once every card before it has ended, so it never overlaps one.
                mapping.add(coverEnd, mapping.at(coverEnd));
                const start = Math.max(mapping.at(coverEnd), ...laneEnds);
                pos = start + options.breakSize;
                breaks.push({ start, end: pos, from: sign > 0 ? coverEnd : -a, to: sign > 0 ? a : -coverEnd });
            }
        }
        let lane = laneEnds.findIndex((end) => end <= pos);
        if (lane < 0) {
            const earliest = Math.min(...laneEnds);
            lane = laneEnds.indexOf(earliest);
            pos = earliest;
        }
        laneEnds[lane] = pos + options.extent;
        if (options.scale === 'time' && index > 0)
            mapping.add(a, pos);
        coverEnd = Math.max(coverEnd, b);
        placed.push({ item, pos, lane, span: 0 });
    });
    if (options.scale === 'time') {
        for (const p of placed) {
            const end = options.reverse ? -p.item.from : p.item.to;
            p.span = p.item.to > p.item.from ? Math.max(0, mapping.at(end) - p.pos) : 0;
        }
    }
    const length = Math.max(0, ...laneEnds, ...placed.map((p) => p.pos + p.span));
    if (options.scale === 'even') {
        return { placed, length, breaks, ticks: evenTicks(placed, options), eras: [] };
    }
    const first = along[0]?.a ?? 0;
    const last = Math.max(...along.map((x) => x.b));
    const inBreak = (day) => breaks.some((br) => day > br.from && day < br.to);
    const ticks = timeTicks(sign > 0 ? first : -last, sign > 0 ? last : -first, (day) => mapping.at(sign * day), inBreak, options);
    const spanOf = (era) => {
        const from = dayNumber(toPartialDate(era.start));
        const to = dayNumber(toPartialDate(era.end), 'last');
        const [x, y] = [mapping.at(sign * from), mapping.at(sign * to)].sort((p, q) => p - q);
        return { era, start: Math.max(0, x), end: Math.min(length, y) };
    };
    return { placed, length, breaks, ticks, eras: eras.map(spanOf).filter((e) => e.end > e.start) };
}
/** Candidate tick days from coarse to fine, placed greedily where they do not crowd a coarser one. */
function timeTicks(firstDay, lastDay, at, 
/** Whether a day falls inside a shortened gap, where no tick belongs. */
inBreak, options) {
    const start = fromDayNumber(firstDay, 'year').year;
    const end = fromDayNumber(lastDay, 'year').year + 1;
    const accepted = [];
    const consider = (day, level) => {
        if (day < firstDay || day > lastDay || inBreak(day))
            return;
        const pos = at(day);
        if (accepted.every((t) => Math.abs(t.pos - pos) >= options.tickSpacing))
            accepted.push({ pos, day, level });
    };
    for (let y = Math.ceil(start / 10) * 10; y <= end; y += 10)
        consider(dayNumber({ year: y}), 'decade');
    for (let y = start; y <= end; y++)
        consider(dayNumber({ year: y}), 'year');
    if (end - start <= 200) {
        for (let y = start; y <= end; y++) {
            for (let m = 2; m <= 12; m++)
                consider(dayNumber({ year: y, month: m}), 'month');
        }
    }
    return accepted.sort((a, b) => a.pos - b.pos);
}
/** Even spacing: a tick at each event that starts a new year, where there is room. */
function evenTicks(placed, options) {
    const ticks = [];
    let lastYear;
    for (const p of placed) {
        const year = fromDayNumber(p.item.from, 'year').year;
        const previous = ticks[ticks.length - 1];
        if (year !== lastYear && (!previous || p.pos - previous.pos >= options.tickSpacing)) {
            ticks.push({ pos: p.pos, day: dayNumber({ year}), level: 'year' });
        }
        lastYear = year;
    }
    return ticks;
}
/** Axis labels: "1950" / "1950년" for decades and years, "Oct 2025" / "2025년 10월" for months. */
function formatTick(day, level, locale) {
    const month = level === 'month';
    return formatDate(fromDayNumber(day, month ? 'month' : 'year'), locale, month);
}

/** The zoom steps of buttons, wheel and keys, and its limits. */
const ZOOM_STEP = 1.5;
const clampZoom = (zoom) => Math.min(16, Math.max(0.25, zoom || 1));
/**
 * Zoom by buttons, Ctrl/⌘ + wheel, pinch and +/-, keeping one event where it was on screen: the
 * one nearest the pointer, or the focused one. The element's `zoom` is the only zoom state; this
 * only remembers, between a request and the render at the new zoom, which event to keep in place.
 */
class Zoomer {
    #anchor;
    #pointers;
    #pinchStart;
    constructor(host) {
        this.host = host;
        this.#pointers = new Map();
        this.onWheel = (event) => {
            if (!(event.ctrlKey || event.metaKey) || this.host.scale !== 'time')
                return;
            event.preventDefault();
            this.#at(event.clientX, this.host.zoom * ZOOM_STEP ** (event.deltaY < 0 ? 1 : -1));
        };
        /** Two touch pointers moving apart or together zoom; one pointer scrolls natively. */
        this.onPointer = (event) => {
            if (event.pointerType !== 'touch')
                return;
            if (event.type === 'pointerdown' || (event.type === 'pointermove' && this.#pointers.has(event.pointerId))) {
                this.#pointers.set(event.pointerId, event.clientX);
            }
            else {
                this.#pointers.delete(event.pointerId);
            }
            const [a, b] = [...this.#pointers.values()];
            if (a === undefined || b === undefined) {
                this.#pinchStart = undefined;
                return;
            }
            const distance = Math.max(1, Math.abs(a - b));
            this.#pinchStart ??= { distance, zoom: this.host.zoom };
            this.#at((a + b) / 2, (this.#pinchStart.zoom * distance) / this.#pinchStart.distance);
        };
    }
    #scroller() {
        return this.host.renderRoot.querySelector('.scroller');
    }
    #li(id) {
        return this.host.renderRoot.querySelector(`li[data-id="${CSS.escape(id)}"]`);
    }
    /** Zooms in (+1) or out (-1) one step, keeping `anchorId` in place. */
    by(direction, anchorId) {
        this.set(this.host.zoom * ZOOM_STEP ** Math.sign(direction), anchorId);
    }
    set(zoom, anchorId, offset) {
        const next = clampZoom(zoom);
        if (next === this.host.zoom || this.host.scale !== 'time')
            return;
        const li = anchorId ? this.#li(anchorId) : null;
        const scroller = this.#scroller();
        if (li && scroller)
            this.#anchor = { id: li.dataset.id, offset: offset ?? li.offsetLeft - scroller.scrollLeft };
        this.host.zoomTo(next);
    }
    /** After a render at the new zoom: scrolls the anchor back to where it was. */
    restore() {
        const anchor = this.#anchor;
        this.#anchor = undefined;
        const li = anchor && this.#li(anchor.id);
        const scroller = this.#scroller();
        if (anchor && li && scroller)
            scroller.scrollLeft = li.offsetLeft - anchor.offset;
    }
    /** Zooms at a point on screen, keeping the event nearest it in place. */
    #at(clientX, zoom) {
        const scroller = this.#scroller();
        let best;
        for (const li of this.host.renderRoot.querySelectorAll('li[data-id]')) {
            const distance = Math.abs(li.getBoundingClientRect().left - clientX);
            if (!best || distance < best.distance)
                best = { li, distance };
        }
        this.set(zoom, best?.li.dataset.id, best && scroller ? best.li.offsetLeft - scroller.scrollLeft : undefined);
    }
}

/**
 * The track's templates: the scroller with its era bands and axis, shortened gaps, and the
 * horizontal layout's detail panel. Part of the track chunk (../controllers/track.ts).
 */
/** The strings only the track shows, one table per locale (the rest are in model/messages.ts). */
const trackMessages = {
    en: {
        zoom: 'Zoom',
        zoomIn: 'Zoom in',
        zoomOut: 'Zoom out',
        details: 'Selected event',
        gap: (from, to) => `No events from ${from} to ${to}; this gap is shortened.`,
    },
    ko: {
        zoom: '확대/축소',
        zoomIn: '확대',
        zoomOut: '축소',
        details: '선택한 사건',
        gap: (from, to) => `${from}부터 ${to}까지는 사건이 없어 간격을 줄였습니다.`,
    },
};
/** Whether a stretch from `start` to `end` (em) overlaps the window, if there is one. */
const inWindow = (window, start, end = start) => !window || (end >= window[0] - 16 && start <= window[1]);
/** The selected event in full, below the horizontal track. */
function renderDetail(event, locale, content) {
    return b `<section part="detail" class="detail" aria-label=${trackMessages[locale].details}>
    <time class="date" datetime=${event.start}>${formatWhen(event, locale)}</time>${content}
  </section>`;
}
/** A shortened gap: drawn in the space before an event, read out as part of it. */
function renderBreak(gap, locale) {
    const from = formatTick(gap.from, 'year', locale);
    const to = formatTick(gap.to, 'year', locale);
    return b `<div part="break" class="break">
    <span aria-hidden="true">${from} → ${to}</span>
    <span class="visually-hidden">${trackMessages[locale].gap(from, to)}</span>
  </div>`;
}
function renderTrack(view) {
    const { layout: track, locale, zoomer } = view;
    const t = trackMessages[locale];
    const onPointer = zoomer.onPointer;
    return b `${view.zoomable
        ? b `<div part="zoom" class="zoom" role="group" aria-label=${t.zoom}>
            <button type="button" aria-label=${t.zoomOut} @click=${() => zoomer.by(-1, view.focused)}>−</button>
            <button type="button" aria-label=${t.zoomIn} @click=${() => zoomer.by(1, view.focused)}>+</button>
          </div>`
        : A}
    <div
      part="scroller"
      class="scroller"
      @wheel=${zoomer.onWheel}
      @scroll=${view.onScroll}
      @pointerdown=${onPointer}
      @pointermove=${onPointer}
      @pointerup=${onPointer}
      @pointercancel=${onPointer}
    >
      <div class="track" style=${cssVars({ '--_length': track.length })}>
        <div class="bands" aria-hidden="true">
          ${track.eras
        .filter(({ start, end }) => inWindow(view.window, start, end))
        .map(({ era, start, end }) => {
        const label = localize(era.label, locale);
        return b `<div
                part="era-band"
                class="band"
                style=${cssVars({ '--_pos': start, '--_size': end - start })}
              >
                <span lang=${label.lang}>${label.text}</span>
              </div>`;
    })}
        </div>
        <div part="axis" class="axis" aria-hidden="true">
          ${track.ticks
        .filter((tick) => inWindow(view.window, tick.pos))
        .map((tick) => b `<span class="tick ${tick.level}" style=${cssVars({ '--_pos': tick.pos })}
                  >${formatTick(tick.day, tick.level, locale)}</span
                >`)}
        </div>
        ${view.list}
      </div>
    </div>
    ${view.detail ?? A}`;
}

/** Styles of the time scale and horizontal layouts, adopted when the track controller loads. */
const trackStyles = i$2 `
  /* Track layouts: events placed on an axis (time scale, or horizontal) */
  .track {
    position: relative;
  }
  .axis,
  .bands,
  .track .list {
    position: absolute;
    inset: 0;
  }
  .axis,
  .bands {
    pointer-events: none;
  }
  .axis {
    z-index: 1;
  }
  /* Positions are in em of the base size: a positioned box keeps it, only its text is smaller. */
  .tick {
    --_t: 0.75;
    position: absolute;
    font-size: calc(var(--_t) * 1em);
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    white-space: nowrap;
  }
  .tick.decade {
    font-weight: 700;
    color: var(--_text);
  }
  .band {
    position: absolute;
    background: var(--_era-bg);
  }
  .band span {
    position: absolute;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.02em;
    color: var(--_muted);
  }
  .vertical-track .event,
  .horizontal .event {
    position: absolute;
    /* Breaks and range spans are drawn outside the item's box: no paint containment here (the
       track renders only what is near the viewport anyway). */
    content-visibility: visible;
  }
  .visually-hidden,
  .vertical-track .era,
  .horizontal .era {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    margin: 0;
    padding: 0;
  }
  .vertical-track .title,
  .horizontal .body .title {
    font-size: 1em;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .vertical-track .selected .title {
    display: block;
  }
  .range::after {
    content: none;
  }
  .break {
    position: absolute;
    display: flex;
    align-items: center;
    justify-content: center;
    font-weight: 600;
    color: var(--_muted);
    background: repeating-linear-gradient(
      var(--_break-angle, 0deg),
      transparent 0 6px,
      color-mix(in srgb, var(--_line) 35%, transparent) 6px 8px
    );
    border-radius: var(--_radius);
  }
  .break span {
    font-size: 0.75em;
    white-space: nowrap;
    padding: 0.1em 0.5em;
    border-radius: 999px;
    background: var(--_bg);
  }

  /* Vertical time scale: axis labels at the start, the line, then cards of fixed height */
  .vertical-track {
    --_axis: 5.5em;
  }
  .vertical-track .track {
    height: calc(var(--_length) * 1em + 1em);
  }
  .vertical-track .list::before {
    inset-inline-start: calc(var(--_axis) + var(--_rail) / 2 - var(--_line-width) / 2);
  }
  .vertical-track .tick {
    top: calc((var(--_pos) * 1em + 0.5em) / var(--_t));
    inset-inline-end: calc(100% - (var(--_axis) - 0.75em) / var(--_t));
    transform: translateY(-50%);
  }
  /* An era: a tinted stripe behind the axis labels, and a rule where it begins. */
  .vertical-track .band {
    top: calc(var(--_pos) * 1em);
    height: calc(var(--_size) * 1em);
    inset-inline: 0;
    background: linear-gradient(to right, var(--_era-bg) calc(var(--_axis) - 0.25em), transparent 0);
    border-top: 1px dashed var(--_line);
  }
  .vertical-track .band span {
    inset-inline-end: 0.25em;
    top: 0.2em;
  }
  .vertical-track .event {
    top: calc(var(--_pos) * 1em);
    inset-inline: var(--_axis) 0;
    height: 4.75em;
    padding: 0;
    grid-template-columns: var(--_rail) minmax(0, 1fr);
    grid-template-areas:
      'marker date'
      'marker body';
    grid-template-rows: auto 1fr;
  }
  .vertical-track .event::before {
    grid-area: 1 / 2 / span 2 / span 1;
  }
  .vertical-track .selected {
    height: auto;
    z-index: 2;
  }
  .vertical-track .selected::before {
    box-shadow: 0 0.5em 1.5em color-mix(in srgb, var(--_text) 18%, transparent);
  }
  .vertical-track .date {
    padding: 0.35em 0.875em 0;
    text-align: start;
  }
  .vertical-track .marker {
    margin-top: 0;
    align-self: start;
  }
  .vertical-track .range .marker {
    height: max(calc(var(--_span) * 1em), var(--_marker));
    opacity: 0.75;
  }
  .vertical-track .body {
    padding: 0 0.875em 0.5em;
  }
  .vertical-track .break {
    top: calc(var(--_gap-start) * 1em);
    height: calc(var(--_gap-size) * 1em);
    inset-inline: calc(var(--_axis) * -1) 0;
    margin-top: -0.25em;
  }

  /* Horizontal: ticks on top, the line, then cards hanging in lanes */
  .horizontal {
    --_top: 3.25em;
    --_row: 6.75em;
    --_card: 13em;
  }
  .scroller {
    position: relative;
  }
  .horizontal .scroller {
    overflow-x: auto;
    overscroll-behavior-x: contain;
    touch-action: pan-x pan-y;
    padding-bottom: 0.5em;
  }
  .horizontal .track {
    width: calc(var(--_length) * 1em + 1em);
    height: calc(var(--_top) + 1.75em + 3 * var(--_row));
  }
  .horizontal .list::before {
    top: var(--_top);
    inset-inline: 0;
    bottom: auto;
    width: auto;
    height: var(--_line-width);
  }
  .horizontal .tick {
    top: 1em;
    inset-inline-start: calc(var(--_pos) * 1em / var(--_t));
  }
  .horizontal .band {
    inset-inline-start: calc(var(--_pos) * 1em);
    width: calc(var(--_size) * 1em);
    top: 2em;
    bottom: 0;
    border-radius: var(--_radius) var(--_radius) 0 0;
    opacity: 0.6;
  }
  .horizontal .band span {
    inset-inline-start: 0.5em;
    bottom: 0.4em;
    white-space: nowrap;
  }
  .horizontal .event {
    inset-inline-start: calc(var(--_pos) * 1em);
    top: calc(var(--_top) - var(--_marker) / 2 + var(--_line-width) / 2);
    width: var(--_card);
    height: calc(1.75em + (var(--_lane) + 1) * var(--_row));
    padding: 0;
    display: block;
  }
  .horizontal .event::before {
    position: absolute;
    inset: auto 0 0.5em 0;
    height: calc(var(--_row) - 0.75em);
  }
  /* the stem from the marker down to the card */
  .horizontal .event::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_marker) / 2 - 0.5px);
    top: var(--_marker);
    height: calc(1.75em + var(--_lane) * var(--_row) - var(--_marker) + 0.5em);
    width: 0;
    border-inline-start: 1px dashed var(--_line);
    background: none;
    opacity: 1;
  }
  .horizontal .marker {
    position: absolute;
    inset-inline-start: 0;
    top: 0;
    margin: 0;
    z-index: 1;
  }
  .horizontal .range .marker {
    width: max(calc(var(--_span) * 1em), var(--_marker));
    height: var(--_marker);
    opacity: 0.75;
    z-index: 0;
  }
  .horizontal .event .date {
    position: absolute;
    inset-inline: 0;
    bottom: calc(var(--_row) - 1.9em);
    padding: 0 0.75em;
    text-align: start;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .horizontal .body {
    position: absolute;
    inset-inline: 0;
    bottom: 0.5em;
    height: calc(var(--_row) - 2.75em);
    padding: 0 0.75em;
    overflow: hidden;
  }
  .horizontal .category {
    margin-top: 0.15em;
  }
  .horizontal .break {
    inset-inline-start: calc(var(--_gap-start) * 1em);
    width: calc(var(--_gap-size) * 1em);
    top: calc(var(--_marker) / -2 - 1em);
    height: 2.5em;
    --_break-angle: 90deg;
  }
  /* A label wider than the gap ("1953년 → 1988년") wraps inside it rather than touch the ticks. */
  .horizontal .break span {
    max-width: 100%;
    white-space: normal;
    text-align: center;
    line-height: 1.2;
  }
  .zoom {
    display: flex;
    justify-content: flex-end;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }
  .zoom button {
    justify-content: center;
    min-width: 2.25em;
    font-size: 1em;
    padding: 0;
  }
  .detail {
    margin-top: var(--_gap);
    padding: 1em 1.25em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .detail .date {
    display: block;
    text-align: start;
    padding: 0;
  }

  /* Narrow: no room beside the cards for era names; the stripe and the rule still mark eras. */
  @container (max-width: 36rem) {
    .vertical-track .band span {
      display: none;
    }
  }
`;

const YEAR = 365.2425;
/** Layout in em: card sizes along the axis, lanes, and how much room a year gets at zoom 1. */
const LAYOUTS = {
    vertical: { extent: 5.5, lanes: 1, perYear: 2.5, breakAfter: 5 * YEAR, breakSize: 4, tickSpacing: 2.75 },
    horizontal: { extent: 14, lanes: 3, perYear: 5, breakAfter: 5 * YEAR, breakSize: 5, tickSpacing: 5 },
};
/** How far beyond the viewport (in em) events are still rendered, on each side. */
const WINDOW_MARGIN = 24;
class TrackController {
    #zoomer;
    #breakBefore = new Map();
    /** The stretch of the track (em) whose events are rendered, when windowed. */
    #window = [-24, 96];
    #listening = false;
    #resizes;
    #styled = false;
    constructor(host) {
        this.host = host;
        this.#zoomer = new Zoomer(host);
        host.addController(this);
    }
    /** More events than a page should hold at once: only those near the screen are rendered. */
    get windowed() {
        return (this.layout?.placed.length ?? 0) > WINDOW_AFTER;
    }
    /** Places the visible events. Zoom stretches time only; even spacing has one lane. */
    arrange(items, eras) {
        const { orientation, scale, reverse } = this.host;
        const options = LAYOUTS[orientation === 'horizontal' ? 'horizontal' : 'vertical'];
        const time = scale === 'time';
        const result = layout(items, eras, {
            ...options,
            lanes: time ? options.lanes : 1,
            perYear: options.perYear * (time ? clampZoom(this.host.zoom) : 1),
            scale: time ? 'time' : 'even',
            reverse,
        });
        this.#breakBefore.clear();
        for (const br of result.breaks) {
            const next = result.placed.find((p) => p.pos >= br.end);
            if (next)
                this.#breakBefore.set(next.item.event.id, br);
        }
        return (this.layout = result);
    }
    /** Forgets the layout: the element shows a flowing list. */
    clear() {
        this.layout = undefined;
    }
    /** Zooms one step in (+1) or out (-1), keeping an event in place. */
    zoomBy(direction, anchorId) {
        this.#zoomer.by(direction, anchorId);
    }
    render(view) {
        const track = this.layout;
        if (!track)
            return undefined;
        const window = this.windowed ? this.#window : undefined;
        const placed = track.placed;
        const event = (i) => {
            const p = placed[i];
            const gap = this.#breakBefore.get(p.item.event.id);
            return view.event(p, i, gap && { gap, label: renderBreak(gap, view.locale) });
        };
        let events;
        if (window) {
            const indices = [];
            placed.forEach((p, i) => {
                if (inWindow(window, p.pos) || view.keep.includes(p.item.event.id))
                    indices.push(i);
            });
            // Keyed by id, so an element keeps its event, and its focus, as the window moves.
            events = c(indices, (i) => placed[i].item.event.id, event);
        }
        else {
            events = placed.map((_, i) => event(i));
        }
        return renderTrack({
            layout: track,
            locale: view.locale,
            zoomable: this.host.orientation === 'horizontal' && this.host.scale === 'time',
            list: view.list(events),
            detail: view.detail && this.host.orientation === 'horizontal'
                ? renderDetail(view.detail.event, view.locale, view.detail.content)
                : undefined,
            zoomer: this.#zoomer,
            focused: view.focused,
            onScroll: this.#measure,
            window,
        });
    }
    hostUpdated() {
        if (this.layout && !this.#styled) {
            const root = this.host.renderRoot;
            root.adoptedStyleSheets = [...root.adoptedStyleSheets, trackStyles.styleSheet];
            this.#styled = true;
        }
        this.#zoomer.restore();
        this.#follow(this.windowed);
        // Measure once the browser has laid the track out; a re-render from here would be a second update.
        if (this.windowed)
            requestAnimationFrame(this.#measure);
    }
    hostDisconnected() {
        this.#follow(false);
    }
    /**
     * Starts or stops following what moves a windowed track on screen: the page's scrolling and
     * resizing, and the element's own size (a container that widens, or a hidden one shown).
     */
    #follow(on) {
        if (on === this.#listening)
            return;
        this.#listening = on;
        for (const type of ['scroll', 'resize']) {
            if (on)
                window.addEventListener(type, this.#measure, { passive: true });
            else
                window.removeEventListener(type, this.#measure);
        }
        this.#resizes?.disconnect();
        this.#resizes = undefined;
        const root = this.host.renderRoot;
        if (on && root instanceof ShadowRoot) {
            this.#resizes = new ResizeObserver(this.#measure);
            this.#resizes.observe(root.host);
        }
    }
    /**
     * Re-renders when the screen has moved near the edge of the rendered window: the window is what
     * is on screen plus a margin each side, and moves only when less than half a margin is left.
     */
    #measure = () => {
        if (!this.windowed)
            return;
        const root = this.host.renderRoot;
        const trackElement = root.querySelector('.track');
        const scroller = root.querySelector('.scroller');
        if (!trackElement || !scroller)
            return;
        const em = parseFloat(getComputedStyle(trackElement).fontSize) || 16;
        const top = trackElement.getBoundingClientRect().top;
        const [start, end] = this.host.orientation === 'horizontal'
            ? [scroller.scrollLeft, scroller.scrollLeft + scroller.clientWidth]
            : [-top, innerHeight - top];
        const spare = WINDOW_MARGIN / 2;
        const current = this.#window;
        if (start / em - spare >= current[0] && end / em + spare <= current[1])
            return;
        this.#window = [start / em - WINDOW_MARGIN, end / em + WINDOW_MARGIN];
        this.host.requestUpdate();
    };
}

export { TrackController };
