/**
 * Reads a `.env` file the way Compose does for the common cases: `KEY=value`, `export KEY=value`,
 * quoted values, `#` comments. Values are not interpolated further.
 */
export function parseDotEnv(text: string): Map<string, string> {
  const variables = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().replace(/^export\s+/, '');
    const match = /^([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) {
      continue;
    }
    let value = match[2];
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.lastIndexOf(quote) > 0) {
      value = value.slice(1, value.lastIndexOf(quote));
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
    }
    variables.set(match[1], value);
  }
  return variables;
}
