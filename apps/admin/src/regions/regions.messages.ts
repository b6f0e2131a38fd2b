import type { RegionImportProblemCode } from '@berdaya/api-problems';
import { defineMessages } from '../i18n/define-messages';

// Every problem an import file can have (REGION_IMPORT_PROBLEMS), with the api's params.
const problemsListEn: Record<RegionImportProblemCode, string> = {
  file_empty: 'The file is empty',
  quote_not_closed: 'A quoted field is never closed',
  header_column_missing: 'The header has no "%{column}" column',
  header_column_twice: 'The header names "%{column}" twice',
  header_column_unknown:
    'The header names "%{column}", which is not a column; use code, name and optionally level',
  field_count: 'The row has %{count} fields where the header has %{expected}',
  code_shape:
    'Not an official region code: 33 (province), 33.74 (regency or city), 33.74.01 (district) or 33.74.01.1001 (village)',
  code_repeated: 'This code already appears on line %{line}',
  name_empty: 'The name is empty',
  level_unknown: 'The level "%{level}" is unknown; use province, regency, district or village',
  level_not_of_code: 'The level says %{level}, but the code is of a %{expected}',
  parent_missing: 'The region it belongs to (%{parent}) is neither in the file nor stored',
};

const problemsListId: Record<RegionImportProblemCode, string> = {
  file_empty: 'Berkas kosong',
  quote_not_closed: 'Ada isian bertanda kutip yang tidak pernah ditutup',
  header_column_missing: 'Judul kolom tidak memuat kolom "%{column}"',
  header_column_twice: 'Judul kolom menyebut "%{column}" dua kali',
  header_column_unknown:
    'Judul kolom menyebut "%{column}", yang bukan kolom; gunakan code, name dan, bila perlu, level',
  field_count: 'Baris ini berisi %{count} kolom, sedangkan judul kolom berisi %{expected}',
  code_shape:
    'Bukan kode wilayah resmi: 33 (provinsi), 33.74 (kabupaten/kota), 33.74.01 (kecamatan) atau 33.74.01.1001 (desa/kelurahan)',
  code_repeated: 'Kode ini sudah ada di baris %{line}',
  name_empty: 'Nama kosong',
  level_unknown:
    'Tingkat "%{level}" tidak dikenal; gunakan province, regency, district atau village',
  level_not_of_code: 'Tingkat tertulis %{level}, tetapi kodenya kode %{expected}',
  parent_missing: 'Wilayah induknya (%{parent}) tidak ada di berkas maupun di data tersimpan',
};

export const regionsMessages = defineMessages(
  {
    resources: {
      regions: {
        name: 'Region |||| Regions',
        fields: { code: 'Code', name: 'Name', level: 'Level', parentId: 'Part of' },
      },
    },
    berdaya: {
      regions: {
        levels: {
          province: 'Province',
          regency: 'Regency or city',
          district: 'District',
          village: 'Village',
        },
        tree: {
          label: 'Regions by province, regency, district and village',
          search: 'Search by name or code',
          no_results: 'No region matches "%{q}"',
          results: 'Regions matching "%{q}"',
          empty: 'No regions yet. Import the official list of codes and names from a CSV file.',
          loading: 'Loading regions',
          children_count: '%{smart_count} region inside |||| %{smart_count} regions inside',
        },
        import: {
          action: 'Import CSV',
          title: 'Import regions from CSV',
          explanation:
            'A CSV file of official region codes and names, with the columns code, name and optionally level (33 province, 33.74 regency or city, 33.74.01 district, 33.74.01.1001 village). New codes are added and existing ones renamed. The file is imported whole or not at all: it is checked first and nothing is written until you confirm.',
          file: 'CSV file',
          choose: 'Choose a CSV file',
          choose_another: 'Choose another file',
          checking: 'Checking %{name}…',
          chosen: 'File: %{name}',
          problems:
            '%{smart_count} problem in the file: nothing was written. Correct it and choose the file again. |||| %{smart_count} problems in the file: nothing was written. Correct them and choose the file again.',
          ready:
            'The file is valid (%{rows} rows): %{created} regions will be added, %{updated} renamed and %{unchanged} left unchanged.',
          confirm: 'Import',
          importing: 'Importing…',
          done: 'Regions imported: %{created} added, %{updated} renamed',
          failed: 'The import failed: %{message}',
          only_admins: 'Only administrators can import regions.',
          columns: { line: 'Line', field: 'Column', code: 'Code', problem: 'Problem' },
          fields: {
            code: 'code',
            name: 'name',
            level: 'level',
            row: 'whole row',
            header: 'header',
            file: 'file',
          },
          problems_more: 'Only the first %{shown} of %{total} problems are listed.',
          problems_list: problemsListEn,
        },
      },
    },
  },
  {
    resources: {
      regions: {
        name: 'Wilayah',
        fields: { code: 'Kode', name: 'Nama', level: 'Tingkat', parentId: 'Bagian dari' },
      },
    },
    berdaya: {
      regions: {
        levels: {
          province: 'Provinsi',
          regency: 'Kabupaten/kota',
          district: 'Kecamatan',
          village: 'Desa/kelurahan',
        },
        tree: {
          label: 'Wilayah menurut provinsi, kabupaten/kota, kecamatan dan desa',
          search: 'Cari nama atau kode',
          no_results: 'Tidak ada wilayah yang cocok dengan "%{q}"',
          results: 'Wilayah yang cocok dengan "%{q}"',
          empty: 'Belum ada wilayah. Impor daftar resmi kode dan nama wilayah dari berkas CSV.',
          loading: 'Memuat wilayah',
          children_count: '%{smart_count} wilayah di dalamnya',
        },
        import: {
          action: 'Impor CSV',
          title: 'Impor wilayah dari CSV',
          explanation:
            'Berkas CSV berisi kode dan nama wilayah resmi, dengan kolom code, name dan (boleh) level (33 provinsi, 33.74 kabupaten/kota, 33.74.01 kecamatan, 33.74.01.1001 desa/kelurahan). Kode baru ditambahkan dan kode yang sudah ada diganti namanya. Berkas diimpor seluruhnya atau tidak sama sekali: berkas diperiksa terlebih dahulu dan tidak ada yang disimpan sebelum Anda mengonfirmasi.',
          file: 'Berkas CSV',
          choose: 'Pilih berkas CSV',
          choose_another: 'Pilih berkas lain',
          checking: 'Memeriksa %{name}…',
          chosen: 'Berkas: %{name}',
          problems:
            'Ada %{smart_count} masalah dalam berkas: tidak ada yang disimpan. Perbaiki lalu pilih berkas itu lagi.',
          ready:
            'Berkas valid (%{rows} baris): %{created} wilayah akan ditambahkan, %{updated} diganti namanya dan %{unchanged} tetap.',
          confirm: 'Impor',
          importing: 'Mengimpor…',
          done: 'Wilayah diimpor: %{created} ditambahkan, %{updated} diganti namanya',
          failed: 'Impor gagal: %{message}',
          only_admins: 'Hanya administrator yang dapat mengimpor wilayah.',
          columns: { line: 'Baris', field: 'Kolom', code: 'Kode', problem: 'Masalah' },
          fields: {
            code: 'kode',
            name: 'nama',
            level: 'tingkat',
            row: 'seluruh baris',
            header: 'judul kolom',
            file: 'berkas',
          },
          problems_more: 'Hanya %{shown} dari %{total} masalah pertama yang ditampilkan.',
          problems_list: problemsListId,
        },
      },
    },
  },
);
