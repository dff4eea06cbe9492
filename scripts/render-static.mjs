// Server-side rendering: <korea-timeline> to declarative shadow DOM with korea-timeline/ssr, so a
// reader without JavaScript still gets the whole chronology. `node scripts/render-static.mjs
// [out.html]` writes the demo's page (default demo/static.html), hydrated from the sources.
import { writeFileSync } from 'node:fs';
import { renderTimeline } from '../dist/src/ssr.js';

{
  const out = process.argv[2] ?? 'demo/static.html';
  const { html: timeline } = await renderTimeline({ locale: 'en' });
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
