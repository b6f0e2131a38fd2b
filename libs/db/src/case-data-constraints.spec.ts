import type { CaseEntity } from './entities/case.entity';
import { ResourceEntity } from './entities/resource.entity';
import { VisitEntity } from './entities/visit.entity';
import { newCase } from './testing/case.factory';
import { newRegion } from './testing/region.factory';
import { useMigratedDatabase } from './testing/test-database';

describe('case data the database itself keeps consistent', () => {
  const database = useMigratedDatabase();
  let community: CaseEntity;

  beforeAll(async () => {
    community = await newCase(database.dataSource);
  });

  describe('visits', () => {
    const logVisit = (participants: number | null, womenParticipants: number | null) =>
      database.dataSource.getRepository(VisitEntity).save({
        caseId: community.id,
        facilitatorId: community.facilitatorId,
        plannedOn: '2026-02-02',
        doneOn: '2026-02-03',
        purpose: 'socialization',
        technique: 'FGD',
        participants,
        womenParticipants,
        rolePlayed: 'enabler',
        status: 'done',
      });

    it('counts the women among the participants, never beyond them', async () => {
      await expect(logVisit(12, 13)).rejects.toThrow(/CHK_visits_women_participants/);
      await expect(logVisit(null, 5)).rejects.toThrow(/CHK_visits_women_participants/);
      await expect(logVisit(12, 12)).resolves.toMatchObject({ womenParticipants: 12 });
      await expect(logVisit(null, null)).resolves.toMatchObject({ participants: null });
    });

    it('has a done day exactly when it is done', async () => {
      const visits = database.dataSource.getRepository(VisitEntity);
      const planned = {
        caseId: community.id,
        plannedOn: '2026-03-02',
        purpose: 'monitoring',
      } as const;

      await expect(visits.save({ ...planned, status: 'done' })).rejects.toThrow(
        /CHK_visits_done_on/,
      );
      await expect(visits.save({ ...planned, doneOn: '2026-03-02' })).rejects.toThrow(
        /CHK_visits_done_on/,
      );
      await expect(visits.save(planned)).resolves.toMatchObject({ status: 'scheduled' });
    });
  });

  describe('resources', () => {
    const recordResource = (blockers: string[]) =>
      database.dataSource.query(
        `INSERT INTO resources (case_id, name, kind, blockers) VALUES ($1, 'Balai desa', 'socialInstitutional', $2)`,
        [community.id, blockers],
      );

    it('takes only the known blockers', async () => {
      await expect(recordResource(['notRecognised', 'tooExpensive'])).rejects.toThrow(
        /CHK_resources_blockers/,
      );
      await expect(recordResource(['notRecognised', 'conflictOfInterest'])).resolves.toBeDefined();
      await expect(recordResource([])).resolves.toBeDefined();
    });

    it('reads the blockers back as they were recorded', async () => {
      const saved = await database.dataSource.getRepository(ResourceEntity).save({
        caseId: community.id,
        name: 'Kelompok arisan',
        kind: 'interpersonal',
        blockers: ['notResponsive'],
      });

      await expect(
        database.dataSource.getRepository(ResourceEntity).findOneByOrFail({ id: saved.id }),
      ).resolves.toMatchObject({ blockers: ['notResponsive'], description: null });
    });
  });

  describe('regions', () => {
    const subtree = (path: string) =>
      database.dataSource.query<{ code: string }[]>(
        `SELECT code FROM regions WHERE path = $1 OR path LIKE $1 || '.%' ORDER BY path`,
        [path],
      );

    beforeAll(async () => {
      for (const code of [
        '33',
        '33.7',
        '33.74',
        '33.74.01',
        '33.74.01.1001',
        '33.74.01.1002',
        '33.74.02',
        '33.741',
        '33.741.01',
        '33.75',
      ]) {
        await newRegion(database.dataSource, code);
      }
    });

    it('finds a region and everything below it by its path', async () => {
      expect((await subtree('33.74')).map((row) => row.code)).toEqual([
        '33.74',
        '33.74.01',
        '33.74.01.1001',
        '33.74.01.1002',
        '33.74.02',
      ]);
      expect((await subtree('33.74.01.1001')).map((row) => row.code)).toEqual(['33.74.01.1001']);
    });

    it('refuses a code that is not digits separated by dots', async () => {
      await expect(newRegion(database.dataSource, '33_%')).rejects.toThrow(/CHK_regions_code/);
    });
  });
});
