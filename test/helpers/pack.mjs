// The pack-and-install harness of the consumer tests (test/node/consumer.test.mjs, test/next/): the
// package packed as `npm publish` would pack it, installed into a new project as a user would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** This package's package.json: the versions consumers install beside it come from its devDependencies. */
export const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Runs a command; on failure, throws with everything it printed. */
export function run(cwd, command, args, env = process.env) {
  try {
    return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout}${error.stderr}`);
  }
}

/**
 * A new project in a temporary folder with the packed tarball and `dependencies` (npm specs)
 * installed from the registry; `manifest` is its package.json. Returns the folder.
 */
export function installPacked(name, dependencies, manifest = {}, env = process.env) {
  const dir = mkdtempSync(join(tmpdir(), `korea-timeline-${name}-`));
  const [{ filename }] = JSON.parse(
    run('.', 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], env),
  );
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, ...manifest }));
  run(dir, 'npm', ['install', '--no-audit', '--no-fund', join(dir, filename), ...dependencies], env);
  return dir;
}

/** `name@version` of a devDependency, so consumers test against what the package is developed with. */
export const dev = (name) => `${name}@${pkg.devDependencies[name]}`;
