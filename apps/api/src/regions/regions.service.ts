import { REGION_LEVELS } from '@berdaya/db';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { ApiException } from '../common/errors/api.exception';
import type { ListPage } from '../common/simple-rest/list-page';
import type { ListQuery } from '../common/simple-rest/list-query';
import type { FieldProblem } from '../common/validation/field-problem';
import {
  RequestValidationException,
  UnprocessableFieldsException,
} from '../common/validation/request-validation.exception';
import { CsvSyntaxError, parseCsv } from './csv.parser';
import type { NewRegion, RegionChanges } from './region-body.schema';
import { parseRegionCode } from './region-code';
import { planRegionImport } from './region-import.plan';
import type { RegionImportReport } from './region-import.report';
import { RegionImportRefusedException } from './region-import-refused.exception';
import { readRegionRows } from './region-rows.reader';
import { type RegionRecord, toRegionRecord } from './region.record';
import { RegionsRepository } from './regions.repository';

// Enough to fix a file by; the count says how many more there are.
const MAX_REPORTED_PROBLEMS = 1000;

const CODE_TAKEN = 'is already the code of another region';

function codeTaken(): ApiException {
  const fields: FieldProblem[] = [
    { field: 'code', code: 'region_code_taken', message: CODE_TAKEN },
  ];
  return new ApiException(
    HttpStatus.CONFLICT,
    { code: 'REGION_CODE_TAKEN', message: `code: ${CODE_TAKEN}` },
    { fields },
  );
}

/**
 * The official hierarchy of regions. A region's level and parent follow from its code, so the
 * code never changes; regions arrive mostly by import, all-or-nothing.
 */
@Injectable()
export class RegionsService {
  constructor(
    private readonly regions: RegionsRepository,
    private readonly dataSource: DataSource,
  ) {}

  async list(query: ListQuery): Promise<ListPage<RegionRecord>> {
    return (await this.regions.findPage(query)).map(toRegionRecord);
  }

  async get(id: string): Promise<RegionRecord> {
    return toRegionRecord(await this.existing(id));
  }

  async create({ code, name, level, parentCode }: NewRegion): Promise<RegionRecord> {
    // Checked first so that the usual case costs no failed statement (and no error in the log).
    if (await this.regions.findByCode(code)) throw codeTaken();
    const parent = parentCode === null ? null : await this.regions.findByCode(parentCode);
    if (parentCode !== null && !parent) {
      throw new UnprocessableFieldsException([
        {
          field: 'code',
          code: 'region_parent_missing',
          params: { parent: parentCode },
          message: `its parent region ${parentCode} does not exist`,
        },
      ]);
    }
    try {
      return await this.get(
        await this.regions.insert({ code, name, level, parentId: parent?.id ?? null }),
      );
    } catch (error) {
      const constraint =
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: unknown }).constraint;
      // A request racing this one took the code in between.
      if (constraint === 'UQ_regions_code') throw codeTaken();
      throw error;
    }
  }

  async update(id: string, changes: RegionChanges): Promise<RegionRecord> {
    const current = toRegionRecord(await this.existing(id));
    const problems: FieldProblem[] = (['code', 'level', 'parentId'] as const)
      .filter((field) => changes[field] !== undefined && changes[field] !== current[field])
      .map((field) => ({
        field,
        code: 'region_fixed_by_code',
        params: { value: String(current[field]) },
        message: `cannot change: it is ${JSON.stringify(current[field])}, as the region's official code says`,
      }));
    if (problems.length > 0) throw new RequestValidationException(problems);
    if (changes.name !== undefined) await this.regions.updateName(id, changes.name);
    return this.get(id);
  }

  /** Deletes a region nothing refers to; answers it as it was. */
  async delete(id: string): Promise<RegionRecord> {
    const current = await this.get(id);
    await this.regions.delete(id);
    return current;
  }

  /**
   * Creates and updates the regions of a CSV file (`code,name[,level]`) in one transaction, the
   * widest first so that every parent exists before its children. A file with any problem
   * changes nothing: it is answered with every problem (422). A dry run writes nothing whatever
   * the file holds, and says what the import would do.
   */
  async import(csv: string, dryRun: boolean): Promise<RegionImportReport> {
    let records;
    try {
      records = parseCsv(csv);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      return this.answer(dryRun, 0, { create: 0, update: 0, unchanged: 0 }, [
        { line: error.line, code: null, problem: 'quote_not_closed', message: error.message },
      ]);
    }
    const read = readRegionRows(records);
    const codes = read.rows.flatMap((row) => {
      const parentCode = parseRegionCode(row.code)?.parentCode;
      return parentCode ? [row.code, parentCode] : [row.code];
    });
    const plan = planRegionImport(read.rows, await this.regions.findStoredByCodes(codes));
    const problems = [...read.problems, ...plan.problems].sort((a, b) => a.line - b.line);
    const rows = records.length - 1;
    if (dryRun || problems.length > 0) return this.answer(dryRun, rows, plan.counts, problems);

    const written = await this.dataSource.transaction(async (tx) => {
      await this.regions.lockByCodes(tx, plan.storedParentCodes);
      const changed = plan.regions.filter((region) => region.change !== 'unchanged');
      let created = 0;
      let updated = 0;
      for (const level of REGION_LEVELS) {
        const counts = await this.regions.upsert(
          tx,
          changed.filter((region) => region.level === level),
        );
        created += counts.created;
        updated += counts.updated;
      }
      return { created, updated };
    });
    return this.answer(
      false,
      rows,
      {
        create: written.created,
        update: written.updated,
        unchanged: plan.regions.length - written.created - written.updated,
      },
      [],
    );
  }

  private answer(
    dryRun: boolean,
    rows: number,
    counts: { create: number; update: number; unchanged: number },
    problems: RegionImportReport['errors'],
  ): RegionImportReport {
    const report: RegionImportReport = {
      dryRun,
      rows: Math.max(rows, 0),
      created: counts.create,
      updated: counts.update,
      unchanged: counts.unchanged,
      errorCount: problems.length,
      errors: problems.slice(0, MAX_REPORTED_PROBLEMS),
    };
    if (!dryRun && problems.length > 0) throw new RegionImportRefusedException(report);
    return report;
  }

  private async existing(id: string) {
    const region = await this.regions.findById(id);
    if (!region) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        code: 'REGION_NOT_FOUND',
        params: { id },
        message: `Region ${id} does not exist`,
      });
    }
    return region;
  }
}
