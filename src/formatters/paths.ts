import path from 'node:path';

/** A linted file's path relative to the working directory, with forward slashes. */
export function relativePath(root: string, file: string, cwd: string): string {
  return path.relative(cwd, path.join(root, file)).split(path.sep).join('/');
}
