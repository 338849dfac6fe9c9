import { execFile } from 'node:child_process';
import { UserError } from '../shared/UserError';
import type { RunProgram } from './composeCli';

/** Runs a program to completion without a shell and returns its exit code and stdout. */
export const runProgram = (program: string, args: readonly string[], env?: NodeJS.ProcessEnv): ReturnType<RunProgram> =>
  new Promise((resolve, reject) => {
    execFile(program, [...args], { maxBuffer: 32 * 1024 * 1024, env: env ?? process.env }, (err, stdout) => {
      // A string code means it could not start (ENOENT, EACCES); a number is its exit code.
      const code: unknown = err?.code;
      if (err && typeof code === 'string') {
        reject(new UserError(`${program}: ${err.message}`, 'failed', { cause: err }));
        return;
      }
      resolve({ code: err ? (typeof code === 'number' ? code : 1) : 0, stdout });
    });
  });
