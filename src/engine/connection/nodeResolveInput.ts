import * as fs from 'node:fs';
import * as os from 'node:os';
import type { ResolveInput } from './resolveEndpoint';

/** The real machine as endpoint resolution sees it. */
export function nodeResolveInput(setting?: string, env: NodeJS.ProcessEnv = process.env): ResolveInput {
  return {
    setting,
    env,
    homedir: os.homedir(),
    platform: process.platform,
    readFile: file => {
      try {
        return fs.readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    exists: file => fs.existsSync(file),
  };
}
