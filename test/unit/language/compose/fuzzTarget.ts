// The Compose language as the fuzzer sees it (loaded by path in the fuzz workers).
import type { FuzzTarget } from '../../../support/fuzz/FuzzTarget';
import { composeFeatures, fixtureDocuments, projectFolder } from './composeHarness';

export const target: FuzzTarget = {
  language: 'compose',
  languageId: 'dockercompose',
  uri: stream => `file://${projectFolder}/fuzz${stream}/compose.yaml`,
  seeds: () => fixtureDocuments().map(d => d.getText()),
  fragments: [
    ':', ': ', '-', '- ', '  ', '\n', '\r\n', '\t', '#', '&a', '*a', '<<: *a', '${', '${X:-', '}', '$$', '$', '"', "'", '[', ']', '{', '}',
    '：', 'services:\n', '  web:\n', '    image: nginx\n', '    ports: ["8080: 80"]\n', '    depends_on: [db]\n', 'volumes:\n', 'networks:\n',
    '---\n', '|', '>', '?', '!!str ', '\u0000', '😀', 'x-', '    <<: *a\n', '    build: .\n', '    env_file: .env\n', '    profiles: [dev]\n',
  ],
  tabSize: 2,
  features: () => composeFeatures({ files: { '.env': 'TAG=1\n' }, images: [{ reference: 'nginx:1', id: 'sha256:1', size: 1, created: 'now' }] }),
};
