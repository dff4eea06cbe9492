import './support.js';
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { Chronology, TimelineEvent } from '../src/index.js';

// Compiled by `npm run typecheck` with strict settings: these lines type-check only if the tag
// name map and the kt-* event map are right. No casts.
describe('types', () => {
  it('types the elements and their events for addEventListener', () => {
    const el = document.createElement('korea-timeline');
    const seen: string[] = [];
    el.addEventListener('kt-select', (e) => seen.push(e.detail.event.id));
    el.addEventListener('kt-filter', (e) => seen.push(e.detail.categories.join()));
    el.addEventListener('kt-error', (e) => seen.push(e.detail.errors[0]?.path ?? ''));
    el.addEventListener('kt-load', (e) => seen.push(String(e.detail.chronology.events.length)));
    const generic = document.createElement('event-timeline');
    const chronology: Chronology = { title: 'T', categories: [], events: [] };
    generic.chronology = chronology;
    const event: TimelineEvent = { id: 'x', start: '2001', title: 'X', category: 'c' };
    el.dispatchEvent(new CustomEvent('kt-select', { detail: { event } }));
    expect(seen).to.deep.equal(['x']);
    expect(el.chronology.events.length).to.be.greaterThan(30);
  });
});
