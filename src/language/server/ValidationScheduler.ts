import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageFeatures } from '../common/LanguageFeatures';

/**
 * Validates each document once the event loop is free after its latest change. A newer version
 * cancels the older one's run, so a burst of keystrokes costs one validation, and diagnostics
 * are never published for a version the user has already typed past.
 */
export class ValidationScheduler {
  private readonly runs = new Map<string, { cancelled: boolean; isCancellationRequested: boolean; timer: NodeJS.Immediate }>();

  constructor(
    private readonly connection: Connection,
    private readonly featuresOf: (doc: TextDocument) => LanguageFeatures | undefined,
  ) {}

  schedule(doc: TextDocument): void {
    const features = this.featuresOf(doc);
    if (!features) {
      return;
    }
    this.cancel(doc.uri);
    const run = {
      cancelled: false,
      get isCancellationRequested() {
        return this.cancelled;
      },
      timer: setImmediate(() => void this.validate(doc, features, run)),
    };
    this.runs.set(doc.uri, run);
  }

  clear(uri: string): void {
    this.cancel(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const uri of [...this.runs.keys()]) {
      this.cancel(uri);
    }
  }

  private async validate(
    doc: TextDocument,
    features: LanguageFeatures,
    run: { cancelled: boolean; isCancellationRequested: boolean },
  ): Promise<void> {
    try {
      const diagnostics = await features.validate(doc, run);
      if (!run.cancelled) {
        await this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
      }
    } catch (err) {
      this.connection.console.error(`Validating ${doc.uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    } finally {
      if (this.runs.get(doc.uri) === run) {
        this.runs.delete(doc.uri);
      }
    }
  }

  private cancel(uri: string): void {
    const run = this.runs.get(uri);
    if (run) {
      run.cancelled = true;
      clearImmediate(run.timer);
      this.runs.delete(uri);
    }
  }
}
