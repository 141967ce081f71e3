/**
 * CSV as Excel and WPS write it (RFC 4180): comma-separated, fields with commas,
 * quotes or line breaks in double quotes, quotes doubled, CRLF or LF lines.
 * Excel's "Unicode text" (Unicode 文本) export is the same with tabs; where the
 * decimal mark is a comma, Excel separates CSV fields with semicolons.
 */

export type CsvSeparator = ',' | '\t' | ';';

/** Lines looked at to choose the separator. */
const SEPARATOR_LINES = 50;

/**
 * The field separator of delimited text: the one of comma, tab and semicolon
 * (outside quotes) that most of the first lines hold — a title line above the
 * header does not decide. Ties go to the comma, then the tab. Semicolons are
 * what Excel writes for "CSV" where the decimal mark is a comma.
 *
 * @example
 * detectSeparator('学校名称\t在校生数\r\n城关小学\t800\r\n'); // '\t'
 * detectSeparator('学校名称,在校生数\r\n');                    // ','
 * detectSeparator('学校名称;在校生数\r\n城关小学;800\r\n');   // ';'
 */
export function detectSeparator(text: string): CsvSeparator {
  // Quoted fields may hold any of them, and line breaks too.
  const unquoted = text.replace(/"[^"]*"/g, '""');
  const lines = unquoted.split(/\r\n|\r|\n/, SEPARATOR_LINES * 4).filter((line) => /[,\t;]/.test(line)).slice(0, SEPARATOR_LINES);
  const count = (separator: string): number => lines.filter((line) => line.includes(separator)).length;
  const commas = count(',');
  const tabs = count('\t');
  const semicolons = count(';');
  if (commas >= tabs && commas >= semicolons) return ',';
  return tabs >= semicolons ? '\t' : ';';
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
