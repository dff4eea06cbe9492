// `npm run dev`: the demo served from the TypeScript sources, unminified with source maps, and
// reloaded on every save. `tsc --watch` keeps dist/ and its types current and prints type errors;
// the dev server compiles each source file on request (esbuild), so a reload takes a second.
import { spawn } from 'node:child_process';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const tsc = spawn('npx', ['tsc', '-p', '.', '--watch', '--preserveWatchOutput'], { stdio: 'inherit' });
process.on('exit', () => tsc.kill());

/** The demo pages load the bundles from cdn/; in development they get the sources instead. */
const sources = {
  '/cdn/korea-timeline.js': '/src/index.ts',
  '/cdn/event-timeline.js': '/src/event-timeline.ts',
};

await startDevServer({
  config: {
    rootDir: '.',
    port: Number(process.env.PORT ?? 8000),
    appIndex: 'demo/index.html',
    open: false,
    watch: true,
    nodeResolve: { exportConditions: ['development'] },
    middleware: [
      (context, next) => {
        const source = sources[context.path];
        // A redirect, not a rewrite: the modules' relative imports resolve from src/.
        if (source) return context.redirect(source);
        return next();
      },
    ],
    plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: 'tsconfig.json' })],
  },
  readCliArgs: false,
  readFileConfig: false,
});
