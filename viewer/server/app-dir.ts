// Where the built viewer app lives: `vite build` writes it to dist/viewer/app at the package root.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../../extractor/errors.js';

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new KgError('viewer', 'cannot find the gonghui-kg package root');
    dir = parent;
  }
  return dir;
}

/** The directory of the built viewer; throws with the fix when it has not been built. */
export function viewerAppDir(): string {
  const dir = join(packageRoot(), 'dist', 'viewer', 'app');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new KgError('viewer', `the viewer is not built (${join(dir, 'index.html')} is missing); run "npm run build"`);
  }
  return dir;
}
