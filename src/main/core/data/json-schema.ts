// The JSON Schema of the data file, derived from the database schema itself so it cannot drift:
// docs/data-file.schema.json is this function's output, checked by tests/core/data-file.test.ts.
import { DATA_FILE_FORMAT, DATA_FILE_FORMAT_VERSION } from '@shared/data/schema';
import type { Db } from '../db/connection';
import { schemaVersion } from '../db/migrations';
import { dataTables, type Column } from './tables';

const JSON_TYPE: Record<Column['type'], string> = { TEXT: 'string', INTEGER: 'integer', REAL: 'number' };

export function dataFileJsonSchema(db: Db): Record<string, unknown> {
  const tables = dataTables(db);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://rolebridge.app/schemas/data-file.schema.json',
    title: 'Rolebridge data file',
    description:
      'Everything Rolebridge stores, as written by Settings → Export all data: one array of rows per table, ' +
      `parents before children, rows in primary-key order. This schema describes schema version ${schemaVersion(db)}; ` +
      'files from older versions are brought up to date by the same migrations the app runs. On import every row is ' +
      'also held to what the app itself writes: dates as real YYYY-MM-DD days, moments as ISO-8601 UTC, ids of 1 to 64 ' +
      'characters, text within its length and free of control characters, statuses from fixed lists, JSON columns ' +
      'of the shape the app writes, roles and competencies that exist, and known settings.',
    type: 'object',
    additionalProperties: false,
    required: ['format', 'formatVersion', 'schemaVersion', 'tables'],
    properties: {
      format: { const: DATA_FILE_FORMAT },
      formatVersion: { const: DATA_FILE_FORMAT_VERSION },
      schemaVersion: { type: 'integer', minimum: 1, maximum: schemaVersion(db) },
      tables: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          tables.map((table) => [
            table.name,
            {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: table.columns.filter((c) => c.notNull && !c.hasDefault).map((c) => c.name),
                properties: Object.fromEntries(
                  table.columns.map((column) => [
                    column.name,
                    {
                      type: column.notNull ? JSON_TYPE[column.type] : [JSON_TYPE[column.type], 'null'],
                      ...(column.pk ? { description: 'Part of the primary key' } : {}),
                      ...(table.foreignKeys.some((fk) => fk.from === column.name)
                        ? {
                            description: `Refers to ${table.foreignKeys
                              .filter((fk) => fk.from === column.name)
                              .map((fk) => `${fk.table}.${fk.to}`)
                              .join(', ')}`,
                          }
                        : {}),
                    },
                  ]),
                ),
              },
            },
          ]),
        ),
      },
    },
  };
}
