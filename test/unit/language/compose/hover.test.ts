import * as assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { neverCancelled } from '../../../../src/language/common/documents';
import { composeDoc, composeFeatures, cursor } from './composeHarness';

const features = composeFeatures({
  files: { '.env': 'TAG=1.2\nEMPTY=\n' },
  images: [
    {
      reference: 'nginx:1.27',
      id: 'sha256:0123456789abcdef0123',
      size: 48_000_000,
      created: '2024-06-01',
      platform: 'linux/amd64',
      layers: 7,
    },
  ],
});

async function hoverText(textWithCursor: string): Promise<string | undefined> {
  const { text, at } = cursor(textWithCursor);
  const hover: Hover | undefined = await features.hover(composeDoc(text), at, neverCancelled);
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

describe('compose hover', () => {
  it('documents keys from the schema', async () => {
    assert.match((await hoverText('services:\n  web:\n    rest|art: always\n'))!, /\*\*restart\*\*\n\nRestart policy/);
    assert.match((await hoverText('services:\n  web:\n    healthcheck:\n      inter|val: 10s\n'))!, /Time between running the check/);
  });

  it('shows what a variable resolves to from .env, and the default when unset', async () => {
    assert.match(
      (await hoverText('services:\n  web:\n    image: "app:${T|AG:-latest}"\n'))!,
      /`TAG=1.2` in `.env`[\s\S]*Resolves to `1.2`/,
    );
    assert.match(
      (await hoverText('services:\n  web:\n    image: "app:${VER|SION:-latest}"\n'))!,
      /not set in `.env` \(default `latest`\)[\s\S]*Resolves to `latest`/,
    );
    assert.match((await hoverText('services:\n  web:\n    image: "app:${VER|SION:?set VERSION}"\n'))!, /Compose stops with: set VERSION/);
  });

  it("shows a referenced service's definition", async () => {
    const text = await hoverText('services:\n  web:\n    depends_on: [d|b]\n  db:\n    image: postgres\n    restart: always\n');
    assert.match(text!, /service \*\*db\*\*/);
    assert.match(text!, /```yaml\n {2}db:\n {4}image: postgres\n {4}restart: always\n```/);
  });

  it('shows the definition for a depends_on key in mapping form', async () => {
    const text = await hoverText(
      'services:\n  web:\n    depends_on:\n      d|b:\n        condition: service_started\n  db:\n    image: postgres\n',
    );
    assert.match(text!, /service \*\*db\*\*[\s\S]*image: postgres/);
  });

  it('shows local image details for `image:`', async () => {
    const text = await hoverText('services:\n  web:\n    image: ngi|nx:1.27\n');
    assert.match(text!, /\*\*nginx:1.27\*\* \(local image\)/);
    assert.match(text!, /ID: `0123456789ab`/);
    assert.match(text!, /48.0 MB/);
    assert.equal(await hoverText('services:\n  web:\n    image: alp|ine\n'), undefined);
  });

  it('has nothing to say on blank space', async () => {
    assert.equal(await hoverText('services:\n  web:\n    image: x\n|\n'), undefined);
  });
});
