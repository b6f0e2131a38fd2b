import type { StageDefinition, WorkflowDefinition } from '@berdaya/workflow';
import { CLOSED_STAGE } from './closed.stage';
import { INTAKE_STAGE } from './intake.stage';
import { linearMoves } from './linear-moves.builder';
import { TECHNIQUES } from './technique.catalog';

const DIALOGUE: StageDefinition = {
  id: 'dialogue',
  label: { en: 'Dialogue', id: 'Dialog' },
  description: {
    en: 'The facilitator and the community get to know each other and build the working relationship everything else rests on.',
    id: 'Pendamping dan warga saling mengenal serta membangun hubungan kerja yang menjadi dasar seluruh proses.',
  },
  stages: [
    {
      id: 'preparingToWorkTogether',
      label: { en: 'Preparing to work together', id: 'Persiapan kerja sama' },
      description: {
        en: "The facilitator introduces themselves and the program's aims in community gatherings: residents', religious, youth and women's meetings.",
        id: 'Pendamping memperkenalkan diri serta maksud dan tujuan program dalam pertemuan warga, keagamaan, kepemudaan, dan kelompok perempuan.',
      },
      checklist: [
        {
          id: 'programIntroduced',
          label: {
            en: 'Program introduced in at least one community gathering',
            id: 'Program diperkenalkan dalam sedikitnya satu pertemuan warga',
          },
          required: true,
        },
        {
          id: 'keyFiguresMet',
          label: {
            en: 'Village officials and community figures met',
            id: 'Aparat desa dan tokoh masyarakat sudah ditemui',
          },
          required: true,
        },
        {
          id: 'communityActivitiesJoined',
          label: {
            en: "The facilitator has taken part in the community's own activities",
            id: 'Pendamping sudah ikut serta dalam kegiatan warga',
          },
          required: true,
        },
      ],
      expectedDurationDays: 21,
      visitCadenceDays: 7,
      techniques: [
        TECHNIQUES.socialisationTalk,
        TECHNIQUES.questionsAndAnswers,
        TECHNIQUES.communityInvolvement,
      ],
    },
    {
      id: 'buildingTrust',
      label: { en: 'Building trust', id: 'Membangun kepercayaan' },
      description: {
        en: 'Residents come to see the facilitator as no threat, there to help and committed to them; the trust grows in gatherings that involve as many residents as possible.',
        id: 'Warga memahami bahwa pendamping tidak mengancam, berniat membantu, dan bekerja sepenuhnya untuk masyarakat; kepercayaan tumbuh dalam pertemuan yang melibatkan sebanyak mungkin warga.',
      },
      checklist: [
        {
          id: 'facilitatorRoleExplained',
          label: {
            en: "The facilitator's tasks and responsibilities explained to residents",
            id: 'Tugas dan tanggung jawab pendamping sudah dijelaskan kepada warga',
          },
          required: true,
        },
        {
          id: 'residentsSpeakOpenly',
          label: {
            en: 'Residents speak openly with the facilitator in meetings and visits',
            id: 'Warga berbicara terbuka dengan pendamping dalam pertemuan dan kunjungan',
          },
          required: true,
        },
        {
          id: 'broadParticipation',
          label: {
            en: 'Gatherings reach residents of every group, women included',
            id: 'Pertemuan menjangkau warga dari semua kelompok, termasuk perempuan',
          },
          required: true,
        },
      ],
      expectedDurationDays: 30,
      visitCadenceDays: 7,
      techniques: [
        TECHNIQUES.persuasion,
        TECHNIQUES.communityInvolvement,
        TECHNIQUES.questionsAndAnswers,
      ],
    },
    {
      id: 'developingPartnership',
      label: { en: 'Developing partnership', id: 'Membangun kemitraan' },
      description: {
        en: 'Residents become willing to take part; tasks and responsibilities are shared among them, so each feels they matter.',
        id: 'Warga bersedia menjadi bagian dari kerja sama; tugas dan tanggung jawab dibagi di antara warga sehingga setiap orang merasa bermakna.',
      },
      checklist: [
        {
          id: 'tasksShared',
          label: {
            en: 'Tasks and responsibilities shared among residents',
            id: 'Tugas dan tanggung jawab sudah dibagi di antara warga',
          },
          required: true,
        },
        {
          id: 'residentsCommitted',
          label: {
            en: 'Residents have agreed to take part in the program',
            id: 'Warga menyatakan bersedia terlibat dalam program',
          },
          required: true,
        },
      ],
      expectedDurationDays: 30,
      visitCadenceDays: 14,
      techniques: [TECHNIQUES.communityInvolvement, TECHNIQUES.education],
    },
    {
      id: 'articulatingChallenges',
      label: { en: 'Articulating challenges', id: 'Memaknai tantangan' },
      description: {
        en: "Threats, problems and stressors are reframed as challenges that point the way to change, and the community's strengths and opportunities are found.",
        id: 'Ancaman, masalah, dan tekanan diubah menjadi tantangan yang menunjukkan arah perubahan; kekuatan dan peluang masyarakat ditemukenali.',
      },
      checklist: [
        {
          id: 'challengesArticulated',
          label: {
            en: 'Problems reframed as challenges and written down with the community',
            id: 'Masalah dirumuskan ulang sebagai tantangan dan dicatat bersama warga',
          },
          required: true,
        },
        {
          id: 'strengthsIdentified',
          label: {
            en: "The community's strengths and opportunities identified",
            id: 'Kekuatan dan peluang masyarakat sudah teridentifikasi',
          },
          required: true,
        },
      ],
      expectedDurationDays: 21,
      visitCadenceDays: 14,
      techniques: [TECHNIQUES.participatoryAssessment, TECHNIQUES.focusGroupDiscussion],
    },
    {
      id: 'definingDirections',
      label: { en: 'Defining directions', id: 'Menentukan arah' },
      description: {
        en: 'The community sets its goals together: realistic, measurable, time-bound and scoped.',
        id: 'Warga menetapkan tujuan bersama yang realistis, terukur, berkerangka waktu, dan jelas ruang lingkupnya.',
      },
      checklist: [
        {
          id: 'goalsRealistic',
          label: {
            en: 'Goals rest on local strengths and can be achieved',
            id: 'Tujuan bertumpu pada kekuatan lokal dan mungkin dicapai',
          },
          required: true,
        },
        {
          id: 'goalsMeasurable',
          label: {
            en: 'Each goal has an indicator and a target',
            id: 'Setiap tujuan memiliki indikator dan target',
          },
          required: true,
        },
        {
          id: 'goalsTimeBound',
          label: { en: 'Each goal has a due date', id: 'Setiap tujuan memiliki tenggat waktu' },
          required: true,
        },
        {
          id: 'goalsScoped',
          label: {
            en: 'The scope of the activities is described',
            id: 'Ruang lingkup kegiatan sudah dijelaskan',
          },
          required: true,
        },
      ],
      expectedDurationDays: 14,
      visitCadenceDays: 7,
      techniques: [TECHNIQUES.focusGroupDiscussion, TECHNIQUES.participatoryAssessment],
    },
  ],
};

