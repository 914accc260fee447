// Preloaded with `node --require`: at exit, writes the names of the built-in modules the
// process loaded (`child_process`, `net`...) to the file named by L10N_LINT_BUILTIN_LOG.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const names = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length));
  writeFileSync(process.env.L10N_LINT_BUILTIN_LOG, names.join('\n') + '\n');
});
