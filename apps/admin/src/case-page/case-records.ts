import type { AllowedEvent, LocalizedText, WorkflowDefinition } from '@berdaya/workflow';

// The records the case page reads, as the api answers them (see apps/api/README.md); only the
// fields the page shows.

export type CaseStatus = 'active' | 'onHold' | 'closed' | 'withdrawn';

export interface CaseRecord {
  id: string;
  programId: string;
  regionId: string;
  groupName: string;
  householdsReached: number | null;
  facilitatorId: string | null;
  approach: 'selfHelp' | 'technicalAssistance';
  workflowDefinitionId: string;
  workflowDefinitionVersion: number;
  stage: string;
  status: CaseStatus;
  version: number;
  nextVisitDue: string | null;
  riskFlags: string[];
  stageLabel: LocalizedText;
  phaseLabel: LocalizedText | null;
  allowedEvents: AllowedEvent[];
  overdue: boolean;
}

export interface ProgramRecord {
  id: string;
  name: string;
  timezone: string;
}

export interface RegionRecord {
  id: string;
  name: string;
  code: string;
}

/** A row of `/api/facilitators`: the facilitators working where the caller works. */
export interface FacilitatorRecord {
  id: string;
  fullName: string;
}

export interface DefinitionRecord {
  id: string;
  definition: WorkflowDefinition;
}

export interface CaseEventRecord {
  id: string;
  type: string;
  actorId: string | null;
  /** Colleagues' names come with the records, as only admins can read users. */
  actorName: string | null;
  fromStage: string | null;
  toStage: string | null;
  event: string | null;
  reason: string | null;
  occurredAt: string;
}

export interface VisitRecord {
  id: string;
  plannedOn: string;
  doneOn: string | null;
  purpose: string;
  technique: string | null;
  participants: number | null;
  womenParticipants: number | null;
  status: string;
}

export interface GoalRecord {
  id: string;
  title: string;
  indicator: string;
  target: string;
  dueOn: string;
  scope: string | null;
  status: string;
}

export interface ResourceRecord {
  id: string;
  name: string;
  kind: string;
  description: string | null;
  blockers: string[];
}

export interface EvaluationRecord {
  id: string;
  kind: string;
  status: 'due' | 'done';
  dueOn: string | null;
  evaluatedOn: string | null;
  scores: { elements?: Record<string, number>; power?: Record<string, number> } | null;
  empowermentIndex: number | null;
  trend: { delta: number; direction: 'improving' | 'stable' | 'declining' } | null;
  notes: string | null;
}

export interface AttachmentRecord {
  id: string;
  fileName: string;
}
