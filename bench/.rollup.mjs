import { nodeResolve } from '@rollup/plugin-node-resolve';
export default { input: 'dist/src/event-timeline.js', output: { dir: 'bench/.dev', format: 'es' }, plugins: [nodeResolve({ browser: true })] };
