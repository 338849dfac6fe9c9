import type { LanguageFeatures } from '../../../src/language/common/LanguageFeatures';

/**
 * One language as the fuzzer sees it. A target lives in a module of its own (exporting `target`)
 * because the fuzzer loads it inside worker threads, by path.
 */
export interface FuzzTarget {
  /** Names the regression fixtures' folder: test/fixtures/fuzz/<language>. */
  readonly language: string;
  readonly languageId: string;
  /** The document URI of one of the editing streams a worker runs side by side. */
  uri(stream: number): string;
  /** Real files to start from and to paste pieces of. */
  seeds(): string[];
  /** Tokens that tend to break parsers of this language. */
  readonly fragments: readonly string[];
  readonly tabSize: number;
  features(): LanguageFeatures;
}
