import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, formatCsv, parseCsv, unguardField } from '../../src/shared/csv/csv';

describe('CSV', () => {
  it('reads quoted fields, doubled quotes, commas and newlines inside quotes, CRLF and a BOM', () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""","line1\nline2"\r\nplain,,end\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line1\nline2'],
      ['plain', '', 'end'],
    ]);
  });

  it('writes what it reads', () => {
    const rows = [
      ['id', 'name'],
      ['po-copy', 'Platform PO, "internal"'],
      ['x', ' padded '],
    ];
    expect(parseCsv(formatCsv(rows))).toEqual(rows);
  });

  it('keeps spreadsheet formulas inert and undoes the guard on the way back', () => {
    const csv = formatCsv([['=HYPERLINK("x")', '+1', '-', '@me']]);
    expect(csv.startsWith('"\'=HYPERLINK')).toBe(true);
    expect(parseCsv(csv)[0]?.map(unguardField)).toEqual(['=HYPERLINK("x")', '+1', '-', '@me']);
  });

  it('reports the row of a syntax error', () => {
    expect(() => parseCsv('a,b\n"open')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n"open')).toThrow(/row 2/);
    expect(() => parseCsv('"a"b,c')).toThrow(/closing quote/);
  });
});
