import type { LocalizedText } from '@berdaya/workflow';

/** The techniques the sources name (seed 004's table, seed 001's six steps), shared by the built-in definitions. */
export const TECHNIQUES = {
  socialisationTalk: { en: 'Socialisation talk', id: 'Ceramah sosialisasi' },
  questionsAndAnswers: { en: 'Questions and answers', id: 'Tanya jawab' },
  communityInvolvement: { en: 'Community involvement', id: 'Pelibatan masyarakat' },
  persuasion: { en: 'Persuasion', id: 'Persuasi' },
  massMedia: { en: 'Mass media', id: 'Memanfaatkan media massa' },
  education: { en: 'Education', id: 'Edukasi' },
  participatoryAssessment: {
    en: 'Participatory assessment (MPA)',
    id: 'Metode Asesmen Partisipatif (MPA)',
  },
  focusGroupDiscussion: {
    en: 'Focus group discussion (FGD)',
    id: 'Diskusi kelompok terfokus (FGD)',
  },
  brainstorming: { en: 'Brainstorming', id: 'Curah pendapat' },
  regularMeetings: { en: 'Regular meetings', id: 'Pertemuan rutin berkelanjutan' },
  resourceMapping: { en: 'Resource mapping', id: 'Pemetaan potensi dan sumber' },
  vennDiagram: { en: 'Venn diagram', id: 'Diagram Venn' },
  toolsOfParticipation: {
    en: 'Tools of Participation (TOP)',
    id: 'Alat partisipasi (Tools of Participation, TOP)',
  },
  groupOrganising: { en: 'Group organising', id: 'Pengorganisasian kelompok' },
  peka: { en: 'PEKA', id: 'PEKA' },
  training: { en: 'Training', id: 'Pelatihan' },
  demonstration: { en: 'Demonstration', id: 'Teknik demonstrasi' },
  groupWork: { en: 'Group work', id: 'Teknik kerja kelompok' },
  moneva: {
    en: 'Monitoring-and-evaluation tools (Moneva)',
    id: 'Alat monitoring dan evaluasi (Moneva)',
  },
} satisfies Record<string, LocalizedText>;