const DISCOVERY: StageDefinition = {
  id: 'discovery',
  label: { en: 'Discovery', id: 'Penemukenalan' },
  description: {
    en: 'The community finds and analyses its own resources, forms a team and frames a solution it owns.',
    id: 'Warga menggali dan menganalisis sumber dayanya sendiri, membentuk tim, dan membingkai solusi milik bersama.',
  },
  stages: [
    {
      id: 'exploringResources',
      label: { en: 'Exploring resources', id: 'Menggali sumber daya' },
      description: {
        en: 'Residents trace their own personal, interpersonal and social resources, and what blocks their use: not available locally, not recognised, not responsive, or contested.',
        id: 'Warga menelusuri sendiri sumber daya personal, interpersonal, dan sosial yang dimiliki, serta hambatannya: tidak tersedia di lokasi, tidak disadari, tidak responsif, atau menjadi konflik kepentingan.',
      },
      checklist: [
        {
          id: 'resourcesRecorded',
          label: {
            en: 'Personal, interpersonal and social resources recorded',
            id: 'Sumber daya personal, interpersonal, dan sosial sudah dicatat',
          },
          required: true,
        },
        {
          id: 'resourceBarriersNoted',
          label: {
            en: 'What blocks the use of each resource noted',
            id: 'Hambatan pemanfaatan setiap sumber daya sudah dicatat',
          },
          required: true,
        },
        {
          id: 'mappedByResidents',
          label: {
            en: 'The mapping was done by residents themselves',
            id: 'Pemetaan dilakukan oleh warga sendiri',
          },
          required: true,
        },
      ],
      expectedDurationDays: 30,
      visitCadenceDays: 14,
      techniques: [TECHNIQUES.resourceMapping, TECHNIQUES.vennDiagram],
    },
    {
      id: 'analysingResourceCapabilities',
      label: {
        en: 'Analysing resource capabilities',
        id: 'Menganalisis kemampuan sumber daya',
      },
      description: {
        en: 'The community breaks its strengths down into parts, relates them to one another and links them to support from outside.',
        id: 'Warga mengurai kekuatannya menjadi bagian-bagian kecil, mencari relevansi antarbagian, dan mengaitkannya dengan dukungan dari luar.',
      },
      checklist: [
        {
          id: 'capabilitiesAnalysed',
          label: {
            en: 'The capability and carrying capacity of each key resource assessed',
            id: 'Kemampuan dan daya dukung setiap sumber daya utama sudah dinilai',
          },
          required: true,
        },
        {
          id: 'externalSupportIdentified',
          label: {
            en: 'Outside support that can complement local strengths identified',
            id: 'Dukungan dari luar yang dapat melengkapi kekuatan lokal sudah teridentifikasi',
          },
          required: true,
        },
      ],
      expectedDurationDays: 21,
      visitCadenceDays: 14,
      techniques: [TECHNIQUES.vennDiagram, TECHNIQUES.toolsOfParticipation],
    },
    {
      id: 'teamBuilding',
      label: { en: 'Team building', id: 'Membentuk tim' },
      description: {
        en: 'Residents with different strengths come together as a team with one shared direction, and the parties to involve are decided.',
        id: 'Warga dengan kekuatan yang berbeda dipersatukan menjadi tim dengan arah yang sama, dan pihak-pihak yang dilibatkan ditentukan.',
      },
      checklist: [
        {
          id: 'teamFormed',
          label: {
            en: 'Community team formed and its members named',
            id: 'Tim warga terbentuk dan anggotanya ditetapkan',
          },
          required: true,
        },
        {
          id: 'teamRolesAgreed',
          label: { en: 'Roles within the team agreed', id: 'Peran dalam tim sudah disepakati' },
          required: true,
        },
        {
          id: 'partiesToInvolveDecided',
          label: {
            en: 'Other parties to involve decided',
            id: 'Pihak lain yang akan dilibatkan sudah ditentukan',
          },
          required: true,
        },
      ],
      expectedDurationDays: 21,
      visitCadenceDays: 14,
      techniques: [TECHNIQUES.toolsOfParticipation],
    },
    {
      id: 'framingSolutions',
      label: { en: 'Framing solutions', id: 'Membingkai solusi' },
      description: {
        en: 'Regular joint sessions bring out alternatives until the community agrees one plain solution statement that it owns and keeps in mind.',
        id: 'Kegiatan bersama yang rutin mengungkap berbagai alternatif hingga warga menyepakati satu pernyataan solusi yang lugas, menjadi milik bersama, dan selalu diingat.',
      },
      checklist: [
        {
          id: 'alternativesDiscussed',
          label: {
            en: 'Alternative solutions discussed in regular joint sessions',
            id: 'Alternatif solusi sudah dibahas dalam pertemuan bersama secara berkala',
          },
          required: true,
        },
        {
          id: 'solutionStatementAgreed',
          label: {
            en: 'One solution statement agreed by the community',
            id: 'Satu pernyataan solusi disepakati warga',
          },
          required: true,
        },
        {
          id: 'solutionStatementShared',
          label: {
            en: "The statement shared publicly as the community's own",
            id: 'Pernyataan solusi disebarluaskan sebagai milik bersama',
          },
          required: true,
        },
      ],
      expectedDurationDays: 14,
      visitCadenceDays: 7,
      techniques: [TECHNIQUES.toolsOfParticipation, TECHNIQUES.focusGroupDiscussion],
    },
    {
      id: 'strengtheningEnergy',
      label: {
        en: 'Strengthening energy to work together',
        id: 'Menguatkan motivasi kerja sama',
      },
      description: {
        en: 'Joint activities build mutual understanding, mutual agreement, a sense of us and a sense of belonging: what mobilises the network to reach its goals.',
        id: 'Kegiatan bersama menguatkan saling pengertian, kesepakatan bersama, rasa kebersamaan, dan rasa saling memiliki sebagai penggerak kerja sama mencapai tujuan.',
      },
      checklist: [
        {
          id: 'mutualAgreementRecorded',
          label: {
            en: 'Mutual agreement on the plan recorded',
            id: 'Kesepakatan bersama atas rencana sudah dicatat',
          },
          required: true,
        },
        {
          id: 'jointActivityHeld',
          label: {
            en: 'At least one joint activity held to strengthen togetherness',
            id: 'Sedikitnya satu kegiatan bersama diadakan untuk menguatkan kebersamaan',
          },
          required: true,
        },
      ],
      expectedDurationDays: 21,
      visitCadenceDays: 14,
      techniques: [TECHNIQUES.groupWork, TECHNIQUES.communityInvolvement],
    },
  ],
};

