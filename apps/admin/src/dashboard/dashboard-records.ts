import type { ProgramIndicators } from '@berdaya/empowerment';
import type { LocalizedText } from '@berdaya/workflow';
import type { Identifier } from 'react-admin';

/** The fields of a case (GET /api/cases) the dashboard shows. */
export interface DashboardCase {
  id: Identifier;
  groupName: string;
  programId: string;
  stage: string;
  stageLabel: LocalizedText;
  nextVisitDue: string | null;
  overdue: boolean;
  riskFlags: string[];
  workflowDefinitionId: string;
  workflowDefinitionVersion: number;
}

/** The fields of a transition request (GET /api/transition-requests) the dashboard shows. */
export interface DashboardRequest {
  id: Identifier;
  caseId: Identifier;
  fromStage: string;
  toStage: string;
  createdAt: string;
}

/** The fields of a program (GET /api/programs) the dashboard shows. */
export interface DashboardProgram {
  id: Identifier;
  name: string;
  timezone: string;
  workflowDefinitionId: string;
  workflowDefinitionVersion: number;
}

/** One point of GET /api/programs/:id/indicators' history, for the trend charts. */
export interface IndicatorHistoryPoint {
  takenAt: string;
  activeCases: number;
  medianDaysInStage: number | null;
  overdueRate: number | null;
  approvalTurnaroundHours: number | null;
  medianIndex: number | null;
  improving: number;
  stable: number;
  declining: number;
}

/** GET /api/programs/:id/indicators: nulls and an empty history before the first snapshot. */
export interface ProgramIndicatorsAnswer {
  programId: string;
  takenAt: string | null;
  figures: ProgramIndicators | null;
  history: IndicatorHistoryPoint[];
}
