import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** Where a row's columns are found, and which of them: all unless `properties` names some. */
export interface RowShape<K extends string = string> {
  /** Before each column name, when the row holds several tables' columns (`tr_`). */
  prefix?: string;
  properties?: readonly K[];
}

function columnsOf(
  dataSource: DataSource,
  target: EntityTarget<ObjectLiteral>,
  properties?: readonly string[],
): ColumnMetadata[] {
  const { columns } = dataSource.getMetadata(target);
  return properties === undefined
    ? columns
    : columns.filter((column) => properties.includes(column.propertyName));
}

/**
 * The entity, or the chosen properties of it, for a row a hand-written statement returned
 * (`RETURNING *`, keyed by column name), with the conversions TypeORM applies to the rows it reads
 * itself: dates, numerics, transformers.
 */
export function hydrateRow<T extends ObjectLiteral, K extends keyof T & string = keyof T & string>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
  shape: RowShape<K> = {},
): Pick<T, K> {
  const entity = dataSource.getMetadata(target).create() as T;
  for (const column of columnsOf(dataSource, target, shape.properties)) {
    column.setEntityValue(
      entity,
      dataSource.driver.prepareHydratedValue(
        row[(shape.prefix ?? '') + column.databaseName],
        column,
      ),
    );
  }
  return entity;
}

/**
 * The select list of the columns of `target` under `alias`, each named as hydrateRow reads it
 * with the same shape: `tr.case_id AS "tr_case_id"`.
 */
export function selectColumns<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  alias: string,
  shape: RowShape<keyof T & string> = {},
): string {
  return columnsOf(dataSource, target, shape.properties)
    .map(
      (column) =>
        `${alias}."${column.databaseName}" AS "${shape.prefix ?? ''}${column.databaseName}"`,
    )
    .join(', ');
}
