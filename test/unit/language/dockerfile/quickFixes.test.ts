import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-types';
import { neverCancelled } from '../../../../src/language/common/documents';
import { noImages } from '../../../../src/language/common/EngineImages';
import { createDockerfileFeatures } from '../../../../src/language/dockerfile';
import { doc, settingsWith } from './helpers';

/** The actions offered for the diagnostics of `code` in `text`. */
async function actionsFor(text: string, code: string): Promise<{ actions: CodeAction[]; apply: (a: CodeAction) => string }> {
  const features = createDockerfileFeatures({ settings: () => settingsWith(), images: noImages });
  const document = doc(text);
  const diagnostics = (await features.validate(document, neverCancelled)).filter(d => d.code === code);
  assert.ok(diagnostics.length > 0, `no ${code} diagnostic`);
  const actions = await features.codeActions(document, diagnostics[0].range, { diagnostics }, neverCancelled);
  const apply = (action: CodeAction): string => TextDocument.applyEdits(document, action.edit?.changes?.[document.uri] ?? []);
  return { actions, apply };
}

async function fixed(text: string, code: string): Promise<string> {
  const { actions, apply } = await actionsFor(text, code);
  const fix = actions.find(a => a.isPreferred);
  assert.ok(fix, `no quick fix for ${code}`);
  assert.equal(fix.kind, 'quickfix');
  assert.equal(fix.diagnostics?.[0].code, code);
  return apply(fix);
}

describe('dockerfile quick fixes', () => {
  it('replaces MAINTAINER with the OCI authors label', async () => {
    assert.equal(
      await fixed('FROM a:1\nMAINTAINER Jane <jane@x.org>\n', 'dockerfile.maintainer-deprecated'),
      'FROM a:1\nLABEL org.opencontainers.image.authors="Jane <jane@x.org>"\n',
    );
  });

  it('turns ADD into COPY', async () => {
    assert.equal(await fixed('FROM a:1\nADD app.js /app/\n', 'dockerfile.add-instead-of-copy'), 'FROM a:1\nCOPY app.js /app/\n');
  });

  it('turns RUN cd x && … into WORKDIR x and the rest', async () => {
    assert.equal(await fixed('FROM a:1\nRUN cd /src && make install\n', 'dockerfile.run-cd'), 'FROM a:1\nWORKDIR /src\nRUN make install\n');
    assert.equal(await fixed('FROM a:1\nRUN cd /src\n', 'dockerfile.run-cd'), 'FROM a:1\nWORKDIR /src\n');
  });

  it('adds --no-install-recommends and -y to apt-get install, leaving the rest', async () => {
    const text = 'FROM a:1\nRUN apt-get update \\\n  && apt-get install -y curl \\\n  && rm -rf /var/lib/apt/lists/*\n';
    assert.equal(
      await fixed(text, 'dockerfile.apt-no-install-recommends'),
      'FROM a:1\nRUN apt-get update \\\n  && apt-get install --no-install-recommends -y curl \\\n  && rm -rf /var/lib/apt/lists/*\n',
    );
    assert.equal(
      await fixed(
        'FROM a:1\nRUN apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
        'dockerfile.apt-install-yes',
      ),
      'FROM a:1\nRUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    );
  });

  it('appends the apt lists clean-up to the same RUN', async () => {
    assert.equal(
      await fixed('FROM a:1\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n', 'dockerfile.apt-lists-not-removed'),
      'FROM a:1\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n',
    );
  });

  it('rewrites shell-form CMD/ENTRYPOINT as JSON', async () => {
    assert.equal(
      await fixed('FROM a:1\nCMD node server.js --port 80\n', 'dockerfile.shell-form-command'),
      'FROM a:1\nCMD ["node", "server.js", "--port", "80"]\n',
    );
    assert.equal(
      await fixed('FROM a:1\nENTRYPOINT ./run.sh && echo "$X"\n', 'dockerfile.shell-form-command'),
      'FROM a:1\nENTRYPOINT ["/bin/sh", "-c", "./run.sh && echo \\"$X\\""]\n',
    );
  });

  it('fixes casing, unknown flags and typos with the suggested word', async () => {
    assert.equal(await fixed('FROM a:1\nRUN x\nCOPY a b\nRun y\n', 'dockerfile.instruction-casing'), 'FROM a:1\nRUN x\nCOPY a b\nRUN y\n');
    assert.equal(await fixed('FROM a:1\nCOPY --chwon=1 a b\n', 'dockerfile.unknown-flag'), 'FROM a:1\nCOPY --chown=1 a b\n');
    assert.equal(await fixed('FROM a:1\nWROKDIR /x\n', 'dockerfile.unknown-instruction'), 'FROM a:1\nWORKDIR /x\n');
    assert.equal(await fixed('FROM a:1 AS Build\n', 'dockerfile.stage-name-casing'), 'FROM a:1 AS build\n');
    assert.equal(await fixed('FROM a:1 as b\n', 'dockerfile.from-as-casing'), 'FROM a:1 AS b\n');
  });

  it('rewrites legacy ENV key value, removes a redundant --platform and empty continuation lines', async () => {
    assert.equal(
      await fixed('FROM a:1\nENV NGINX_VERSION   1.25.4\n', 'dockerfile.legacy-key-value'),
      'FROM a:1\nENV NGINX_VERSION=1.25.4\n',
    );
    assert.equal(
      await fixed('FROM a:1\nENV GREETING hello world\n', 'dockerfile.legacy-key-value'),
      'FROM a:1\nENV GREETING="hello world"\n',
    );
    assert.equal(await fixed('FROM --platform=$TARGETPLATFORM a:1\n', 'dockerfile.redundant-target-platform'), 'FROM a:1\n');
    assert.equal(await fixed('FROM a:1\nRUN a \\\n\n  && b\n', 'dockerfile.empty-continuation'), 'FROM a:1\nRUN a \\\n  && b\n');
  });

  it('offers to suppress any rule on the instruction, keeping indentation', async () => {
    const { actions, apply } = await actionsFor('FROM a:1\n  RUN sudo x\n', 'dockerfile.sudo-in-run');
    const suppress = actions.find(a => a.title.startsWith('Suppress'));
    assert.ok(suppress);
    const text = apply(suppress);
    assert.equal(text, 'FROM a:1\n  # dockhand-ignore dockerfile.sudo-in-run\n  RUN sudo x\n');
    const features = createDockerfileFeatures({ settings: () => settingsWith(), images: noImages });
    assert.deepEqual(
      (await features.validate(doc(text), neverCancelled)).filter(d => d.code === 'dockerfile.sudo-in-run'),
      [],
    );
  });
});
