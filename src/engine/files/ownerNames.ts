/** `name:x:id:...` lines of /etc/passwd or /etc/group: id → name (the first name of an id wins). */
export function parseIdFile(text: string): Map<number, string> {
  const names = new Map<number, string>();
  for (const line of text.split('\n')) {
    const fields = line.split(':');
    const id = Number(fields[2]);
    if (fields.length >= 3 && fields[0] && fields[2] !== '' && Number.isInteger(id) && !names.has(id)) {
      names.set(id, fields[0]);
    }
  }
  return names;
}
