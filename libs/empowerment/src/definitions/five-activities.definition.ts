import type { StageDefinition, WorkflowDefinition } from '@berdaya/workflow';
import { CLOSED_STAGE } from './closed.stage';
import { INTAKE_STAGE } from './intake.stage';
import { linearMoves } from './linear-moves.builder';
import { TECHNIQUES } from './technique.catalog';

const STAGES: StageDefinition[] = [
  INTAKE_STAGE,
  {
    id: 'socialisationDialogue',
    label: { en: 'Socialisation and dialogue', id: 'Sosialisasi dan dialog' },
    description: {
      en: 'Building relationships, developing trust and raising motivation and cooperation through social outreach.',
      id: 'Membangun relasi, mengembangkan kepercayaan, serta meningkatkan motivasi dan kerja sama melalui penyuluhan sosial.',
    },
    checklist: [
      {
        id: 'programSocialised',
        label: {
          en: 'Program socialised at village and group level',
          id: 'Program sudah disosialisasikan secara bertingkat di desa dan kelompok',
        },
        required: true,
      },
      {
        id: 'trustEstablished',
        label: {
          en: 'Residents trust the facilitator and come to the meetings',
          id: 'Warga memercayai pendamping dan hadir dalam pertemuan',
        },
        required: true,
      },
      {
        id: 'cooperationAgreed',
        label: {
          en: 'Residents have agreed to work together in the program',
          id: 'Warga sudah sepakat bekerja sama dalam program',
        },
        required: true,
      },
    ],
    expectedDurationDays: 45,
    visitCadenceDays: 7,
    techniques: [
      TECHNIQUES.socialisationTalk,
      TECHNIQUES.questionsAndAnswers,
      TECHNIQUES.communityInvolvement,
      TECHNIQUES.persuasion,
      TECHNIQUES.massMedia,
      TECHNIQUES.education,
    ],
  },
  {
    id: 'needsResourcesAssessment',
    label: { en: 'Needs and resources assessment', id: 'Menemukenali kebutuhan dan sumber' },
    description: {
      en: 'In formal assessment meetings the community defines its challenges, potential, resources and opportunities, and sets the direction of change.',
      id: 'Dalam asesmen melalui pertemuan formal, warga mendefinisikan tantangan, potensi, sumber, dan peluang, serta menentukan arah perubahan.',
    },
    checklist: [
      {
        id: 'challengesDefined',
        label: {
          en: 'Challenges and problems defined with the community',
          id: 'Tantangan dan masalah sudah didefinisikan bersama warga',
        },
        required: true,
      },
      {
        id: 'potentialIdentified',
        label: {
          en: 'Potential, resources and opportunities identified',
          id: 'Potensi, sumber, dan peluang sudah teridentifikasi',
        },
        required: true,
      },
      {
        id: 'directionSet',
        label: {
          en: 'Goals of the change agreed',
          id: 'Arah dan tujuan perubahan sudah disepakati',
        },
        required: true,
      },
    ],
    expectedDurationDays: 30,
    visitCadenceDays: 14,
    techniques: [TECHNIQUES.participatoryAssessment, TECHNIQUES.focusGroupDiscussion],
  },
  {
    id: 'activityPlanning',
    label: { en: 'Activity planning', id: 'Perencanaan kegiatan' },
    description: {
      en: "The community's potential is explored and analysed, the participants are decided, the solution is formulated and the agreement strengthened.",
      id: 'Potensi masyarakat digali dan dianalisis, partisipan ditentukan, pemecahan masalah dirumuskan, dan kesepakatan dikuatkan.',
    },
    checklist: [
      {
        id: 'potentialMapped',
        label: {
          en: 'Potential and resources mapped by residents',
          id: 'Potensi dan sumber sudah dipetakan oleh warga',
        },
        required: true,
      },
      {
        id: 'participantsDecided',
        label: {
          en: 'The parties to involve decided',
          id: 'Pihak-pihak yang dilibatkan sudah ditentukan',
        },
        required: true,
      },
      {
        id: 'activityPlanAgreed',
        label: {
          en: 'Activity plan agreed in a participatory planning session',
          id: 'Rencana kegiatan sudah disepakati dalam perencanaan partisipatif',
        },
        required: true,
      },
    ],
    expectedDurationDays: 30,
    visitCadenceDays: 14,
    techniques: [
      TECHNIQUES.resourceMapping,
      TECHNIQUES.vennDiagram,
      TECHNIQUES.toolsOfParticipation,
    ],
  },
  {
    id: 'implementation',
    label: { en: 'Implementation', id: 'Pelaksanaan kegiatan' },
    description: {
      en: 'Interaction between groups is activated, resources are mobilised and support and cooperation networks are widened.',
      id: 'Interaksi sosial antarkelompok diaktifkan, sumber dimobilisasi, serta dukungan dan jaringan kerja sama diperluas.',
    },
    checklist: [
      {
        id: 'groupsOrganised',
        label: {
          en: 'Groups organised and meeting regularly',
          id: 'Kelompok sudah terorganisasi dan bertemu secara rutin',
        },
        required: true,
      },
      {
        id: 'resourcesMobilised',
        label: {
          en: 'Resources mobilised and in use',
          id: 'Sumber sudah dimobilisasi dan dimanfaatkan',
        },
        required: true,
      },
      {
        id: 'networksWidened',
        label: {
          en: 'Support and cooperation networks widened',
          id: 'Dukungan dan jaringan kerja sama sudah diperluas',
        },
        required: true,
      },
    ],
    expectedDurationDays: 90,
    visitCadenceDays: 14,
    techniques: [
      TECHNIQUES.groupOrganising,
      TECHNIQUES.peka,
      TECHNIQUES.training,
      TECHNIQUES.demonstration,
      TECHNIQUES.groupWork,
    ],
  },
  {
    id: 'monitoringEvaluation',
    label: { en: 'Monitoring and evaluation', id: 'Monitoring dan evaluasi' },
    description: {
      en: 'Success is recognised, sustainability and information systems are accompanied, and the whole program is evaluated with the community.',
      id: 'Keberhasilan dikenali, kesinambungan dan pengembangan sistem informasi didampingi, dan keseluruhan program dievaluasi secara partisipatif.',
    },
    checklist: [
      {
        id: 'successDocumented',
        label: { en: 'Achievements documented', id: 'Keberhasilan sudah didokumentasikan' },
        required: true,
      },
      {
        id: 'participatoryEvaluationHeld',
        label: {
          en: 'Participatory final evaluation held',
          id: 'Evaluasi akhir partisipatif sudah diadakan',
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
    ],
    expectedDurationDays: 45,
    visitCadenceDays: 14,
    techniques: [TECHNIQUES.moneva, TECHNIQUES.focusGroupDiscussion],
  },
  CLOSED_STAGE,
];

/** The five activities of seed 004's table. */
export const FIVE_ACTIVITIES_DEFINITION: WorkflowDefinition = {
  id: 'five-activities',
  version: 1,
  name: { en: 'Five activities', id: 'Lima kegiatan' },
  description: {
    en: 'Socialisation and dialogue, needs and resources assessment, activity planning, implementation, and monitoring and evaluation.',
    id: 'Sosialisasi dan dialog, penemukenalan kebutuhan dan sumber, perencanaan kegiatan, pelaksanaan, serta monitoring dan evaluasi.',
  },
  initial: 'intake',
  final: ['closed'],
  stages: STAGES,
  transitions: [
    ...linearMoves(STAGES),
    // A new cycle reassesses needs and resources; the relationship built by socialisation stands.
    {
      event: 'REPEAT_CYCLE',
      from: 'monitoringEvaluation',
      to: 'needsResourcesAssessment',
      label: {
        en: 'Start another cycle from the needs and resources assessment',
        id: 'Ulangi siklus dari penemukenalan kebutuhan dan sumber',
      },
      requiresApproval: true,
    },
  ],
};
