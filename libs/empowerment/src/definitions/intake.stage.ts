import type { StageDefinition } from '@berdaya/workflow';

/** Every built-in definition starts here: the approach is chosen before any work with the community. */
export const INTAKE_STAGE: StageDefinition = {
  id: 'intake',
  label: { en: 'Intake', id: 'Penjajakan' },
  description: {
    en: "The community's social capital and local leadership are assessed and the approach is chosen.",
    id: 'Modal sosial dan kepemimpinan lokal masyarakat dinilai, lalu pendekatan dipilih.',
  },
  checklist: [
    {
      id: 'socialCapitalAssessed',
      label: {
        en: 'Social capital assessed: solidarity, trust between members, binding norms',
        id: 'Modal sosial dinilai: solidaritas, kepercayaan antarwarga, norma yang mengikat',
      },
      required: true,
    },
    {
      id: 'localLeaderAssessed',
      label: {
        en: 'Presence and enthusiasm of an influential local leader recorded',
        id: 'Keberadaan dan antusiasme tokoh lokal berpengaruh dicatat',
      },
      required: true,
    },
    {
      id: 'approachChosen',
      label: {
        en: 'Approach chosen: the recommended one, or another with a written reason',
        id: 'Pendekatan dipilih: sesuai rekomendasi, atau yang lain dengan alasan tertulis',
      },
      required: true,
    },
  ],
  expectedDurationDays: 14,
  visitCadenceDays: 7,
};
