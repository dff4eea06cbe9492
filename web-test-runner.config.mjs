// Runs test/**/*.test.ts in headless Chromium and Firefox ESR, found on this machine.
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** The browser named by the env var, else the first usual path that exists; else a one-line fix. */
function findBrowser(name, envVar, paths, debianPackage) {
  const path = process.env[envVar] || paths.find((p) => existsSync(p));
  if (path) return path;
  console.error(
    `No ${name} found: install it (as root: apt-get update && apt-get install -y ${debianPackage}) or set ${envVar}.`,
  );
  process.exit(1);
}

const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');

// Each browser runs in a different time zone, so every test also proves dates do not shift.
const browsers = [];
if (wanted.includes('chromium')) {
  const executablePath = findBrowser(
    'Chromium',
    'CHROME_PATH',
    ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
    'chromium',
  );
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath,
        env: { ...process.env, TZ: 'Asia/Seoul' },
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  const executablePath = findBrowser(
    'Firefox',
    'FIREFOX_PATH',
    ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    'firefox-esr',
  );
  const firefox = chromeLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      env: { ...process.env, TZ: 'America/Los_Angeles' },
    },
  });
  firefox.name = 'Firefox'; // the launcher calls every browser "Chrome" in its reports
  browsers.push(firefox);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: 'tsconfig.json' })],
  browsers,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
