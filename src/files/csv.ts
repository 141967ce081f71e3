/**
 * CSV as Excel and WPS write it (RFC 4180): comma-separated, fields with commas,
 * quotes or line breaks in double quotes, quotes doubled, CRLF or LF lines.
 * Excel's "Unicode text" (Unicode 文本) export is the same with tabs.
 */

export type CsvSeparator = ',' | '\t';

/**
 * The field separator of delimited text: a tab when the first line that holds
 * a comma or a tab (outside quotes) has tabs and no commas, else a comma.
 *
 * @example
 * detectSeparator('学校名称\t在校生数\r\n城关小学\t800\r\n'); // '\t'
 * detectSeparator('学校名称,在校生数\r\n');                    // ','
 */
export function detectSeparator(text: string): CsvSeparator {
  // Quoted fields may hold either character, and line breaks too.
  const unquoted = text.replace(/"[^"]*"/g, '""');
  const line = /^.*[,\t].*$/m.exec(unquoted)?.[0] ?? '';
  return line.includes('\t') && !line.includes(',') ? '\t' : ',';
}

/**
 * Splits CSV text into rows of fields (comma-separated unless told otherwise).
 * A final line break does not start a row.
 *
 * @example
 * parseCsv('学校,备注\r\n"城关,一小","说""好"""\r\n'); // [['学校', '备注'], ['城关,一小', '说"好"']]
 * parseCsv('学校\t备注\r\n', '\t');                     // [['学校', '备注']]
 */
export function parseCsv(text: string, separator: CsvSeparator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** One field, quoted when it holds a comma, a quote or a line break. */
function formatField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * Writes rows as CSV text with CRLF line ends, as Excel does; null is an empty field.
 *
 * @example
 * formatCsv([['学校', 12.5], ['城关,一小', null]]); // '学校,12.5\r\n"城关,一小",\r\n'
 */
export function formatCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map((value) => formatField(value === null ? '' : String(value))).join(',') + '\r\n').join('');
}
