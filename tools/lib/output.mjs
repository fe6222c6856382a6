// Text for the terminal: prefixed log lines, plain tables, URLs with their password hidden.

export function makeLogger(prefix) {
  const log = (msg) => console.log(`[${prefix}] ${msg}`);
  log.error = (msg) => console.error(`[${prefix}] ERROR: ${msg}`);
  return log;
}

/** A plain text table; rows are arrays of cells, the first row is the header. */
export function formatTable(rows, { indent = '' } = {}) {
  const widths = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)));
  const line = (row) =>
    indent +
    row
      .map((cell, i) => String(cell).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const rule = indent + widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

/** postgres://user:secret@host/db → postgres://user:***@host/db, for printing. */
export function redactUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
