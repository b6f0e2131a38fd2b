import type { WorkflowDefinition } from '@berdaya/workflow';

/** The smallest definition the engine accepts (start → done), with the given overrides. */
export function newDefinition(overrides: Partial<WorkflowDefinition> = {}): WorkflowDefinition {
  return {
    id: 'pilot',
    version: 1,
    name: { en: 'Pilot workflow', id: 'Alur kerja percontohan' },
    initial: 'start',
    final: ['done'],
    stages: [
      { id: 'start', label: { en: 'Start', id: 'Mulai' } },
      { id: 'done', label: { en: 'Done', id: 'Selesai' } },
    ],
    transitions: [{ event: 'FINISH', from: 'start', to: 'done' }],
    ...overrides,
  };
}
