import { defineMessages } from '../i18n/define-messages';

export const programsMessages = defineMessages(
  {
    resources: {
      programs: {
        name: 'Program |||| Programs',
        fields: {
          name: 'Name',
          description: 'Description',
          workflowDefinitionId: 'Workflow',
          workflowDefinitionVersion: 'Workflow version',
          timezone: 'Time zone',
          visitReminderLeadDays: 'Visit reminder (days before)',
          overdueGraceDays: 'Overdue grace (days)',
          approvalReminderDays: 'Approval reminder (days)',
          approvalEscalationDays: 'Approval escalation (days)',
          approvalExpiryDays: 'Approval expiry (days)',
          evaluationCron: 'Evaluation schedule (cron)',
          budgetStart: 'Budget period start',
          budgetEnd: 'Budget period end',
          active: 'Active',
          createdAt: 'Created',
        },
      },
    },
    berdaya: {
      programs: {
        sections: {
          general: 'Program',
          workflow: 'Workflow',
          reminders: 'Reminders and deadlines',
          evaluation: 'Evaluations and budget',
        },
        timezones: {
          'Asia/Jakarta': 'WIB: Western Indonesia Time (UTC+7)',
          'Asia/Makassar': 'WITA: Central Indonesia Time (UTC+8)',
          'Asia/Jayapura': 'WIT: Eastern Indonesia Time (UTC+9)',
        },
        timezone_short: {
          'Asia/Jakarta': 'WIB',
          'Asia/Makassar': 'WITA',
          'Asia/Jayapura': 'WIT',
        },
        schedule: {
          preset: 'Evaluation schedule',
          none: 'No scheduled evaluations',
          monthly: 'Monthly, on the 1st',
          quarterly: 'Quarterly, on the 1st',
          half_yearly: 'Every six months, on the 1st',
          weekly: 'Weekly, on Mondays',
          custom: 'Custom (cron pattern)',
          cron_help: 'Five fields: minute hour day month weekday, e.g. 0 8 1 * *',
        },
        help: {
          visitReminderLeadDays: 'How many days before a planned visit the facilitator is reminded',
          overdueGraceDays: 'Days after the due date before a visit counts as overdue',
          approvalOrder: 'A pending request is reminded of, then escalated, then expires',
          workflowVersion: 'Only published versions can be chosen',
        },
        server_error: 'Not saved: %{message}',
        version_label: 'Version %{version}',
        version_not_published: 'Version %{version} (not published)',
      },
    },
  },
  {
    resources: {
      programs: {
        name: 'Program',
        fields: {
          name: 'Nama',
          description: 'Deskripsi',
          workflowDefinitionId: 'Alur kerja',
          workflowDefinitionVersion: 'Versi alur kerja',
          timezone: 'Zona waktu',
          visitReminderLeadDays: 'Pengingat kunjungan (hari sebelumnya)',
          overdueGraceDays: 'Masa tenggang keterlambatan (hari)',
          approvalReminderDays: 'Pengingat persetujuan (hari)',
          approvalEscalationDays: 'Eskalasi persetujuan (hari)',
          approvalExpiryDays: 'Batas waktu persetujuan (hari)',
          evaluationCron: 'Jadwal evaluasi (cron)',
          budgetStart: 'Awal periode anggaran',
          budgetEnd: 'Akhir periode anggaran',
          active: 'Aktif',
          createdAt: 'Dibuat',
        },
      },
    },
    berdaya: {
      programs: {
        sections: {
          general: 'Program',
          workflow: 'Alur kerja',
          reminders: 'Pengingat dan tenggat',
          evaluation: 'Evaluasi dan anggaran',
        },
        timezones: {
          'Asia/Jakarta': 'WIB: Waktu Indonesia Barat (UTC+7)',
          'Asia/Makassar': 'WITA: Waktu Indonesia Tengah (UTC+8)',
          'Asia/Jayapura': 'WIT: Waktu Indonesia Timur (UTC+9)',
        },
        timezone_short: {
          'Asia/Jakarta': 'WIB',
          'Asia/Makassar': 'WITA',
          'Asia/Jayapura': 'WIT',
        },
        schedule: {
          preset: 'Jadwal evaluasi',
          none: 'Tanpa evaluasi terjadwal',
          monthly: 'Setiap bulan, tanggal 1',
          quarterly: 'Setiap triwulan, tanggal 1',
          half_yearly: 'Setiap semester, tanggal 1',
          weekly: 'Setiap minggu, hari Senin',
          custom: 'Lainnya (pola cron)',
          cron_help: 'Lima bagian: menit jam tanggal bulan hari, misalnya 0 8 1 * *',
        },
        help: {
          visitReminderLeadDays: 'Berapa hari sebelum kunjungan terjadwal pendamping diingatkan',
          overdueGraceDays: 'Hari setelah tanggal jatuh tempo sebelum kunjungan dianggap terlambat',
          approvalOrder:
            'Permohonan yang menunggu diingatkan, lalu dieskalasi, lalu kedaluwarsa, berurutan',
          workflowVersion: 'Hanya versi yang sudah diterbitkan yang dapat dipilih',
        },
        server_error: 'Tidak tersimpan: %{message}',
        version_label: 'Versi %{version}',
        version_not_published: 'Versi %{version} (belum diterbitkan)',
      },
    },
  },
);
