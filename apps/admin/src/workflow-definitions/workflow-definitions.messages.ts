import { defineMessages } from '../i18n/define-messages';
import type { DefinitionProblemMessages } from './definition-problem-text';

// The engine's own English (libs/workflow, validate-definition.ts), said from each problem's params.
const problemMessagesEn: DefinitionProblemMessages = {
  INVALID_FIELD: '%{field}%{where}: %{problem}',
  MISSING_LABEL: {
    any_language: '%{label}%{where} has no text',
    language: '%{label}%{where} has no %{language} text',
  },
  DUPLICATE_ID: {
    stage: 'stage id "%{stage}" is used more than once',
    item: 'checklist item id "%{item}" of stage "%{stage}" is already used by stage "%{owner}"',
  },
  RESERVED_ID: {
    stage: 'stage id "%{stage}" is reserved by the engine',
    event: 'event "%{event}" is built in and cannot be redefined',
  },
  UNKNOWN_STAGE: {
    initial: 'initial stage "%{initial}" is not defined',
    final: 'final stage "%{final}" is not defined',
    from: 'event "%{event}" starts from unknown stage "%{from}"',
    to: 'event "%{event}" from "%{from}" targets unknown stage "%{to}"',
  },
  INVALID_INITIAL: {
    top_level: 'initial stage "%{initial}" must be a top-level stage',
    sub_stage: 'initial sub-stage "%{initial}" of "%{stage}" is not one of its sub-stages',
  },
  FINAL_NOT_TOP_LEVEL: 'final stage "%{final}" must be a top-level stage without sub-stages',
  FINAL_HAS_MOVES: 'final stage "%{final}" cannot have outgoing event "%{event}"',
  INITIAL_IS_FINAL: 'initial stage "%{initial}" cannot be final',
  DUPLICATE_TRANSITION: 'event "%{event}" is defined twice on stage "%{from}"',
  SELF_TRANSITION: 'event "%{event}" leads from "%{from}" back to itself',
  BACKWARD_WITHOUT_REASON:
    'event "%{event}" moves "%{from}" back to "%{to}" and must require a reason',
  UNREACHABLE_STAGE: 'stage "%{stage}" cannot be reached from the initial stage',
  NO_WAY_OUT: 'stage "%{stage}" has no sequence of moves that leads to a final stage',
};

const problemMessagesId: DefinitionProblemMessages = {
  INVALID_FIELD: '%{field}%{where}: %{problem}',
  MISSING_LABEL: {
    any_language: '%{label}%{where} belum berisi teks',
    language: '%{label}%{where} belum berisi teks %{language}',
  },
  DUPLICATE_ID: {
    stage: 'id tahap "%{stage}" dipakai lebih dari sekali',
    item: 'id butir daftar periksa "%{item}" pada tahap "%{stage}" sudah dipakai oleh tahap "%{owner}"',
  },
  RESERVED_ID: {
    stage: 'id tahap "%{stage}" dicadangkan untuk sistem',
    event: 'perpindahan "%{event}" sudah bawaan sistem dan tidak dapat didefinisikan ulang',
  },
  UNKNOWN_STAGE: {
    initial: 'tahap awal "%{initial}" tidak didefinisikan',
    final: 'tahap akhir "%{final}" tidak didefinisikan',
    from: 'perpindahan "%{event}" berawal dari tahap "%{from}" yang tidak dikenal',
    to: 'perpindahan "%{event}" dari "%{from}" menuju tahap "%{to}" yang tidak dikenal',
  },
  INVALID_INITIAL: {
    top_level: 'tahap awal "%{initial}" harus berada di tingkat teratas',
    sub_stage: 'sub-tahap awal "%{initial}" dari "%{stage}" bukan salah satu sub-tahapnya',
  },
  FINAL_NOT_TOP_LEVEL:
    'tahap akhir "%{final}" harus berada di tingkat teratas dan tidak memiliki sub-tahap',
  FINAL_HAS_MOVES: 'tahap akhir "%{final}" tidak boleh memiliki perpindahan keluar "%{event}"',
  INITIAL_IS_FINAL: 'tahap awal "%{initial}" tidak boleh menjadi tahap akhir',
  DUPLICATE_TRANSITION: 'perpindahan "%{event}" didefinisikan dua kali pada tahap "%{from}"',
  SELF_TRANSITION: 'perpindahan "%{event}" membawa "%{from}" kembali ke tahap itu sendiri',
  BACKWARD_WITHOUT_REASON:
    'perpindahan "%{event}" memundurkan "%{from}" ke "%{to}" dan harus mewajibkan alasan',
  UNREACHABLE_STAGE: 'tahap "%{stage}" tidak dapat dicapai dari tahap awal',
  NO_WAY_OUT: 'tahap "%{stage}" tidak memiliki rangkaian perpindahan yang berujung di tahap akhir',
};

