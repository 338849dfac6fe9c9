// The Dockerfile language as the fuzzer sees it (loaded by path in the fuzz workers).
import type { ImageSource } from '../../../../src/language/common/EngineImages';
import { createDockerfileFeatures, type BuildHistory } from '../../../../src/language/dockerfile';
import type { FuzzTarget } from '../../../support/fuzz/FuzzTarget';
import { fixtures, settingsWith } from './helpers';

const images: ImageSource = {
  list: () => Promise.resolve([{ reference: 'node:20', id: 'sha256:1', size: 1, created: '2026-01-01' }]),
  inspect: reference => Promise.resolve({ reference, id: 'sha256:1', size: 1, created: '2026-01-01' }),
};
const history: BuildHistory = { entries: [{ createdBy: 'CMD ["x"]', size: 0 }, { createdBy: 'RUN /bin/sh -c make # buildkit', size: 10, cached: true }] };

export const target: FuzzTarget = {
  language: 'dockerfile',
  languageId: 'dockerfile',
  uri: stream => `file:///fuzz/${stream}/Dockerfile`,
  seeds: () => fixtures().map(f => f.text),
  fragments: [
    '\\', '\\\n', '`', '"', "'", '[', ']', '{', '}', '${', '$', '<<EOF\n', '<<-EOT ', 'EOF\n', '#', '# escape=`\n', '# check=skip=all\n',
    '# syntax=docker/dockerfile:1\n', '--mount=type=cache,target=', '--mount=type=', '--from=', '--platform=', '--chmod=9', '--interval=',
    '--network=', '=', ',', ':', '@', 'FROM ', 'RUN ', 'COPY ', 'ADD ', 'ONBUILD ', 'HEALTHCHECK ', 'ARG ', 'ENV ', 'LABEL ', 'EXPOSE ',
    'WORKDIR ', 'USER ', 'CMD ', 'ENTRYPOINT ', 'SHELL ', 'STOPSIGNAL ', ' AS ', '\n', '\r\n', '\t', ' ', 'é', '🐳', '\u0000',
  ],
  tabSize: 4,
  features: () => createDockerfileFeatures({ settings: () => settingsWith(), images, buildHistory: { historyFor: () => history } }),
};
