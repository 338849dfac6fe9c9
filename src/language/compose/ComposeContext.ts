import type { TextDocumentLike } from '../common/documents';
import type { ImageSource } from '../common/EngineImages';
import type { FileSystem } from '../common/FileSystem';
import type { LanguageSettings } from '../common/LanguageFeatures';
import { ParseCache } from '../common/ParseCache';
import { documentFolder } from '../common/documentFolder';
import { parseCompose, type ComposeDocument } from './parse/ComposeDocument';
import { parseDotEnv } from './text/dotEnv';
import * as path from 'node:path';

/** What the compose features are given by their host. */
export interface ComposeDeps {
  readonly settings: () => LanguageSettings;
  readonly images: ImageSource;
  readonly fs: FileSystem;
}

/** The shared state of one compose service: dependencies and the parse cache every feature reads through. */
export class ComposeContext {
  private readonly cache = new ParseCache<ComposeDocument>((doc, previous) => parseCompose(doc, previous));

  constructor(readonly deps: ComposeDeps) {}

  parse(doc: TextDocumentLike): ComposeDocument {
    return this.cache.get(doc);
  }

  forget(uri: string): void {
    this.cache.forget(uri);
  }

  folder(doc: ComposeDocument): string | undefined {
    return documentFolder(doc.uri);
  }

  /** The project's `.env` next to the compose file: what `${VAR}` resolves to when the shell sets nothing. */
  variables(doc: ComposeDocument): Map<string, string> {
    const folder = this.folder(doc);
    const text = folder ? this.deps.fs.readFile(path.join(folder, '.env')) : undefined;
    return text === undefined ? new Map<string, string>() : parseDotEnv(text);
  }
}
