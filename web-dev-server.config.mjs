// `npm start`: serves the demo pages, which load the built bundles from cdn/.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  nodeResolve: true,
  appIndex: 'demo/index.html',
};
