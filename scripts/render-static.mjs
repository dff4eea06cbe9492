// Server-side rendering: <korea-timeline> to declarative shadow DOM with @lit-labs/ssr, so a reader
// without JavaScript still gets the whole chronology. `node scripts/render-static.mjs [out.html]`
// writes a complete page (default demo/static.html); renderTimeline() is also used by the tests.
import { writeFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../dist/src/index.js';

/** The element's HTML with its shadow root, as a string. */
export async function renderTimeline(attributes = {}) {
  const { locale = 'en' } = attributes;
  return collectResult(render(html`<korea-timeline locale=${locale}></korea-timeline>`));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'demo/static.html';
  const timeline = await renderTimeline();
  writeFileSync(
    out,
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>South Korea between Washington and Beijing (server-rendered)</title>
    <link rel="stylesheet" href="./demo.css" />
    <!-- Hydration: optional. Without JavaScript the page is complete as it is. -->
    <script type="module">
      import '../node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js';
      import '../dist/src/index.js';
    </script>
  </head>
  <body>
    <main>${timeline}</main>
  </body>
</html>
`,
  );
  console.log(`${out} written`);
}
