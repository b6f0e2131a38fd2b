import { DEFAULT_PROCESS_DEFINITION, recommendApproach } from '@berdaya/empowerment';
import { stagePathOf, start } from '@berdaya/workflow';
import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CaseEntity } from '../entities/case.entity';
import { RegionEntity } from '../entities/region.entity';
import { newProgram } from './program.factory';
import { newUser } from './user.factory';

/**
 * A saved case at the start of the default process, in a program and a village of its own, with
 * a facilitator and the approach the intake recommends, except where overridden.
 */
export async function newCase(dataSource: DataSource, overrides: Partial<CaseEntity> = {}) {
  const definition = DEFAULT_PROCESS_DEFINITION;
  const pinned = {
    workflowDefinitionId: definition.id,
    workflowDefinitionVersion: definition.version,
  };
  const program = await newProgram(dataSource);
  // A village alone, without its province, regency and district: unlikely to collide with the
  // codes of other cases in the same database.
  const code = [
    randomInt(10, 100),
    randomInt(10, 100),
    randomInt(10, 100),
    randomInt(1000, 10000),
  ].join('.');
  const village = await dataSource
    .getRepository(RegionEntity)
    .save({ code, path: code, name: 'Desa Test', level: 'village', parentId: null });
  const facilitator = await newUser(dataSource);
  const intake = {
    solidarity: 'high',
    trust: 'medium',
    norms: 'high',
    leaderPresentAndEnthusiastic: true,
  } as const;
  const { approach, reason } = recommendApproach(intake);
  const snapshot = start(definition);
  return dataSource.getRepository(CaseEntity).save({
    programId: program.id,
    regionId: village.id,
    groupName: 'Kelompok Tani Test',
    groupType: 'farmers',
    facilitatorId: facilitator.id,
    approach,
    recommendedApproach: approach,
    approachReason: reason,
    intake,
    ...pinned,
    snapshot,
    stage: stagePathOf(snapshot),
    stageEnteredAt: new Date(),
    startedOn: '2026-01-05',
    ...overrides,
  });
}
