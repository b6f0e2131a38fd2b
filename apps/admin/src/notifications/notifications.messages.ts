import { defineMessages } from '../i18n/define-messages';

export const notificationsMessages = defineMessages(
  {
    resources: {
      notifications: {
        name: 'Notification |||| Notifications',
        fields: {
          kind: 'Kind',
          read: 'Read',
          createdAt: 'Received',
          message: 'Message',
        },
      },
    },
    berdaya: {
      notifications: {
        bell: 'Notifications',
        bell_unread: 'Notifications, %{smart_count} unread',
        recent: 'Recent notifications',
        see_all: 'See all notifications',
        none: 'No notifications yet.',
        mark_all_read: 'Mark all read',
        all_marked_read: 'All notifications marked read.',
        unread: 'Unread',
        kind: {
          visitDue: 'Visit due',
          visitOverdue: 'Visit overdue',
          approvalWaiting: 'Approval waiting',
          approvalDecided: 'Approval decided',
          evaluationDue: 'Evaluation due',
          caseStalled: 'Case stalled',
        },
        unnamed_group: 'a community',
        unnamed_person: 'someone',
        unnamed_day: 'the planned day',
        text: {
          visitDue: 'A monitoring visit to %{group} is due on %{day}.',
          visitOverdue: 'The visit to %{group} due on %{day} is overdue.',
          approvalWaiting:
            '%{person} asks to move %{group} to another stage and waits for your approval.',
          approvalWaiting_reminder:
            "Reminder: %{person}'s request to move %{group} to another stage still waits for your approval.",
          approvalWaiting_escalated:
            "Escalated: %{person}'s request to move %{group} to another stage is still undecided.",
          approvalDecided_approved: 'Your request to move %{group} was approved by %{person}.',
          approvalDecided_rejected: 'Your request to move %{group} was rejected by %{person}.',
          approvalDecided_rejected_comment:
            'Your request to move %{group} was rejected by %{person}: "%{comment}"',
          approvalDecided_expired: 'Your request to move %{group} expired without a decision.',
          approvalDecided: 'Your request to move %{group} was decided.',
          evaluationDue: 'An evaluation of %{group} is due on %{day}.',
          caseStalled: '%{group} has stayed in its stage longer than expected.',
        },
      },
    },
  },
  {
    resources: {
      notifications: {
        name: 'Notifikasi',
        fields: {
          kind: 'Jenis',
          read: 'Sudah dibaca',
          createdAt: 'Diterima',
          message: 'Pesan',
        },
      },
    },
    berdaya: {
      notifications: {
        bell: 'Notifikasi',
        bell_unread: 'Notifikasi, %{smart_count} belum dibaca',
        recent: 'Notifikasi terbaru',
        see_all: 'Lihat semua notifikasi',
        none: 'Belum ada notifikasi.',
        mark_all_read: 'Tandai semua sudah dibaca',
        all_marked_read: 'Semua notifikasi ditandai sudah dibaca.',
        unread: 'Belum dibaca',
        kind: {
          visitDue: 'Kunjungan jatuh tempo',
          visitOverdue: 'Kunjungan terlambat',
          approvalWaiting: 'Menunggu persetujuan',
          approvalDecided: 'Pengajuan diputuskan',
          evaluationDue: 'Evaluasi jatuh tempo',
          caseStalled: 'Kasus macet',
        },
        unnamed_group: 'sebuah komunitas',
        unnamed_person: 'seseorang',
        unnamed_day: 'tanggal yang ditentukan',
        text: {
          visitDue: 'Kunjungan pendampingan ke %{group} dijadwalkan pada %{day}.',
          visitOverdue:
            'Kunjungan pendampingan ke %{group} yang dijadwalkan pada %{day} sudah terlambat.',
          approvalWaiting:
            '%{person} mengajukan perpindahan tahap %{group} dan menunggu persetujuan Anda.',
          approvalWaiting_reminder:
            'Pengingat: pengajuan perpindahan tahap %{group} oleh %{person} masih menunggu persetujuan Anda.',
          approvalWaiting_escalated:
            'Eskalasi: pengajuan perpindahan tahap %{group} oleh %{person} belum juga diputuskan.',
          approvalDecided_approved:
            'Pengajuan perpindahan tahap %{group} Anda telah disetujui oleh %{person}.',
          approvalDecided_rejected:
            'Pengajuan perpindahan tahap %{group} Anda ditolak oleh %{person}.',
          approvalDecided_rejected_comment:
            'Pengajuan perpindahan tahap %{group} Anda ditolak oleh %{person}: "%{comment}"',
          approvalDecided_expired:
            'Pengajuan perpindahan tahap %{group} Anda kedaluwarsa tanpa keputusan.',
          approvalDecided: 'Pengajuan perpindahan tahap %{group} Anda telah diputuskan.',
          evaluationDue: 'Evaluasi untuk %{group} jatuh tempo pada %{day}.',
          caseStalled: '%{group} sudah berada di tahapnya lebih lama dari yang diperkirakan.',
        },
      },
    },
  },
);
