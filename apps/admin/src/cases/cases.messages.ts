import { defineMessages } from '../i18n/define-messages';

export const casesMessages = defineMessages(
  {
    resources: {
      cases: {
        name: 'Case |||| Cases',
        fields: {
          groupName: 'Community',
          groupType: 'Group',
          regionId: 'Village / region',
          programId: 'Program',
          stage: 'Stage',
          phase: 'Stage',
          status: 'Status',
          approach: 'Approach',
          facilitatorId: 'Facilitator',
          nextVisitDue: 'Next visit due',
          updatedAt: 'Updated',
          overdue: 'Visit overdue',
          stalled: 'Stalled',
          q: 'Search',
          householdsReached: 'Households reached',
          intake: {
            solidarity: 'Solidarity',
            trust: 'Trust between members',
            norms: 'Binding norms',
            leaderPresentAndEnthusiastic:
              'An influential local leader is present and enthusiastic about the program',
          },
          approachOverrideReason: 'Reason for choosing the other approach',
          interventionModel: 'Intervention model',
          strategyLevel: 'Strategy level',
        },
      },
    },
    berdaya: {
      cases: {
        status: {
          active: 'Active',
          onHold: 'On hold',
          closed: 'Closed',
          withdrawn: 'Withdrawn',
        },
        approach: {
          technicalAssistance: 'Technical assistance',
          selfHelp: 'Self-help',
        },
        group_type: {
          wholeVillage: 'Whole village',
          women: "Women's group",
          farmers: "Farmers' group",
          youth: 'Youth group',
          other: 'Other group',
        },
        level: { low: 'Low', medium: 'Medium', high: 'High' },
        intervention_model: {
          localityDevelopment: 'Locality development',
          socialPlanning: 'Social planning',
          socialAction: 'Social action',
        },
        strategy_level: {
          micro: 'Micro (individuals)',
          mezzo: 'Mezzo (groups)',
          macro: 'Macro (the wider system)',
        },
        list: {
          overdue: 'Overdue',
          no_visit_due: 'No visit planned',
          next_visit: 'Next visit %{date}',
        },
        export: {
          label: 'Export CSV',
          failed: 'The export failed: %{message}',
        },
        reassign: {
          label: 'Reassign facilitator',
          title:
            'Give %{smart_count} case to another facilitator |||| Give %{smart_count} cases to another facilitator',
          facilitator: 'New facilitator',
          confirm: 'Reassign',
          done: '%{smart_count} case reassigned |||| %{smart_count} cases reassigned',
          partial: '%{succeeded} reassigned, %{failed} failed: %{message}',
        },
        create: {
          community: 'The community',
          intake: 'Intake assessment: social capital',
          approach: 'Approach',
          recommended: 'Recommended approach: %{approach}',
          social_capital: 'Overall social capital: %{level}',
          fill_in: 'Answer the intake questions to see the recommended approach.',
          use_recommended: 'Use the recommended approach (%{approach})',
          override_hint: 'You chose another approach than the recommended one: say why.',
          override_required: 'A reason is required to choose another approach than recommended',
          village_only: 'Choose a village (desa/kelurahan)',
          save_failed: 'The case was not created: %{message}',
          refused: {
            programId: 'You do not work in this program for that village, or it is not active',
            regionId: 'Choose a village (desa/kelurahan)',
            facilitatorId: 'Choose an active facilitator',
            approachOverrideReason:
              'A reason is required to choose another approach than recommended',
          },
        },
      },
      region_picker: {
        choose: 'Choose',
        clear: 'Clear',
        title: 'Choose a region',
        search: 'Search by name or code',
        expand: 'Show the regions in %{name}',
        collapse: 'Hide the regions in %{name}',
        none_found: 'No region found',
        level: {
          province: 'Province',
          regency: 'Regency / city',
          district: 'District',
          village: 'Village',
        },
        cancel: 'Cancel',
      },
    },
  },
  {
    resources: {
      cases: {
        name: 'Kasus',
        fields: {
          groupName: 'Komunitas',
          groupType: 'Kelompok',
          regionId: 'Desa / wilayah',
          programId: 'Program',
          stage: 'Tahap',
          phase: 'Tahap',
          status: 'Status',
          approach: 'Pendekatan',
          facilitatorId: 'Pendamping',
          nextVisitDue: 'Kunjungan berikutnya',
          updatedAt: 'Diperbarui',
          overdue: 'Kunjungan terlambat',
          stalled: 'Macet',
          q: 'Cari',
          householdsReached: 'Jumlah rumah tangga terjangkau',
          intake: {
            solidarity: 'Solidaritas',
            trust: 'Kepercayaan antarwarga',
            norms: 'Norma yang mengikat',
            leaderPresentAndEnthusiastic:
              'Ada tokoh lokal berpengaruh yang hadir dan antusias terhadap program',
          },
          approachOverrideReason: 'Alasan memilih pendekatan lain',
          interventionModel: 'Model intervensi',
          strategyLevel: 'Aras strategi',
        },
      },
    },
    berdaya: {
      cases: {
        status: {
          active: 'Aktif',
          onHold: 'Ditunda',
          closed: 'Selesai',
          withdrawn: 'Mundur',
        },
        approach: {
          technicalAssistance: 'Bantuan teknis',
          selfHelp: 'Swadaya',
        },
        group_type: {
          wholeVillage: 'Seluruh desa',
          women: 'Kelompok perempuan',
          farmers: 'Kelompok tani',
          youth: 'Kelompok pemuda',
          other: 'Kelompok lain',
        },
        level: { low: 'Rendah', medium: 'Sedang', high: 'Tinggi' },
        intervention_model: {
          localityDevelopment: 'Pengembangan masyarakat lokal',
          socialPlanning: 'Perencanaan sosial',
          socialAction: 'Aksi sosial',
        },
        strategy_level: {
          micro: 'Mikro (individu)',
          mezzo: 'Mezzo (kelompok)',
          macro: 'Makro (sistem yang lebih luas)',
        },
        list: {
          overdue: 'Terlambat',
          no_visit_due: 'Belum ada kunjungan terjadwal',
          next_visit: 'Kunjungan berikutnya %{date}',
        },
        export: {
          label: 'Ekspor CSV',
          failed: 'Ekspor gagal: %{message}',
        },
        reassign: {
          label: 'Ganti pendamping',
          title: 'Serahkan %{smart_count} kasus kepada pendamping lain',
          facilitator: 'Pendamping baru',
          confirm: 'Ganti',
          done: 'Pendamping %{smart_count} kasus telah diganti',
          partial: '%{succeeded} berhasil diganti, %{failed} gagal: %{message}',
        },
        create: {
          community: 'Komunitas',
          intake: 'Penjajakan: modal sosial',
          approach: 'Pendekatan',
          recommended: 'Pendekatan yang disarankan: %{approach}',
          social_capital: 'Modal sosial secara keseluruhan: %{level}',
          fill_in: 'Jawab pertanyaan penjajakan untuk melihat pendekatan yang disarankan.',
          use_recommended: 'Gunakan pendekatan yang disarankan (%{approach})',
          override_hint:
            'Anda memilih pendekatan yang berbeda dari saran sistem: jelaskan alasannya.',
          override_required: 'Alasan wajib diisi bila memilih pendekatan selain yang disarankan',
          village_only: 'Pilih desa/kelurahan',
          save_failed: 'Kasus tidak tersimpan: %{message}',
          refused: {
            programId:
              'Anda tidak bekerja di program ini untuk desa tersebut, atau program tidak aktif',
            regionId: 'Pilih desa/kelurahan',
            facilitatorId: 'Pilih pendamping yang aktif',
            approachOverrideReason:
              'Alasan wajib diisi bila memilih pendekatan selain yang disarankan',
          },
        },
      },
      region_picker: {
        choose: 'Pilih',
        clear: 'Hapus',
        title: 'Pilih wilayah',
        search: 'Cari nama atau kode',
        expand: 'Tampilkan wilayah di %{name}',
        collapse: 'Sembunyikan wilayah di %{name}',
        none_found: 'Wilayah tidak ditemukan',
        level: {
          province: 'Provinsi',
          regency: 'Kabupaten/kota',
          district: 'Kecamatan',
          village: 'Desa/kelurahan',
        },
        cancel: 'Batal',
      },
    },
  },
);
