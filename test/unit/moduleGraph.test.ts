import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// The import graph of src/ has no cycles (type-only imports included): a cycle means two files
// that can only be understood, tested and moved together, and at run time one of them sees the
// other half-initialised.

const root = path.resolve(__dirname, '..', '..', '..', 'src');
const specifier = /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) {
    return undefined;
  }
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, path.join(base, 'index.ts')].find(candidate => fs.existsSync(candidate));
}

/** Every strongly connected group of more than one file (or a file importing itself), as paths relative to src/. */
export function importCycles(files: readonly string[]): string[][] {
  const edges = new Map(
    files.map(file => {
      const text = fs.readFileSync(file, 'utf8');
      const targets = [...text.matchAll(specifier)]
        .map(m => resolveImport(file, m[1] ?? m[2] ?? ''))
        .filter((t): t is string => t !== undefined);
      return [file, [...new Set(targets)]] as const;
    }),
  );
  // Tarjan's algorithm.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member !== undefined) {
          onStack.delete(member);
          group.push(member);
        }
      } while (member !== undefined && member !== file);
      if (group.length > 1 || (edges.get(file) ?? []).includes(file)) {
        groups.push(group.map(f => path.relative(root, f)).sort());
      }
    }
  };
  for (const file of files) {
    if (!index.has(file)) {
      visit(file);
    }
  }
  return groups;
}

describe('module graph', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'dockhand-cycle-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import type { B } from './b';\nexport type A = B;\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "export type B = string;\nexport type { A } from './a';\n");
      fs.writeFileSync(path.join(dir, 'c.ts'), "import { x } from './b';\n");
      const cycles = importCycles([path.join(dir, 'a.ts'), path.join(dir, 'b.ts'), path.join(dir, 'c.ts')]);
      assert.equal(cycles.length, 1);
      assert.deepEqual(
        cycles[0]?.map(f => path.basename(f)),
        ['a.ts', 'b.ts'],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no import cycles in src/, type-only imports included', () => {
    const files = sourceFiles(root);
    assert.ok(files.length > 100, `read ${files.length} files under ${root}`);
    assert.deepEqual(importCycles(files), []);
  });
});
