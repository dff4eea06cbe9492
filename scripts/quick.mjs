// npm run test:quick: the inner loop while you work, in about a minute. The type check, the build,
// the Node tests but the consumer install (which packs and installs from the registry), and the
// browser tests in Chromium alone. `npm test` is the whole check, and the one CI runs.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const step = (command, args, env = {}) =>
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
try {
  step('npm', ['run', '--silent', 'typecheck']);
  step('npm', ['run', '--silent', 'build']);
  const node = readdirSync('test/node').filter((file) => file.endsWith('.test.mjs') && file !== 'consumer.test.mjs');
  step(process.execPath, ['--test', ...node.map((file) => `test/node/${file}`)]);
  step('npx', ['web-test-runner'], { BROWSERS: 'chromium' });
} catch {
  process.exitCode = 1;
}
