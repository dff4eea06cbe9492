/** Loading `src`: JSON, TimelineJS3 JSON or CSV, fetched, detected and validated. Browser only. */
export { SourceController } from './controller.js';
