/**
 * A service log line asked for with `details=true` starts with the task's attributes:
 * `com.docker.swarm.node.id=…,com.docker.swarm.service.id=…,com.docker.swarm.task.id=… text`
 * (keys and values query-escaped, as the engine writes them).
 */
export function splitLogDetails(line: string): { attributes: Record<string, string>; text: string } {
  const space = line.indexOf(' ');
  const head = space < 0 ? line : line.slice(0, space);
  if (!/^[^=,\s]+=[^,\s]*(,[^=,\s]+=[^,\s]*)*$/.test(head) || !head.includes('com.docker.swarm.')) {
    return { attributes: {}, text: line };
  }
  const attributes: Record<string, string> = {};
  for (const pair of head.split(',')) {
    const eq = pair.indexOf('=');
    attributes[unescape(pair.slice(0, eq))] = unescape(pair.slice(eq + 1));
  }
  return { attributes, text: space < 0 ? '' : line.slice(space + 1) };
}

function unescape(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
