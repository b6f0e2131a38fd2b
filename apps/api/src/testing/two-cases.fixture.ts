import type { CaseEntity } from '@berdaya/db';
import { newCase } from '@berdaya/db/testing';
import { startTestApi, type SignedInUser, type TestApi } from './test-api';

/** The api with two cases, each in a program and a village of its own, and people around them. */
export interface TwoCases {
  api: TestApi;
  mine: CaseEntity;
  theirs: CaseEntity;
  /** Works on `mine`. */
  facilitator: SignedInUser;
  /** A supervisor of `theirs` only: `mine` is out of their scope. */
  outsider: SignedInUser;
  /** Reads `mine`. */
  viewer: SignedInUser;
}

export async function startWithTwoCases(): Promise<TwoCases> {
  const api = await startTestApi();
  const mine = await newCase(api.dataSource);
  const theirs = await newCase(api.dataSource);
  const scopeOf = (c: CaseEntity) => ({ programIds: [c.programId], regionIds: [c.regionId] });
  return {
    api,
    mine,
    theirs,
    facilitator: await api.loginAs({ role: 'facilitator', ...scopeOf(mine) }),
    outsider: await api.loginAs({ role: 'supervisor', ...scopeOf(theirs) }),
    viewer: await api.loginAs({ role: 'viewer', ...scopeOf(mine) }),
  };
}
