import type { DockhandLanguage } from '../common/LanguageServices';

/** Which Dockhand language a document is, by its language id or, for plain YAML, its file name. */
const composeName = /(^|\/)(docker-)?compose(\.[\w-]+)*\.ya?ml$/i;
const dockerfileName = /(^|\/)(Dockerfile|Containerfile)(\.[\w-]+)?$|\.(dockerfile|containerfile)$/i;

export function languageOf(languageId: string, uri: string): DockhandLanguage | undefined {
  if (languageId === 'dockerfile' || languageId === 'dockercompose') {
    return languageId;
  }
  // Other editors may send compose files as "yaml" and Dockerfiles with an unknown id.
  const path = decodeURIComponent(uri.replace(/[?#].*$/, ''));
  if (languageId === 'yaml' && composeName.test(path)) {
    return 'dockercompose';
  }
  if ((languageId === 'plaintext' || languageId === '') && dockerfileName.test(path)) {
    return 'dockerfile';
  }
  return undefined;
}
