import * as assert from 'node:assert/strict';
import { formatAge, formatBytes, shortId } from '../../src/ui/util/format';

describe('format', () => {
  it('prints sizes as docker does (decimal units)', () => {
    assert.equal(formatBytes(0), '0 B');
    assert.equal(formatBytes(1_980_000), '1.98 MB');
    assert.equal(formatBytes(77_800_000), '77.8 MB');
    assert.equal(formatBytes(1_200_000_000), '1.2 GB');
    assert.equal(formatBytes(-1), '?');
  });

  it('prints ages', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    assert.equal(formatAge(new Date('2026-11-23T11:59:59Z'), now), '1 second ago');
    assert.equal(formatAge(new Date('2026-11-23T09:00:00Z'), now), '3 hours ago');
    assert.equal(formatAge(new Date('2026-11-09T12:00:00Z'), now), '2 weeks ago');
    assert.equal(formatAge(new Date('2024-11-01T12:00:00Z'), now), '2 years ago');
  });

  it('shortens ids', () => {
    assert.equal(shortId('sha256:3fdbaffef64896f032db88d8'), '3fdbaffef648');
  });
});
