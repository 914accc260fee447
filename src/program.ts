// The command line's program: bundled as dist/bundle/program.cjs and loaded by the
// bundle's entry point (`bin.ts`) with V8's code cache (see `program-loader.ts`).
export { main } from './main.js';
export { setModuleImporter } from './import-module.js';
