import { contextIgnore, listContext } from '../../common/buildContext';
import { cleanPath, globToRegex } from '../../../shared/dockerignore';
import type { Range } from 'vscode-languageserver-types';
import type { DfInstruction } from '../parse/model';
import { stageByName } from '../parse/scope';
import type { DockerfileEnvironmentRule } from './rule';

const glob = /[*?[]/;

/** COPY/ADD sources read from the build context (not another stage, not a heredoc, not a URL). */
function contextSources(ins: DfInstruction): { value: string; range: Range }[] {
  if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.flags.some(f => f.name === 'from') || ins.heredocs.length > 0 || ins.json) {
    return [];
  }
  return ins.args
    .slice(0, -1)
    .map(arg => ({ value: arg.value.replace(/^["']|["']$/g, ''), range: arg.range }))
    .filter(s => !s.value.includes('$') && !/^[a-z]+:\/\//i.test(s.value) && !s.value.startsWith('git@'));
}

export const copyIgnoredFile: DockerfileEnvironmentRule = {
  code: 'dockerfile.copy-ignored-file',
  buildkit: 'CopyIgnoredFile',
  defaultSeverity: 'warning',
  description: 'A COPY or ADD source is excluded by .dockerignore, so the builder never receives it.',
  checkEnvironment(doc, env, report) {
    if (!env.contextRoot) {
      return Promise.resolve();
    }
    const ignore = contextIgnore(env.fs, env.contextRoot, env.dockerfile);
    if (!ignore) {
      return Promise.resolve();
    }
    let files: readonly string[] | undefined;
    for (const ins of doc.instructions) {
      for (const source of contextSources(ins)) {
        const path = cleanPath(source.value);
        if (!path) {
          continue;
        }
        let excluded: boolean;
        if (glob.test(path)) {
          files ??= listContext(env.fs, env.contextRoot).files.map(f => f.path);
          const regex = globToRegex(path);
          const matched = files.filter(f => regex.test(f) || regex.test(f.split('/').slice(0, path.split('/').length).join('/')));
          excluded = matched.length > 0 && matched.every(f => ignore.rules.excludes(f));
        } else {
          excluded = ignore.rules.excludes(path);
        }
        if (excluded) {
          report(
            source.range,
            `'${source.value}' is excluded by ${ignore.file}: the builder never receives it, so this ${ins.keyword} fails or copies nothing.`,
          );
        }
      }
    }
    return Promise.resolve();
  },
};

/** `linux/amd64/v2` → comparable parts; an expected platform without a variant accepts any. */
function samePlatform(actual: string, expected: string): boolean {
  const a = actual.toLowerCase().split('/');
  const e = expected.toLowerCase().split('/');
  return e.every(
    (part, i) => a[i] === part || (i === 1 && ((part === 'amd64' && a[i] === 'x86_64') || (part === 'arm64' && a[i] === 'aarch64'))),
  );
}

export const invalidBaseImagePlatform: DockerfileEnvironmentRule = {
  code: 'dockerfile.invalid-base-image-platform',
  buildkit: 'InvalidBaseImagePlatform',
  defaultSeverity: 'warning',
  description: 'The local base image is for another platform than the one the stage is built for.',
  async checkEnvironment(doc, env, report) {
    let enginePlatform: Promise<string | undefined> | undefined;
    for (const stage of doc.stages) {
      const image = stage.from.from?.image;
      if (!image || image.value.includes('$') || image.value.toLowerCase() === 'scratch' || stageByName(doc, image.value, stage.index)) {
        continue;
      }
      const flag = stage.from.flags.find(f => f.name === 'platform')?.value;
      if (flag?.includes('$')) {
        continue; // $BUILDPLATFORM and friends are only known to the builder
      }
      const expected = flag ?? (await (enginePlatform ??= env.images.platform?.() ?? Promise.resolve(undefined)));
      const local = expected ? await env.images.inspect(image.value) : undefined;
      if (expected && local?.platform && !samePlatform(local.platform, expected)) {
        report(
          image.range,
          `The local '${image.value}' is ${local.platform}, but this stage builds for ${expected}: ` +
            'the builder pulls another variant or the image runs under emulation.',
        );
      }
    }
  },
};
