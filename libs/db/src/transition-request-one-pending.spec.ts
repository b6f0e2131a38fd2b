import type { CaseEntity } from './entities/case.entity';
import {
  TransitionRequestEntity,
  type TransitionRequestStatus,
} from './entities/transition-request.entity';
import type { UserEntity } from './entities/user.entity';
import { newCase } from './testing/case.factory';
import { useMigratedDatabase } from './testing/test-database';
import { newUser } from './testing/user.factory';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('transition requests: one pending per case', () => {
  const database = useMigratedDatabase();
  let facilitator: UserEntity;

  beforeAll(async () => {
    facilitator = await newUser(database.dataSource);
  });

  function request(community: CaseEntity, status: TransitionRequestStatus) {
    const now = Date.now();
    return database.dataSource.getRepository(TransitionRequestEntity).save({
      caseId: community.id,
      event: 'ADVANCE',
      fromStage: community.stage,
      toStage: 'dialogue.preparingToWorkTogether',
      requestedBy: facilitator.id,
      checklist: ['socialCapitalAssessed', 'localLeaderAssessed', 'approachChosen'],
      status,
      caseVersion: community.version,
      remindAt: new Date(now + 3 * DAY_MS),
      escalateAt: new Date(now + 7 * DAY_MS),
      expireAt: new Date(now + 14 * DAY_MS),
    });
  }

  it('refuses a second pending request for the same case', async () => {
    const community = await newCase(database.dataSource);
    await request(community, 'pending');

    await expect(request(community, 'pending')).rejects.toThrow(
      /UQ_transition_requests_pending_case_id/,
    );
  });

  it('keeps any number of decided requests beside the pending one', async () => {
    const community = await newCase(database.dataSource);
    await request(community, 'approved');
    await request(community, 'approved');
    await request(community, 'rejected');

    await expect(request(community, 'pending')).resolves.toMatchObject({ status: 'pending' });
  });

  it('takes a new pending request once the last one is withdrawn', async () => {
    const community = await newCase(database.dataSource);
    const first = await request(community, 'pending');
    await database.dataSource
      .getRepository(TransitionRequestEntity)
      .update(first.id, { status: 'withdrawn' });

    await expect(request(community, 'pending')).resolves.toMatchObject({ status: 'pending' });
  });

  it('lets another case have its own pending request', async () => {
    const [one, other] = [await newCase(database.dataSource), await newCase(database.dataSource)];
    await request(one, 'pending');

    await expect(request(other, 'pending')).resolves.toMatchObject({ caseId: other.id });
  });
});
