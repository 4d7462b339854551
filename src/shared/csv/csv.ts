// Reading and writing CSV (RFC 4180): quoted fields, doubled quotes, CRLF or LF, an optional BOM.

export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(`row ${row}: ${message}`);
  }
}

/** Parses CSV text into rows of fields. Row numbers in errors count from 1, header included. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < input.length) {
    const char = input[i] as string;
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        const next = input[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(
            rows.length + 1,
            'text after a closing quote; double quotes inside a quoted field',
          );
        }
        continue;
      }
      field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (char === ',') {
      endField();
      i += 1;
    } else if (char === '\r' || char === '\n') {
      endRow();
      i += char === '\r' && input[i + 1] === '\n' ? 2 : 1;
    } else {
      field += char;
      i += 1;
    }
  }
  if (quoted) throw new CsvSyntaxError(rows.length + 1, 'a quoted field is never closed');
  if (field !== '' || row.length > 0) endRow();
  return rows.filter((cells) => !(cells.length === 1 && cells[0] === ''));
}

// Spreadsheets run cells that start with these as formulas; a leading apostrophe keeps them text.
const FORMULA_START = /^[=+\-@\t\r]/;

function formatField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Undoes the formula guard that `formatCsv` adds. */
export function unguardField(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

export function formatCsv(rows: (string | number)[][]): string {
  return rows.map((row) => row.map((cell) => formatField(String(cell))).join(',')).join('\r\n') + '\r\n';
}
