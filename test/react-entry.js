// Bundled by web-test-runner.config.mjs into test/.vendor/react.js for the framework test.
export { createElement } from 'react';
export { flushSync } from 'react-dom';
export { createRoot } from 'react-dom/client';
