import { ITEM } from '../schema/schemaNavigator';

/**
 * Where the cursor is, read from the text's indentation rather than the YAML tree, because
 * while the user types the line is usually not valid YAML yet (`  rest`, `image: `, `- `).
 */
export type CompletionContext =
  | { readonly kind: 'key'; readonly path: readonly string[]; readonly prefixStart: number; readonly siblings: ReadonlySet<string> }
  | {
      readonly kind: 'value';
      readonly path: readonly string[];
      readonly key: string;
      readonly prefixStart: number;
      readonly prefix: string;
    }
  | {
      readonly kind: 'item';
      readonly path: readonly string[];
      readonly prefixStart: number;
      readonly prefix: string;
      readonly siblings: ReadonlySet<string>;
    }
  | { readonly kind: 'variable'; readonly prefixStart: number; readonly prefix: string }
  | { readonly kind: 'none' };

interface Line {
  /** Column where the content starts after indentation and any `- ` markers. */
  readonly content: number;
  /** Column of the first `- ` marker, or -1. */
  readonly dash: number;
  /** The key the line starts with, if it is `key:`. */
  readonly key?: string;
  /** Whether something follows the key's colon on the line. */
  readonly hasValue: boolean;
}

function readLine(text: string): Line | undefined {
  // `s`: a lone \r (a line break to LSP, not to this line split) must not make the match fail.
  const match = /^(\s*)((?:-\s+)*)(.*)$/s.exec(text)!;
  const rest = match[3];
  if (rest.startsWith('#') || (rest.trim() === '' && match[2] === '')) {
    return undefined;
  }
  const key = /^([^\s#:'"][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s|$)/.exec(rest);
  return {
    content: match[1].length + match[2].length,
    dash: match[2] ? match[1].length : -1,
    key: key ? key[1].replace(/^["']|["']$/g, '') : undefined,
    hasValue: key ? rest.slice(key[0].length).trim() !== '' && !rest.slice(key[0].length).trim().startsWith('#') : false,
  };
}

export function completionContext(text: string, offset: number): CompletionContext {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const variable = /\$\{([A-Za-z0-9_]*)$/.exec(before);
  if (variable) {
    return { kind: 'variable', prefixStart: offset - variable[1].length, prefix: variable[1] };
  }
  const lines = text.slice(0, lineStart).split('\n');
  lines.pop();
  const keyValue =
    /^(\s*)((?:-\s+)*)([^\s#:'"][^:#]*?)\s*:\s+(.*)$/.exec(before) ?? /^(\s*)((?:-\s+)*)([^\s#:'"][^:#]*?)\s*:()$/.exec(before);
  if (keyValue) {
    const column = keyValue[1].length + keyValue[2].length;
    const parents = parentPath(lines, column, keyValue[2] ? keyValue[1].length : -1);
    // In a flow list (`depends_on: [db, `) only the item being typed is replaced.
    const prefix = /[^\s[,{]*$/.exec(keyValue[4])?.[0] ?? '';
    return { kind: 'value', path: parents, key: keyValue[3], prefixStart: offset - prefix.length, prefix };
  }
  const typing = /^(\s*)((?:-\s*)*)([^\s:#'"]*)$/.exec(before);
  if (!typing) {
    return { kind: 'none' };
  }
  const indent = typing[1].length;
  const dashes = typing[2];
  const prefix = typing[3];
  const column = indent + dashes.length;
  if (dashes) {
    const path = parentPath(lines, column, indent);
    const after = text.slice(offset).split('\n');
    return { kind: 'item', path, prefixStart: offset - prefix.length, prefix, siblings: siblingKeys(lines, after, column, true) };
  }
  const path = parentPath(lines, column, -1);
  const after = text.slice(offset).split('\n');
  return { kind: 'key', path, prefixStart: offset - prefix.length, siblings: siblingKeys(lines, after, column, false) };
}

/**
 * The keys of the enclosing mappings, nearest last. `dash` is the column of a `- ` on the cursor's
 * line: its list may sit at the same column as the key that owns it (`ports:` / `- "80"`).
 */
function parentPath(lines: readonly string[], column: number, dash: number): string[] {
  const path: string[] = dash >= 0 ? [ITEM] : [];
  let limit = dash >= 0 ? dash : column;
  let ownerOfList = dash >= 0;
  for (let i = lines.length - 1; i >= 0 && limit > 0; i--) {
    const line = readLine(lines[i]);
    if (!line) {
      continue;
    }
    const owns =
      line.key !== undefined && !line.hasValue && (line.content < limit || (ownerOfList && line.content === limit && line.dash < 0));
    if (!owns) {
      if (line.dash >= 0 && line.dash < limit && line.content <= limit) {
        // An item of a list of mappings (`- target: 80` / `  published: 8080`).
        path.unshift(ITEM);
        limit = line.dash;
        ownerOfList = true;
      }
      continue;
    }
    path.unshift(line.key);
    limit = line.dash >= 0 ? line.dash : line.content;
    ownerOfList = line.dash >= 0;
    if (line.dash >= 0) {
      path.unshift(ITEM);
    }
  }
  return path;
}

/**
 * Keys already written in the mapping the cursor is in, above and below it. A list item's mapping
 * starts at its `- ` line and ends before the next one; `onDash` says the cursor line starts an item.
 */
function siblingKeys(before: readonly string[], after: readonly string[], column: number, onDash: boolean): Set<string> {
  const keys = new Set<string>();
  const scan = (lines: readonly string[], upward: boolean) => {
    for (const text of lines) {
      const line = readLine(text);
      if (!line) {
        continue;
      }
      const startsItem = line.dash >= 0 && line.content === column;
      if (line.content < column || (startsItem && !upward)) {
        break;
      }
      if (line.content === column && line.key !== undefined) {
        keys.add(line.key);
      }
      if (startsItem) {
        break;
      }
    }
  };
  if (!onDash) {
    scan([...before].reverse(), true);
  }
  scan(after.slice(1), false);
  return keys;
}
