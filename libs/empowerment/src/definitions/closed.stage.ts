import type { StageDefinition } from '@berdaya/workflow';

/** The final stage of every built-in definition; a final stage has no exit, so no checklist or timing. */
export const CLOSED_STAGE: StageDefinition = {
  id: 'closed',
  label: { en: 'Closed', id: 'Selesai' },
  description: {
    en: 'The community carries on by itself.',
    id: 'Masyarakat melanjutkan kegiatannya secara mandiri.',
  },
};
