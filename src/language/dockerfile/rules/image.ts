import { imageReferenceProblem } from '../../../shared/imageReference';
import { stageByName } from '../parse/scope';
import type { DockerfileRule } from './rule';

export const baseImageLatest: DockerfileRule = {
  code: 'dockerfile.base-image-latest',
  defaultSeverity: 'warning',
  description: 'A base image without a tag, or with :latest, changes under you; pin a version.',
  check(doc, report) {
    for (const stage of doc.stages) {
      const from = stage.from.from;
      const image = from?.image;
      if (
        !from ||
        !image ||
        image.value.includes('$') ||
        from.digest ||
        image.value.toLowerCase() === 'scratch' ||
        stageByName(doc, image.value, stage.index)
      ) {
        continue;
      }
      if (from.tag === null || from.tag === 'latest') {
        const what = from.tag === null ? 'has no tag (it means :latest)' : 'uses :latest';
        report(image.range, `'${image.value}' ${what}: pin a version so builds are repeatable.`);
      }
    }
  },
};

const platforms = /(linux|windows|darwin|amd64|arm64|arm|386|ppc64le|s390x|riscv64)/i;

export const fromPlatformConst: DockerfileRule = {
  code: 'dockerfile.from-platform-const',
  buildkit: 'FromPlatformFlagConstDisallowed',
  defaultSeverity: 'warning',
  description: 'FROM --platform with a fixed value pins the stage to one platform even in multi-platform builds.',
  check(doc, report) {
    for (const stage of doc.stages) {
      const flag = stage.from.flags.find(f => f.name === 'platform');
      const value = flag?.value;
      // A stage named for its platform (build-amd64) is pinned on purpose.
      if (!flag || !value || value.includes('$') || platforms.test(stage.name ?? '')) {
        continue;
      }
      report(
        flag.valueRange ?? flag.range,
        `--platform=${value} is fixed: use $BUILDPLATFORM or $TARGETPLATFORM so multi-platform builds work.`,
      );
    }
  },
};

export const redundantTargetPlatform: DockerfileRule = {
  code: 'dockerfile.redundant-target-platform',
  buildkit: 'RedundantTargetPlatform',
  defaultSeverity: 'warning',
  description: 'FROM --platform=$TARGETPLATFORM is the default and can be removed.',
  check(doc, report) {
    for (const stage of doc.stages) {
      const flag = stage.from.flags.find(f => f.name === 'platform');
      if (flag && (flag.value === '$TARGETPLATFORM' || flag.value === '${TARGETPLATFORM}')) {
        report(flag.range, '--platform=$TARGETPLATFORM is what the builder does anyway; remove it.', { tags: ['unnecessary'] });
      }
    }
  },
};

export const invalidImageReference: DockerfileRule = {
  code: 'dockerfile.invalid-image-reference',
  defaultSeverity: 'error',
  description: 'A FROM image is not a valid reference (upper-case repository, bad tag or digest).',
  check(doc, report) {
    for (const stage of doc.stages) {
      const image = stage.from.from?.image;
      if (!image || image.value.includes('$') || stageByName(doc, image.value, stage.index)) {
        continue;
      }
      const problem = imageReferenceProblem(image.value);
      if (problem) {
        report(image.range, `'${image.value}' is not a valid image reference: ${problem}.`);
      }
    }
  },
};