const DEVELOPMENT: StageDefinition = {
  id: 'development',
  label: { en: 'Development', id: 'Pengembangan' },
  description: {
    en: 'The community puts its plan to work: interaction, resources and opportunities are activated, and success is recognised and sustained.',
    id: 'Warga menjalankan rencananya: interaksi, sumber daya, dan peluang digerakkan; keberhasilan dikenali dan kesinambungannya dijaga.',
  },
  stages: [
    {
      id: 'activatingSocialInteraction',
      label: { en: 'Activating social interaction', id: 'Mengaktifkan interaksi sosial' },
      description: {
        en: 'Meetings, communication, discussions and joint actions between groups are started and kept going.',
        id: 'Pertemuan, komunikasi, diskusi, dan aksi bersama antarkelompok dibentuk dan digulirkan.',
      },
      checklist: [
        {
          id: 'regularMeetingsRunning',
          label: {
            en: 'Regular group meetings are running',
            id: 'Pertemuan kelompok rutin sudah berjalan',
          },
          required: true,
        },
        {
          id: 'jointActionsStarted',
          label: {
            en: 'Joint actions between groups started',
            id: 'Aksi bersama antarkelompok sudah dimulai',
          },
          required: true,
        },
      ],
      expectedDurationDays: 30,
      visitCadenceDays: 14,
      techniques: [TECHNIQUES.groupOrganising, TECHNIQUES.groupWork],
    },
    {
      id: 'activatingResources',
      label: { en: 'Activating resources', id: 'Menggerakkan sumber daya' },
      description: {
        en: 'The barriers found in discovery are removed or reduced so that people in need reach the resources; trust with those who hold them is built.',
        id: 'Hambatan yang ditemukan pada tahap penemukenalan dihilangkan atau dikurangi agar warga yang membutuhkan terhubung dengan sumber; kepercayaan dengan pemilik sumber dibangun.',
      },
      checklist: [
        {
          id: 'resourceBarriersAddressed',
          label: {
            en: 'Barriers to the key resources addressed',
            id: 'Hambatan terhadap sumber daya utama sudah ditangani',
          },
          required: true,
        },
        {
          id: 'resourcesInUse',
          label: {
            en: 'Residents are using the mobilised resources',
            id: 'Warga memanfaatkan sumber daya yang digerakkan',
          },
          required: true,
        },
      ],
      expectedDurationDays: 60,
      visitCadenceDays: 14,
      techniques: [TECHNIQUES.training, TECHNIQUES.demonstration],
    },
    {
      id: 'expandingOpportunities',
      label: { en: 'Expanding opportunities', id: 'Memperluas peluang' },
      description: {
        en: 'Support and cooperation networks are widened, opening opportunities that were hidden and keeping the program from dead ends.',
        id: 'Dukungan dan jaringan kerja sama diperluas sehingga membuka peluang yang tersembunyi dan mengurangi kebuntuan hasil.',
      },
      checklist: [
        {
          id: 'newPartnersEngaged',
          label: {
            en: 'New partners or networks engaged',
            id: 'Mitra atau jaringan baru sudah dilibatkan',
          },
          required: true,
        },
        {
          id: 'opportunitiesRecorded',
          label: {
            en: 'New opportunities recorded with the community',
            id: 'Peluang baru sudah dicatat bersama warga',
          },
          required: true,
        },
      ],
      expectedDurationDays: 60,
      visitCadenceDays: 30,
      techniques: [TECHNIQUES.groupOrganising, TECHNIQUES.peka, TECHNIQUES.training],
    },
    {
      id: 'recognisingSuccess',
      label: { en: 'Recognising success', id: 'Mengenali keberhasilan' },
      description: {
        en: "Achievements against the short-term goals are documented, building residents' confidence that they are capable.",
        id: 'Keberhasilan terhadap tujuan jangka pendek didokumentasikan sehingga menguatkan keyakinan warga akan kemampuannya.',
      },
      checklist: [
        {
          id: 'shortTermGoalsReviewed',
          label: {
            en: 'Progress on each short-term goal reviewed with the community',
            id: 'Kemajuan setiap tujuan jangka pendek sudah ditinjau bersama warga',
          },
          required: true,
        },
        {
          id: 'successDocumented',
          label: { en: 'Achievements documented', id: 'Keberhasilan sudah didokumentasikan' },
          required: true,
        },
        {
          id: 'successShared',
          label: {
            en: 'Achievements shared with the whole community',
            id: 'Keberhasilan sudah disampaikan kepada seluruh warga',
          },
          required: true,
        },
      ],
      expectedDurationDays: 30,
      visitCadenceDays: 14,
      techniques: [TECHNIQUES.moneva, TECHNIQUES.focusGroupDiscussion],
    },
    {
      id: 'facilitatingSustainability',
      label: { en: 'Facilitating sustainability', id: 'Pendampingan untuk kesinambungan' },
      description: {
        en: "The facilitator keeps meeting the community and monitoring its activities so that spirit and participation hold and the program's mission stays on course.",
        id: 'Pendamping terus mengadakan pertemuan dan memantau kegiatan warga agar semangat dan partisipasi tetap terjaga dan misi program tetap terarah.',
      },
      checklist: [
        {
          id: 'activitiesRunWithoutFacilitator',
          label: {
            en: 'Activities run without the facilitator leading them',
            id: 'Kegiatan berjalan tanpa dipimpin pendamping',
          },
          required: true,
        },
        {
          id: 'localCadresResponsible',
          label: {
            en: 'Local cadres have taken responsibility for continuing the activities',
            id: 'Kader lokal sudah bertanggung jawab melanjutkan kegiatan',
          },
          required: true,
        },
      ],
      expectedDurationDays: 90,
      visitCadenceDays: 30,
      techniques: [TECHNIQUES.moneva],
    },
    {
      id: 'developingInformationSystems',
      label: { en: 'Developing information systems', id: 'Mengembangkan sistem informasi' },
      description: {
        en: 'The simplest media that work in the village (notice boards, banners, wall magazines) keep residents, stakeholders and resource holders informed of what has been done and what is lacking.',
        id: 'Media paling sederhana yang berjalan di desa (papan pengumuman, spanduk, majalah dinding) memberi tahu warga, pemangku kepentingan, dan sistem sumber tentang kegiatan yang telah dilakukan dan kekurangannya.',
      },
      checklist: [
        {
          id: 'informationMediaInPlace',
          label: {
            en: 'Simple information media in place: notice board, banner or wall magazine',
            id: 'Media informasi sederhana tersedia: papan pengumuman, spanduk, atau majalah dinding',
          },
          required: true,
        },
        {
          id: 'stakeholdersInformed',
          label: {
            en: 'Stakeholders and resource holders informed of progress',
            id: 'Pemangku kepentingan dan sistem sumber sudah mendapat informasi kemajuan',
          },
          required: true,
        },
      ],
      expectedDurationDays: 30,
      visitCadenceDays: 14,
      techniques: [TECHNIQUES.moneva],
    },
  ],
};

