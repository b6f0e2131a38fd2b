import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The entity for a row a hand-written statement returned (`RETURNING *`, keyed by column name,
 * each after `prefix` when the row holds several tables' columns), with the conversions TypeORM
 * applies to the rows it reads itself: dates, numerics, transformers.
 */
export function hydrateRow<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
  prefix = '',
): T {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    column.setEntityValue(
      entity,
      dataSource.driver.prepareHydratedValue(row[prefix + column.databaseName], column),
    );
  }
  return entity;
}

/**
 * The select list of every column of `target` under `alias`, each named as hydrateRow reads it
 * with `prefix`: `tr.case_id AS "tr_case_id"`.
 */
export function selectColumns(
  dataSource: DataSource,
  target: EntityTarget<ObjectLiteral>,
  alias: string,
  prefix = '',
): string {
  return dataSource
    .getMetadata(target)
    .columns.map(
      (column) => `${alias}."${column.databaseName}" AS "${prefix}${column.databaseName}"`,
    )
    .join(', ');
}
