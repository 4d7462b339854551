import { describe, expect, it } from 'vitest';
import {
  CsvSyntaxError,
  decodeSpreadsheetText,
  formatCsv,
  parseCsv,
  unguardField,
} from '../../src/shared/csv/csv';
import { parseRolesCsv, rolesToCsv } from '../../src/shared/framework/roles-csv';
import type { Competency, Role } from '../../src/shared/framework/types';

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

describe('CSV from spreadsheets in other locales', () => {
  it('reads a semicolon file, as German and French spreadsheets save, with decimal commas inside', () => {
    expect(parseCsv('id;name;hours\r\npm;Product Manager;2,5\r\npo;"Owner; data";1,0\r\n')).toEqual([
      ['id', 'name', 'hours'],
      ['pm', 'Product Manager', '2,5'],
      ['po', 'Owner; data', '1,0'],
    ]);
  });

  it('reads quoted cells holding delimiters, quotes and line breaks, after a BOM, with blank trailing rows', () => {
    const text = '\uFEFFa;b;c\n"x; y, z";"say ""hi""";"line1\r\nline2; more"\nplain;;end\n;;\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x; y, z', 'say "hi"', 'line1\nline2; more'],
      ['plain', '', 'end'],
    ]);
  });

  it('reads tab-separated text and mixed line breaks', () => {
    expect(parseCsv('a\tb\r\n1\t2\n3\t4\r5\t6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('guards every formula-looking cell, a multi-line one too, and reads it back as it was', () => {
    const cells = ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx', '=A1\n=B2', 'plain', "'quoted"];
    const csv = formatCsv([cells]);
    const written = parseCsv(csv)[0] ?? [];
    for (const [i, cell] of cells.entries()) {
      if (/^[=+\-@\t\r]/.test(cell)) expect(written[i], cell).toBe(`'${cell.replace(/\r/g, '\n')}`);
    }
    expect(written.map(unguardField)).toEqual(cells.map((c) => c.replace(/\r/g, '\n')));
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('roles CSV', () => {
  const competencies = ['discovery', 'roadmap'].map((id): Competency => ({
    id,
    areaId: 'product',
    name: id,
    summary: '',
    levels: ['0', '1', '2', '3', '4'],
    builtIn: true,
  }));
  const role: Role = {
    id: 'growth-pm',
    name: '=HYPERLINK("http://evil.example","Growth; PM")',
    summary: 'Owns growth,\nend to end; "really"',
    judgedOn: 'outcomes',
    successMeasures: '+10% activation',
    habitsToRelease: '-counting outputs',
    basedOn: null,
    expectations: { discovery: { level: 3, weight: 2 }, roadmap: { level: 2, weight: 1 } },
    builtIn: false,
  };
  const known = new Set(competencies.map((c) => c.id));

  it('exports formula-looking text inert and imports the export as it was', () => {
    const csv = rolesToCsv([role], competencies);
    expect(csv).toContain('"\'=HYPERLINK(');
    expect(csv).toContain('"\'+10% activation"');
    const result = parseRolesCsv(csv, known);
    expect(result).toEqual({
      ok: true,
      roles: [
        {
          id: role.id,
          name: role.name,
          summary: role.summary,
          judgedOn: role.judgedOn,
          successMeasures: role.successMeasures,
          habitsToRelease: role.habitsToRelease,
          basedOn: null,
          expectations: role.expectations,
        },
      ],
    });
  });

  it('imports the same file saved by a spreadsheet with semicolons', () => {
    const semicolons = parseCsv(rolesToCsv([{ ...role, name: 'Growth PM' }], competencies))
      .map((row) =>
        row.map((cell) => (/[;"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(';'),
      )
      .join('\r\n');
    const result = parseRolesCsv(`\uFEFF${semicolons}\r\n;;;;;;;;;\r\n`, known);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (result.ok) expect(result.roles[0]?.expectations).toEqual(role.expectations);
  });

  it('names the row and column of a control character in a cell', () => {
    const csv = rolesToCsv([{ ...role, name: 'Growth\u0000PM' }], competencies);
    const result = parseRolesCsv(csv, known);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.field)).toContain('row 2, role_name');
  });
});

describe('CSV file encodings', () => {
  it('reads UTF-8 with or without a BOM, and a Windows-1252 file from Excel’s plain CSV', () => {
    const utf8 = new TextEncoder().encode('name;Führung 李\r\n');
    expect(decodeSpreadsheetText(utf8)).toBe('name;Führung 李\r\n');
    expect(decodeSpreadsheetText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('name;Führung 李\r\n');
    // "Führung; Präsentation" in Windows-1252: ü is 0xFC, ä is 0xE4, and the € sign is 0x80.
    const legacy = new Uint8Array([
      0x46, 0xfc, 0x68, 0x72, 0x75, 0x6e, 0x67, 0x3b, 0x50, 0x72, 0xe4, 0x73, 0x20, 0x80,
    ]);
    expect(decodeSpreadsheetText(legacy)).toBe('Führung;Präs €');
  });
});