export const workflowDefinitionsMessages = defineMessages(
  {
    resources: {
      'workflow-definitions': {
        name: 'Workflow |||| Workflows',
        fields: {
          id: 'Version',
          definitionId: 'Workflow id',
          version: 'Version',
          status: 'Status',
          name: 'Name',
          createdAt: 'Saved',
          definition: 'Definition (JSON)',
        },
      },
    },
    berdaya: {
      workflow_definitions: {
        statuses: { draft: 'Draft', published: 'Published', retired: 'Retired' },
        status_help: {
          draft: 'A draft can be changed, then published.',
          published:
            'Published: this version is read only. Programs can run on it; a change needs a new version.',
          retired: 'Retired: read only, and no new case starts on it.',
        },
        title_new: 'New workflow version',
        title_edit: 'Edit draft %{id}',
        title_show: '%{name} (version %{version})',
        editor: {
          label: 'Definition (JSON)',
          help: 'Checked as you type. Each problem names where it is: stages.1.label.id is the Indonesian label of the second stage.',
          valid: 'The definition is valid.',
          checking: 'Checking…',
          problems: '%{smart_count} problem |||| %{smart_count} problems',
          server_problems: 'The server refused the definition:',
          at_line: 'line %{line}, column %{column}',
          read_only: 'This version is read only.',
          preview: 'Preview',
          save: 'Save draft',
          saved: 'Draft saved',
          cancel: 'Cancel',
        },
        problem_codes: {
          JSON: 'Not valid JSON',
          INVALID_FIELD: 'Invalid value',
          MISSING_LABEL: 'Missing text',
          DUPLICATE_ID: 'Duplicate id',
          RESERVED_ID: 'Reserved id',
          UNKNOWN_STAGE: 'Unknown stage',
          INVALID_INITIAL: 'Invalid initial stage',
          FINAL_NOT_TOP_LEVEL: 'Final stage not at top level',
          FINAL_HAS_MOVES: 'Final stage has moves',
          INITIAL_IS_FINAL: 'Initial stage is final',
          DUPLICATE_TRANSITION: 'Duplicate move',
          SELF_TRANSITION: 'Move to the same stage',
          BACKWARD_WITHOUT_REASON: 'Backward move without reason',
          UNREACHABLE_STAGE: 'Unreachable stage',
          NO_WAY_OUT: 'No way out',
        },
        problem_messages: problemMessagesEn,
        problem_words: {
          of_stage: ' of stage "%{stage}"',
          of_event: ' of event "%{event}"',
          label: 'label',
          name: 'name',
          description: 'description',
          en: 'English',
          id: 'Indonesian',
          json_unexpected: 'Unexpected %{character} here',
          json_ends_early: 'The text ends before the JSON is complete',
        },
        actions: {
          new_version: 'New version from this one',
          publish: 'Publish',
          retire: 'Retire',
          publish_title: 'Publish %{id}?',
          publish_content:
            'Once published, this version can no longer be changed. Programs can then be set to run on it.',
          retire_title: 'Retire %{id}?',
          retire_content:
            'No new case will start on this version. Cases already on it carry on. This cannot be undone.',
          published: 'Version published',
          retired: 'Version retired',
          failed: 'Not done: %{message}',
        },
        stages: 'Stages',
        moves: 'Moves',
        diagram: 'Diagram',
        json: 'JSON',
      },
    },
  },
  {
    resources: {
      'workflow-definitions': {
        name: 'Alur kerja',
        fields: {
          id: 'Versi',
          definitionId: 'Id alur kerja',
          version: 'Versi',
          status: 'Status',
          name: 'Nama',
          createdAt: 'Disimpan',
          definition: 'Definisi (JSON)',
        },
      },
    },
    berdaya: {
      workflow_definitions: {
        statuses: { draft: 'Draf', published: 'Diterbitkan', retired: 'Dinonaktifkan' },
        status_help: {
          draft: 'Draf masih dapat diubah, lalu diterbitkan.',
          published:
            'Diterbitkan: versi ini hanya dapat dibaca. Program dapat memakainya; perubahan memerlukan versi baru.',
          retired:
            'Dinonaktifkan: hanya dapat dibaca, dan tidak ada kasus baru yang dimulai dengannya.',
        },
        title_new: 'Versi alur kerja baru',
        title_edit: 'Ubah draf %{id}',
        title_show: '%{name} (versi %{version})',
        editor: {
          label: 'Definisi (JSON)',
          help: 'Diperiksa saat Anda mengetik. Setiap masalah menyebut letaknya: stages.1.label.id adalah label bahasa Indonesia pada tahap kedua.',
          valid: 'Definisi valid.',
          checking: 'Memeriksa…',
          problems: '%{smart_count} masalah',
          server_problems: 'Server menolak definisi ini:',
          at_line: 'baris %{line}, kolom %{column}',
          read_only: 'Versi ini hanya dapat dibaca.',
          preview: 'Pratinjau',
          save: 'Simpan draf',
          saved: 'Draf tersimpan',
          cancel: 'Batal',
        },
        problem_codes: {
          JSON: 'Bukan JSON yang valid',
          INVALID_FIELD: 'Nilai tidak valid',
          MISSING_LABEL: 'Teks belum diisi',
          DUPLICATE_ID: 'Id ganda',
          RESERVED_ID: 'Id khusus sistem',
          UNKNOWN_STAGE: 'Tahap tidak dikenal',
          INVALID_INITIAL: 'Tahap awal tidak valid',
          FINAL_NOT_TOP_LEVEL: 'Tahap akhir bukan di tingkat teratas',
          FINAL_HAS_MOVES: 'Tahap akhir memiliki perpindahan',
          INITIAL_IS_FINAL: 'Tahap awal adalah tahap akhir',
          DUPLICATE_TRANSITION: 'Perpindahan ganda',
          SELF_TRANSITION: 'Perpindahan ke tahap yang sama',
          BACKWARD_WITHOUT_REASON: 'Perpindahan mundur tanpa alasan',
          UNREACHABLE_STAGE: 'Tahap tidak dapat dicapai',
          NO_WAY_OUT: 'Tidak ada jalan keluar',
        },
        problem_messages: problemMessagesId,
        problem_words: {
          of_stage: ' tahap "%{stage}"',
          of_event: ' perpindahan "%{event}"',
          label: 'label',
          name: 'nama',
          description: 'deskripsi',
          en: 'bahasa Inggris',
          id: 'bahasa Indonesia',
          json_unexpected: 'Ada %{character} yang tidak semestinya di sini',
          json_ends_early: 'Teks berakhir sebelum JSON selesai',
        },
        actions: {
          new_version: 'Versi baru dari versi ini',
          publish: 'Terbitkan',
          retire: 'Nonaktifkan',
          publish_title: 'Terbitkan %{id}?',
          publish_content:
            'Setelah diterbitkan, versi ini tidak dapat diubah lagi. Program kemudian dapat memakainya.',
          retire_title: 'Nonaktifkan %{id}?',
          retire_content:
            'Tidak ada kasus baru yang akan dimulai dengan versi ini. Kasus yang sudah memakainya tetap berjalan. Tindakan ini tidak dapat dibatalkan.',
          published: 'Versi diterbitkan',
          retired: 'Versi dinonaktifkan',
          failed: 'Tidak berhasil: %{message}',
        },
        stages: 'Tahap',
        moves: 'Perpindahan',
        diagram: 'Diagram',
        json: 'JSON',
      },
    },
  },
);
