// WebKit on Linux, for the tests (web-test-runner.config.mjs) and the screenshots: Debian's WebKitGTK
// MiniBrowser, driven through WebKitWebDriver (apt-get install webkit2gtk-driver xvfb), on a virtual X
// display when the machine has none. Playwright's WebKit build cannot be downloaded here; this can.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';

/** The program named by the env var, else the first usual path that exists; else a one-line fix. */
export function findProgram(name, envVar, paths, debianPackage) {
  const path = process.env[envVar] || paths.find((p) => existsSync(p));
  if (path) return path;
  console.error(
    `No ${name} found: install it (as root: apt-get update && apt-get install -y ${debianPackage}) or set ${envVar}.`,
  );
  process.exit(1);
}

/** UTC+14: a day ahead of UTC, and of Firefox's Los Angeles, for part of each day. */
export const webkitTimeZone = 'Pacific/Kiritimati';

/**
 * Starts WebKitWebDriver (and Xvfb if there is no display) for this process's lifetime. Returns
 * `options(args)`: what webdriverio's `remote()`, or Web Test Runner's WebDriver launcher, takes to open
 * a MiniBrowser with those extra arguments (`--dark-mode`, say).
 */
export async function startWebKit() {
  const driver = findProgram(
    'WebKitWebDriver',
    'WEBKIT_DRIVER_PATH',
    ['/usr/bin/WebKitWebDriver'],
    'webkit2gtk-driver',
  );
  const binary = findProgram(
    'MiniBrowser',
    'MINIBROWSER_PATH',
    ['x86_64-linux-gnu', 'aarch64-linux-gnu'].map((arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`),
    'webkit2gtk-driver',
  );
  // MiniBrowser's toolbar keeps its window at least 447 px wide; a phone is 390. A GTK theme of its
  // own (read from XDG_CONFIG_HOME) lets the toolbar shrink, so setInnerSize can reach phone widths.
  const config = new URL('../test/.webkit/', import.meta.url).pathname;
  mkdirSync(`${config}gtk-3.0`, { recursive: true });
  writeFileSync(
    `${config}gtk-3.0/gtk.css`,
    'toolbar, toolbar *, entry, button { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n',
  );
  const env = {
    ...process.env,
    TZ: webkitTimeZone,
    XDG_CONFIG_HOME: config,
    DISPLAY: process.env.DISPLAY || (await virtualDisplay()),
  };
  const port = await freePort();
  const server = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
  // Neither keeps this process alive; both end with it.
  server.unref();
  process.on('exit', () => server.kill());
  await listening(port, 'WebKitWebDriver');
  return {
    /** Ends this driver (and the browsers it started). */
    stop: () => server.kill(),
    options: (args = []) => ({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only: without this, webdriverio asks for BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary, args: ['--automation', `--time-zone=${webkitTimeZone}`, ...args] },
      },
    }),
  };
}

/**
 * Sizes a WebDriver window so that its page's inner size is the one asked (WebDriver sizes the outer
 * window, toolbar included), and waits until the page sees it. A resize reaches the page a moment
 * later, longer on a loaded machine: each correction is made from the sizes the window and the page
 * report once they agree, never from a page that has not yet seen the last one.
 */
export async function setInnerSize(driver, width, height) {
  const inner = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
  const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
  let asked = [width, height];
  await driver.setWindowSize(...asked);
  let last = '';
  let steady = 0;
  for (let tries = 0; tries < 400; tries++) {
    const [w, h] = await inner();
    if (w === width && h === height) return;
    // The same inner size twice in a row: the page has taken the last resize; correct by the difference.
    steady = `${w}x${h}` === last ? steady + 1 : 0;
    last = `${w}x${h}`;
    if (steady >= 2) {
      const outer = await driver.getWindowSize();
      const next = [outer.width + width - w, outer.height + height - h];
      if (next[0] !== asked[0] || next[1] !== asked[1] || steady >= 20) {
        asked = next;
        await driver.setWindowSize(...asked);
        steady = 0;
      }
    }
    await pause();
  }
  throw new Error(`The window did not take the inner size ${width} × ${height}: its page is ${last}`);
}

/** A free TCP port on this machine. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Resolves once something accepts connections on the port (a driver takes a moment to start). */
async function listening(port, name) {
  for (let tries = 0; tries < 200; tries++) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  console.error(`${name} did not start on port ${port}.`);
  process.exit(1);
}

/**
 * WebKitGTK draws into an X display even when nobody looks: start Xvfb on a free display and give
 * back its name. Xvfb writes the number it chose (-displayfd) on the pipe.
 */
function virtualDisplay() {
  const xvfb = findProgram('Xvfb', 'XVFB_PATH', ['/usr/bin/Xvfb'], 'xvfb');
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    child.unref();
    process.on('exit', () => child.kill());
    let text = '';
    child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (!text.includes('\n')) return;
      child.stdio[3].destroy();
      resolve(`:${text.trim()}`);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display`)));
  });
}
