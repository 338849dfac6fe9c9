import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root, from out/test/support or test/support alike. */
export const repoRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}out${path.sep}`) ? '../../..' : '../..');

export function readFixture<T = unknown>(relative: string): T {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', relative), 'utf8')) as T;
}
