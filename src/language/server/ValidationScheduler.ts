import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageFeatures } from '../common/LanguageFeatures';

/**
 * Validates each document once the event loop is free after its latest change. A newer version
 * cancels the older one's run, so a burst of keystrokes costs one validation, and diagnostics
 * are never published for a version the user has already typed past.
 *
 * Until a document's first diagnostics are on screen, the ones that need no answer from the
 * client (the engine's images) are published before it is asked, then the complete set once it
 * answered: opening a file does not wait on the engine. Afterwards each run publishes its complete
 * set only, so a diagnostic from the engine does not blink out and back with every keystroke.
 */
export class ValidationScheduler {
  private readonly runs = new Map<string, { cancelled: boolean; isCancellationRequested: boolean; timer: NodeJS.Immediate }>();
  /** Documents with diagnostics published since they opened. */
  private readonly shown = new Set<string>();

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
    this.shown.delete(uri);
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
    const publish = (diagnostics: Diagnostic[]) => {
      if (!run.cancelled) {
        this.shown.add(doc.uri);
        // A closed connection has no editor left to show them to.
        this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics }).catch(() => undefined);
      }
    };
    let early: Diagnostic[] | undefined;
    try {
      const diagnostics = await features.validate(doc, run, this.shown.has(doc.uri) ? undefined : found => publish((early = found)));
      // The complete set extends the early one: the same length means the environment added nothing.
      if (diagnostics.length !== early?.length) {
        publish(diagnostics);
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
