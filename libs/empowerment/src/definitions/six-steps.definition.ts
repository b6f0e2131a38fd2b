import type { StageDefinition, WorkflowDefinition } from '@berdaya/workflow';
import { CLOSED_STAGE } from './closed.stage';
import { INTAKE_STAGE } from './intake.stage';
import { linearMoves } from './linear-moves.builder';
import { TECHNIQUES } from './technique.catalog';

const STAGES: StageDefinition[] = [
  INTAKE_STAGE,
  {
    id: 'identifyProblems',
    label: { en: 'Identifying problems', id: 'Menemukan masalah' },
    description: {
      en: 'The facilitator helps the community find the problems it faces.',
      id: 'Pendamping membantu warga menemukan masalah yang dihadapinya.',
    },
    checklist: [
      {
        id: 'problemsListed',
        label: {
          en: 'Problems listed by residents themselves',
          id: 'Masalah didaftar oleh warga sendiri',
        },
        required: true,
      },
      {
        id: 'residentsWidelyInvolved',
        label: {
          en: 'Residents of every group, women included, took part',
          id: 'Warga dari semua kelompok, termasuk perempuan, ikut terlibat',
        },
        required: true,
      },
    ],
    expectedDurationDays: 21,
    visitCadenceDays: 7,
    techniques: [TECHNIQUES.communityInvolvement, TECHNIQUES.questionsAndAnswers],
  },
  {
    id: 'participatoryAnalysis',
    label: { en: 'Participatory analysis', id: 'Analisis partisipatif' },
    description: {
      en: 'The problems are analysed in depth with the community through focus group discussions, brainstorming and regular meetings.',
      id: 'Masalah dianalisis secara mendalam bersama warga melalui diskusi kelompok terfokus, curah pendapat, dan pertemuan rutin berkelanjutan.',
    },
    checklist: [
      {
        id: 'causesAnalysed',
        label: {
          en: 'Causes and effects of each problem analysed with residents',
          id: 'Sebab dan akibat setiap masalah sudah dianalisis bersama warga',
        },
        required: true,
      },
      {
        id: 'regularMeetingsHeld',
        label: {
          en: 'Analysis meetings held regularly',
          id: 'Pertemuan analisis diadakan secara rutin',
        },
        required: true,
      },
    ],
    expectedDurationDays: 30,
    visitCadenceDays: 14,
    techniques: [
      TECHNIQUES.focusGroupDiscussion,
      TECHNIQUES.brainstorming,
      TECHNIQUES.regularMeetings,
    ],
  },
  {
    id: 'prioritise',
    label: { en: 'Prioritising', id: 'Menentukan prioritas' },
    description: {
      en: 'Of the many problems raised, the community chooses the most urgent to solve.',
      id: 'Dari banyak masalah yang tercurahkan, warga memilih masalah yang paling mendesak untuk diselesaikan.',
    },
    checklist: [
      {
        id: 'urgencyCriteriaAgreed',
        label: {
          en: 'Criteria for urgency agreed',
          id: 'Kriteria kemendesakan sudah disepakati',
        },
        required: true,
      },
      {
        id: 'priorityProblemChosen',
        label: {
          en: 'The most urgent problem chosen by the community',
          id: 'Masalah paling mendesak dipilih oleh warga',
        },
        required: true,
      },
    ],
    expectedDurationDays: 14,
    visitCadenceDays: 7,
    techniques: [TECHNIQUES.focusGroupDiscussion],
  },
  {
    id: 'designSolutions',
    label: { en: 'Designing solutions', id: 'Merancang solusi' },
    description: {
      en: "Solutions are sought that build on the community's own socio-cultural practice.",
      id: 'Solusi dicari dengan mengutamakan pendekatan sosial budaya yang ada di masyarakat.',
    },
    checklist: [
      {
        id: 'solutionRootedLocally',
        label: {
          en: 'The solution builds on local socio-cultural practice',
          id: 'Solusi bertumpu pada praktik sosial budaya setempat',
        },
        required: true,
      },
      {
        id: 'actionPlanAgreed',
        label: {
          en: 'Action plan with tasks, dates and success indicators agreed',
          id: 'Rencana aksi dengan pembagian tugas, jadwal, dan indikator keberhasilan sudah disepakati',
        },
        required: true,
      },
    ],
    expectedDurationDays: 21,
    visitCadenceDays: 14,
    techniques: [TECHNIQUES.resourceMapping, TECHNIQUES.toolsOfParticipation],
  },
  {
    id: 'implementTogether',
    label: { en: 'Implementing together', id: 'Melaksanakan bersama' },
    description: {
      en: 'The agreed actions are carried out and the problem is solved together.',
      id: 'Tindakan nyata yang sudah disepakati dilaksanakan dan masalah diselesaikan bersama.',
    },
    checklist: [
      {
        id: 'actionsCarriedOut',
        label: {
          en: 'The agreed actions carried out',
          id: 'Tindakan yang disepakati sudah dilaksanakan',
        },
        required: true,
      },
      {
        id: 'residentsLeadActions',
        label: {
          en: 'Residents, not the facilitator, lead the actions',
          id: 'Warga, bukan pendamping, yang memimpin pelaksanaan',
        },
        required: true,
      },
    ],
    expectedDurationDays: 60,
    visitCadenceDays: 14,
    techniques: [TECHNIQUES.groupWork, TECHNIQUES.training, TECHNIQUES.demonstration],
  },
  {
    id: 'evaluate',
    label: { en: 'Evaluating', id: 'Mengevaluasi' },
    description: {
      en: 'The whole series of activities is evaluated against the success indicators; another cycle may follow.',
      id: 'Seluruh rangkaian kegiatan dievaluasi untuk menilai dan menyimpulkan indikator keberhasilan yang dicapai; siklus berikutnya dapat menyusul.',
    },
    checklist: [
      {
        id: 'successIndicatorsAssessed',
        label: {
          en: 'Success indicators assessed with the community',
          id: 'Indikator keberhasilan sudah dinilai bersama warga',
        },
        required: true,
      },
      {
        id: 'empowermentScored',
        label: {
          en: 'The six elements of empowerment scored',
          id: 'Enam unsur pemberdayaan sudah dinilai',
        },
        required: true,
      },
      {
        id: 'communityCarriesOn',
        label: {
          en: 'The community has agreed how it carries on by itself',
          id: 'Warga sudah menyepakati cara melanjutkan kegiatan secara mandiri',
        },
        required: true,
      },
    ],
    expectedDurationDays: 30,
    visitCadenceDays: 14,
    techniques: [TECHNIQUES.moneva, TECHNIQUES.focusGroupDiscussion],
  },
  CLOSED_STAGE,
];

/** Aziz's six steps (seed 001). */
export const SIX_STEPS_DEFINITION: WorkflowDefinition = {
  id: 'six-steps',
  version: 1,
  name: { en: 'Six steps', id: 'Enam tahap' },
  description: {
    en: 'Identify problems, analyse them together, prioritise, design solutions, implement together and evaluate.',
    id: 'Menemukan masalah, menganalisis bersama, menentukan prioritas, merancang solusi, melaksanakan bersama, dan mengevaluasi.',
  },
  initial: 'intake',
  final: ['closed'],
  stages: STAGES,
  transitions: [
    ...linearMoves(STAGES),
    {
      event: 'REPEAT_CYCLE',
      from: 'evaluate',
      to: 'identifyProblems',
      label: { en: 'Start another cycle', id: 'Ulangi siklus' },
      requiresApproval: true,
    },
  ],
};
