// Reading and writing CSV with papaparse: quoted fields, doubled quotes, CRLF, LF or CR, an optional
// BOM, and the delimiter a spreadsheet chose (a comma, or a semicolon where the comma is the decimal
// mark, as German and French spreadsheets save).
import Papa from 'papaparse';

export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(`row ${row}: ${message}`);
  }
}

/** Delimiters a spreadsheet may have saved with, in the order a tie is settled. */
const DELIMITERS = [',', ';', '\t', '|'];

const QUOTE_PROBLEMS: Record<string, string> = {
  InvalidQuotes: 'text after a closing quote; double quotes inside a quoted field',
  MissingQuotes: 'a quoted field is never closed',
};

/**
 * Parses CSV text into rows of fields, finding the delimiter itself; rows with nothing in them (the
 * `;;;;` lines spreadsheets leave at the end) are skipped. Row numbers in errors count from 1, header
 * included.
 */
export function parseCsv(text: string): string[][] {
  // papaparse takes one line break for the whole file; files edited by hand mix them, so all become LF
  // (inside a quoted cell too, where any of them means the same line break).
  const input = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const result = Papa.parse<string[]>(input, {
    newline: '\n',
    delimiter: '',
    delimitersToGuess: DELIMITERS,
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: 'greedy',
  });
  // A file of one column has no delimiter to find; papaparse then reads it with a comma, which is right.
  const problem = result.errors.find((error) => error.type === 'Quotes');
  if (problem) {
    throw new CsvSyntaxError(
      (problem.row ?? result.data.length) + 1,
      QUOTE_PROBLEMS[problem.code] ?? problem.message,
    );
  }
  return result.data;
}

// Spreadsheets run a cell that starts with one of these as a formula; a leading apostrophe keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Undoes the formula guard that `formatCsv` adds, so an exported file imports as it was. The price:
 * a value typed with an apostrophe before one of = + - @ loses that apostrophe on the way back in.
 */
export function unguardField(value: string): string {
  // parseCsv reads a guarded leading CR back as LF, so LF counts as guarded too.
  return value.startsWith("'") && /^[=+\-@\t\r\n]/.test(value.slice(1)) ? value.slice(1) : value;
}

/** Writes rows as CSV (comma, CRLF), quoting where needed and keeping formula-looking cells inert. */
export function formatCsv(rows: (string | number)[][]): string {
  return `${Papa.unparse(rows, { delimiter: ',', newline: '\r\n', quoteChar: '"', escapeFormulae: FORMULA_START })}\r\n`;
}

/**
 * The text of a CSV file as a spreadsheet saved it: UTF-8 (a BOM or not) when the bytes are valid
 * UTF-8, else Windows-1252, which Excel's plain "CSV" uses in Western Europe. Read as UTF-8 regardless,
 * "Führung" would become "F\uFFFDhrung" without a word.
 */
export function decodeSpreadsheetText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Some TextDecoders (Node's among them) read windows-1252 as Latin-1; map 0x80-0x9F here so the
    // app and the tests agree. The five bytes Windows-1252 leaves undefined stay control characters.
    return new TextDecoder('windows-1252')
      .decode(bytes)
      .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
  }
}

const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
