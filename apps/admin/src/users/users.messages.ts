import { defineMessages } from '../i18n/define-messages';

export const usersMessages = defineMessages(
  {
    resources: {
      users: {
        name: 'User |||| Users',
        fields: {
          email: 'E-mail',
          fullName: 'Full name',
          role: 'Role',
          locale: 'Language',
          password: 'Password',
          active: 'Active',
          programIds: 'Programs',
          regionIds: 'Regions',
        },
      },
    },
    berdaya: {
      users: {
        roles: {
          admin: 'Administrator',
          programManager: 'Program manager',
          supervisor: 'Supervisor',
          facilitator: 'Facilitator',
          viewer: 'Viewer (read only)',
        },
        locales: {
          en: 'English',
          id: 'Bahasa Indonesia',
        },
        help: {
          password_new: 'At least 12 characters',
          password_edit: 'Leave empty to keep the current password; at least 12 characters',
          regions: 'Type a province, regency, district or village; each includes everything in it',
          scope: 'A user sees the cases of their programs within their regions',
        },
        errors: {
          password_length: 'The password needs at least 12 characters',
          save_failed: 'Not saved: %{message}',
        },
        sections: {
          account: 'Account',
          assignments: 'Assignments',
        },
        no_assignments: 'None',
      },
    },
  },
  {
    resources: {
      users: {
        name: 'Pengguna',
        fields: {
          email: 'Email',
          fullName: 'Nama lengkap',
          role: 'Peran',
          locale: 'Bahasa',
          password: 'Kata sandi',
          active: 'Aktif',
          programIds: 'Program',
          regionIds: 'Wilayah',
        },
      },
    },
    berdaya: {
      users: {
        roles: {
          admin: 'Administrator',
          programManager: 'Manajer program',
          supervisor: 'Penyelia',
          facilitator: 'Pendamping',
          viewer: 'Pemantau (hanya baca)',
        },
        locales: {
          en: 'English',
          id: 'Bahasa Indonesia',
        },
        help: {
          password_new: 'Minimal 12 karakter',
          password_edit: 'Kosongkan untuk tetap memakai kata sandi sekarang; minimal 12 karakter',
          regions:
            'Ketik nama provinsi, kabupaten/kota, kecamatan atau desa; masing-masing mencakup seluruh wilayah di dalamnya',
          scope: 'Pengguna melihat kasus dari program yang ditugaskan di wilayah tugasnya',
        },
        errors: {
          password_length: 'Kata sandi minimal 12 karakter',
          save_failed: 'Tidak tersimpan: %{message}',
        },
        sections: {
          account: 'Akun',
          assignments: 'Penugasan',
        },
        no_assignments: 'Tidak ada',
      },
    },
  },
);
