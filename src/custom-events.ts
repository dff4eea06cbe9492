/** Every DOM event the elements fire, for `korea-timeline/elements.js` and the React wrappers. */
export * from './core/events.js';
export * from './features/story/events.js';
export * from './features/source/events.js';
export * from './features/track/events.js';
export * from './features/follow/events.js';
export * from './features/lanes/events.js';
