import { CaseEntity, CaseEventEntity, ProgramEntity, UserEntity } from '@berdaya/db';
import { seesEverything } from '@berdaya/empowerment';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { UserScope } from '../access';
import { whereVisibleCase } from '../case-scope/case-scope.query';
import { applyListQuery } from '../common/simple-rest/apply-list-query';
import { findListPage } from '../common/simple-rest/find-list-page';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListFilter, ListQuery } from '../common/simple-rest/list-query';
import type { CaseExportRow } from './case-export-row';
import type { CaseHistoryRow } from './case-history-row';
import { casesResource } from './cases.resource';

/** How many rows an export fetches from its cursor at a time: what it holds in memory at most. */
const EXPORT_BATCH_SIZE = 1000;

/** Whether SQL names a column of `alias` (`r.path` for `r`). */
const mentions = (sql: string, alias: string): boolean =>
  new RegExp(`(^|[^\\w.])${alias}\\.`).test(sql);

/** Whether a filter of the list reads the joined village (`r`) or program (`p`) of a case. */
function readsJoin(filter: ListFilter): boolean {
  const sql =
    filter.kind === 'search'
      ? filter.columns.join(' ')
      : filter.kind === 'range'
        ? filter.column
        : filter.field.where(filter.values, () => '?');
  return mentions(sql, 'r') || mentions(sql, 'p');
}

@Injectable()
export class CasesRepository {
  constructor(
    @InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>,
    @InjectRepository(ProgramEntity) private readonly programs: Repository<ProgramEntity>,
  ) {}

  /** Cases with their village (`r`) and program (`p`) joined, narrowed to what `user` sees. */
  private visibleTo(user: UserScope) {
    const query = this.cases
      .createQueryBuilder('c')
      .innerJoin(ProgramEntity, 'p', 'p.id = c.programId');
    return whereVisibleCase(query, user);
  }

  findPageVisibleTo(user: UserScope, query: ListQuery, now: Date): Promise<ListPage<CaseEntity>> {
    return findListPage(this.listedTo(user, query), casesResource(now), query, (page) =>
      (page as SelectQueryBuilder<CaseEntity>).getMany(),
    );
  }

  /**
   * visibleTo for a list request, without its joins when nothing reads them: no scope (a user who
   * sees every case) and no filter on the village or the program. Every case has both, so the
   * joins never change which cases count, yet counting 100,000 cases through them took four
   * times as long as counting the cases alone.
   */
  private listedTo(user: UserScope, query: ListQuery) {
    const sortColumns = query.sort?.columns ?? [];
    const readsJoins =
      query.filters.some(readsJoin) ||
      sortColumns.some((column) => mentions(column, 'r') || mentions(column, 'p'));
    return seesEverything(user.role) && !readsJoins
      ? this.cases.createQueryBuilder('c')
      : this.visibleTo(user);
  }

  /** A case the user may see; null for one that does not exist and for one out of their scope alike. */
  findOneVisibleTo(user: UserScope, id: string): Promise<CaseEntity | null> {
    return this.visibleTo(user).andWhere('c.id = :id', { id }).getOne();
  }

  /**
   * Every case the list request selects, in its order and without its range, batch by batch from a
   * server-side cursor: one consistent snapshot however long the export takes, and never more than
   * a batch in memory. Stopping the iteration (a client gone) closes the cursor and its connection.
   */
  async *exportRowsVisibleTo(
    user: UserScope,
    query: Pick<ListQuery, 'filters' | 'sort'>,
    now: Date,
  ): AsyncGenerator<CaseExportRow[]> {
    const projection = this.visibleTo(user)
      .leftJoin(UserEntity, 'u', 'u.id = c.facilitatorId')
      .select('c.id', 'id')
      .addSelect('p.name', 'programName')
      .addSelect('p.timezone', 'timezone')
      .addSelect('p.overdueGraceDays', 'overdueGraceDays')
      .addSelect('r.code', 'villageCode')
      .addSelect('r.name', 'villageName')
      .addSelect('c.groupName', 'groupName')
      .addSelect('c.groupType', 'groupType')
      .addSelect('c.stage', 'stage')
      .addSelect('c.status', 'status')
      .addSelect('c.approach', 'approach')
      .addSelect('c.workflowDefinitionId', 'workflowDefinitionId')
      .addSelect('c.workflowDefinitionVersion', 'workflowDefinitionVersion')
      .addSelect('u.email', 'facilitatorEmail')
      // As text: node-postgres would turn a date into a Date at the server's local midnight.
      .addSelect(`to_char(c.nextVisitDue, 'YYYY-MM-DD')`, 'nextVisitDue')
      .addSelect('c.updatedAt', 'updatedAt');
    const [sql, parameters] = applyListQuery(
      projection,
      casesResource(now),
      query,
    ).ordered.getQueryAndParameters();
    const runner = this.cases.manager.connection.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query(`DECLARE case_export NO SCROLL CURSOR FOR ${sql}`, parameters);
      for (;;) {
        const rows = (await runner.query(
          `FETCH ${EXPORT_BATCH_SIZE} FROM case_export`,
        )) as CaseExportRow[];
        if (rows.length === 0) break;
        yield rows;
      }
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }

  /** A case's history in the order it was written, with each actor's e-mail. */
  historyRows(caseId: string): Promise<CaseHistoryRow[]> {
    return this.cases.manager
      .createQueryBuilder(CaseEventEntity, 'e')
      .leftJoin(UserEntity, 'u', 'u.id = e.actorId')
      .select('e.occurredAt', 'occurredAt')
      .addSelect('e.type', 'type')
      .addSelect('u.email', 'actorEmail')
      .addSelect('e.fromStage', 'fromStage')
      .addSelect('e.toStage', 'toStage')
      .addSelect('e.event', 'event')
      .addSelect('e.reason', 'reason')
      .where('e.caseId = :caseId', { caseId })
      .orderBy('e.id', 'ASC')
      .getRawMany<CaseHistoryRow>();
  }

  /**
   * Whether the user is an active facilitator assigned to the case's program and to its village or
   * a region holding it: someone who would see the case once given it.
   */
  async worksOnCase(
    tx: EntityManager,
    userId: string,
    subject: Pick<CaseEntity, 'programId' | 'regionId'>,
  ): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM users u
         JOIN user_programs up ON up.user_id = u.id AND up.program_id = $2
         JOIN user_regions ur ON ur.user_id = u.id
         JOIN regions assigned ON assigned.id = ur.region_id
         JOIN regions village ON village.id = $3
       WHERE u.id = $1 AND u.role = 'facilitator' AND u.active
         AND (village.path = assigned.path OR village.path LIKE assigned.path || '.%')
       LIMIT 1`,
      [userId, subject.programId, subject.regionId],
    );
    return rows.length > 0;
  }

  findProgramsByIds(ids: readonly string[]): Promise<ProgramEntity[]> {
    return this.programs.findBy({ id: In([...new Set(ids)]) });
  }
}