const EVALUATION: StageDefinition = {
  id: 'evaluation',
  label: { en: 'Evaluation', id: 'Evaluasi' },
  description: {
    en: "Participatory final evaluation: has the program answered the community's problems and needs? It may send the case back for another cycle, or on to termination.",
    id: 'Evaluasi akhir partisipatif: apakah program menjawab persoalan dan kebutuhan warga? Kasus dapat dikembalikan untuk siklus berikutnya atau dilanjutkan ke pengakhiran.',
  },
  checklist: [
    {
      id: 'participatoryEvaluationHeld',
      label: {
        en: 'Participatory evaluation session held with the community',
        id: 'Sesi evaluasi partisipatif sudah diadakan bersama warga',
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
      id: 'goalsAssessed',
      label: {
        en: 'Each goal assessed against its indicator and target',
        id: 'Setiap tujuan sudah dinilai terhadap indikator dan targetnya',
      },
      required: true,
    },
  ],
  expectedDurationDays: 30,
  visitCadenceDays: 14,
  techniques: [TECHNIQUES.moneva, TECHNIQUES.focusGroupDiscussion],
};

const TERMINATION: StageDefinition = {
  id: 'termination',
  label: { en: 'Termination', id: 'Pengakhiran' },
  description: {
    en: 'The facilitator withdraws as agreed and hands the activities over to the community, which carries on by itself.',
    id: 'Pendamping mengakhiri pendampingan sesuai kesepakatan dan menyerahkan kegiatan kepada warga untuk dilanjutkan secara mandiri.',
  },
  checklist: [
    {
      id: 'handoverAgreed',
      label: {
        en: 'Handover of the activities to local leaders and cadres agreed',
        id: 'Serah terima kegiatan kepada tokoh dan kader lokal sudah disepakati',
      },
      required: true,
    },
    {
      id: 'closingMeetingHeld',
      label: {
        en: 'Closing meeting held with the community',
        id: 'Pertemuan penutupan sudah diadakan bersama warga',
      },
      required: true,
    },
    {
      id: 'finalReportFiled',
      label: { en: 'Final report filed', id: 'Laporan akhir sudah disampaikan' },
      required: true,
    },
  ],
  expectedDurationDays: 30,
  visitCadenceDays: 14,
};

const STAGES = [
  INTAKE_STAGE,
  DIALOGUE,
  DISCOVERY,
  DEVELOPMENT,
  EVALUATION,
  TERMINATION,
  CLOSED_STAGE,
];

/** The default empowerment process (seed 004, with seeds 001 and 003). */
export const DEFAULT_PROCESS_DEFINITION: WorkflowDefinition = {
  id: 'empowerment-default',
  version: 1,
  name: { en: 'Empowerment process', id: 'Proses pemberdayaan' },
  description: {
    en: 'Dialogue, discovery and development, then a participatory evaluation that may start another cycle before termination.',
    id: 'Dialog, penemukenalan, dan pengembangan, lalu evaluasi partisipatif yang dapat mengulang siklus sebelum pengakhiran.',
  },
  initial: 'intake',
  final: ['closed'],
  stages: STAGES,
  transitions: [
    ...linearMoves(STAGES),
    // A new cycle is a supervisor's decision, although moving back needs no approval by default.
    {
      event: 'REPEAT_DISCOVERY',
      from: 'evaluation',
      to: 'discovery',
      label: { en: 'Start another discovery cycle', id: 'Ulangi siklus penemukenalan' },
      requiresApproval: true,
    },
    {
      event: 'REPEAT_DEVELOPMENT',
      from: 'evaluation',
      to: 'development',
      label: { en: 'Start another development cycle', id: 'Ulangi siklus pengembangan' },
      requiresApproval: true,
    },
  ],
};
