// CSV that Excel opens correctly: UTF-8 with a byte-order mark, every field quoted, CRLF rows.

const BOM = '\uFEFF';

/**
 * A field's text as the CSV holds it: a leading = + - @ (or their full-width forms, which
 * spreadsheets may fold to them) would be read as a formula; a quote mark keeps it text.
 */
export function csvText(text: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
}

function field(value: unknown): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  return `"${csvText(text).replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
