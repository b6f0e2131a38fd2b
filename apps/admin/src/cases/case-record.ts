import type { LocalizedText } from '@berdaya/workflow';
import type { RaRecord } from 'react-admin';

/** A case as GET /api/cases answers it: what the panel reads of it. */
export interface CaseRecord extends RaRecord<string> {
  programId: string;
  regionId: string;
  groupName: string;
  groupType: string;
  facilitatorId: string | null;
  approach: string;
  stage: string;
  stageLabel: LocalizedText;
  status: string;
  nextVisitDue: string | null;
  overdue: boolean;
  riskFlags: string[];
  updatedAt: string;
}
