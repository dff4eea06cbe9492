export { n as EventTimeline } from './event-timeline-AIxmp7du.js';
