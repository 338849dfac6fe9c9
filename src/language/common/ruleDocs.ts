import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { LanguageFeatures } from './LanguageFeatures';
import type { FileSystem } from './FileSystem';

/**
 * Links each diagnostic to its rule's page: `dockerfile.run-cd` → `<docs>/dockerfile/run-cd.md`
 * (the same for `compose.*` and `dockerignore.*`). The pages ship with Dockhand, so the link opens
 * inside the editor, offline; a code without a page gets no link.
 */
export function ruleDocLink(docsRoot: string, fs: FileSystem): (code: string) => string | undefined {
  const links = new Map<string, string | undefined>();
  return code => {
    if (!links.has(code)) {
      const match = /^(dockerfile|compose|dockerignore)\.([a-z0-9-]+)$/.exec(code);
      const file = match ? `${docsRoot}/${match[1]}/${match[2]}.md` : undefined;
      links.set(code, file && fs.exists(file) ? pathToFileURL(file).toString() : undefined);
    }
    return links.get(code);
  };
}

/** The features, with `codeDescription` set on every diagnostic whose rule has a page. */
export function withRuleDocs(features: LanguageFeatures, link: (code: string) => string | undefined): LanguageFeatures {
  const addLink = (d: Diagnostic): Diagnostic => {
    const href = typeof d.code === 'string' ? link(d.code) : undefined;
    return href ? { ...d, codeDescription: { href } } : d;
  };
  return Object.freeze<LanguageFeatures>({
    ...features,
    validate: async (doc, token, early) =>
      (await features.validate(doc, token, early && (diagnostics => early(diagnostics.map(addLink))))).map(addLink),
  });
}
