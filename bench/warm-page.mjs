// The warm samples' page: a fresh page of bench/pages/ with the library loaded, and the data fetched
// into window.benchData before any clock starts. Shared by bench/run.mjs and bench/phases.mjs.

/** Opens `file` in a fresh 1280×900 page; with `dataUrl`, fetches the data too. Closes it if that fails. */
export async function warmPage(browser, origin, file, dataUrl) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${origin}/bench/pages/${file}`);
    await page.waitForFunction(() => window.benchReady === true);
    if (dataUrl) await page.evaluate(async (url) => (window.benchData = await (await fetch(url)).json()), dataUrl);
    return page;
  } catch (error) {
    await page.close();
    throw error;
  }
}
