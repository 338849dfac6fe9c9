import * as assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { neverCancelled } from '../../../../src/language/common/documents';
import { noImages } from '../../../../src/language/common/EngineImages';
import { createDockerfileFeatures } from '../../../../src/language/dockerfile';
import { doc, lint, settingsWith } from './helpers';

describe('dockerfile validation: settings and suppression', () => {
  const text = 'FROM ubuntu:24.04\nMAINTAINER me\n';

  it('reports with source dockhand, the rule code and its default severity', () => {
    const [d] = lint(text);
    assert.equal(d.source, 'dockhand');
    assert.equal(d.code, 'dockerfile.maintainer-deprecated');
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(d.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } });
  });

  it('applies the configured severity, and drops rules set to off', () => {
    assert.equal(lint(text, { 'dockerfile.maintainer-deprecated': 'error' })[0].severity, DiagnosticSeverity.Error);
    assert.equal(lint(text, { 'dockerfile.maintainer-deprecated': 'hint' })[0].severity, DiagnosticSeverity.Hint);
    assert.deepEqual(lint(text, { 'dockerfile.maintainer-deprecated': 'off' }), []);
  });

  it('honours # check=skip= with BuildKit rule names, and skip=all', () => {
    assert.deepEqual(lint(`# check=skip=MaintainerDeprecated\n${text}`), []);
    assert.deepEqual(lint(`# check=skip=JSONArgsRecommended,maintainerdeprecated\n${text}`), []);
    assert.deepEqual(lint(`# check=skip=all\n${text}`), []);
    assert.equal(lint(`# check=skip=StageNameCasing\n${text}`).length, 1);
  });

  it('shows BuildKit-named rules as errors under # check=error=true, unless the user set a severity', () => {
    assert.equal(lint(`# check=error=true\n${text}`)[0].severity, DiagnosticSeverity.Error);
    assert.equal(lint(`# check=skip=StageNameCasing;error=true\n${text}`)[0].severity, DiagnosticSeverity.Error);
    assert.equal(lint(`# check=error=true\n${text}`, { 'dockerfile.maintainer-deprecated': 'hint' })[0].severity, DiagnosticSeverity.Hint);
    assert.equal(lint('# check=error=true\nFROM a:1\nRUN sudo x\n')[0].severity, DiagnosticSeverity.Warning);
  });

  it('does not let # check=skip silence rules BuildKit has no name for', () => {
    assert.equal(
      lint('# check=skip=all\nFROM a:1\nRUN sudo x\n')
        .map(d => d.code)
        .join(),
      'dockerfile.sudo-in-run',
    );
  });

  it('honours # dockhand-ignore on the line before an instruction only', () => {
    assert.deepEqual(lint('FROM ubuntu:24.04\n# dockhand-ignore dockerfile.maintainer-deprecated\nMAINTAINER me\n'), []);
    assert.equal(lint('FROM ubuntu:24.04\n# dockhand-ignore dockerfile.sudo-in-run\nMAINTAINER me\n').length, 1);
    assert.equal(lint('FROM ubuntu:24.04\n# dockhand-ignore dockerfile.maintainer-deprecated\n\nMAINTAINER me\n').length, 1);
    assert.deepEqual(
      lint(
        'FROM ubuntu:24.04\n# dockhand-ignore dockerfile.apt-install-yes, dockerfile.apt-lists-not-removed\nRUN apt-get install --no-install-recommends \\\n  curl\n',
      ),
      [],
    );
  });

  it('reads the settings on every validation', async () => {
    let rules: Record<string, 'off' | 'error'> = {};
    const features = createDockerfileFeatures({ settings: () => settingsWith(rules), images: noImages });
    const document = doc(text);
    assert.equal((await features.validate(document, neverCancelled)).length, 1);
    rules = { 'dockerfile.maintainer-deprecated': 'off' };
    assert.equal((await features.validate(document, neverCancelled)).length, 0);
  });

  it('re-parses after forget even for the same version', async () => {
    const features = createDockerfileFeatures({ settings: () => settingsWith(), images: noImages });
    const uri = 'file:///w/forget/Dockerfile';
    assert.equal((await features.validate(doc(text, 1, uri), neverCancelled)).length, 1);
    assert.equal(
      (await features.validate(doc('FROM ubuntu:24.04\n', 1, uri), neverCancelled)).length,
      1,
      'same version: the cached parse answers',
    );
    features.forget(uri);
    assert.equal((await features.validate(doc('FROM ubuntu:24.04\n', 1, uri), neverCancelled)).length, 0);
  });

  it('returns nothing once cancelled', async () => {
    const features = createDockerfileFeatures({ settings: () => settingsWith(), images: noImages });
    assert.deepEqual(await features.validate(doc(text), { isCancellationRequested: true }), []);
  });
});
