import type { RegionLevel } from '@berdaya/db';
import { randomUUID } from 'node:crypto';

export interface DemoRegion {
  id: string;
  code: string;
  path: string;
  name: string;
  level: RegionLevel;
  parentId: string | null;
}

const VILLAGES_PER_DISTRICT = 25;

// Real provinces, regencies and districts with their official codes (Kepmendagri numbering).
const TREE = [
  {
    code: '33',
    name: 'Jawa Tengah',
    regencies: [
      { code: '33.01', name: 'Kabupaten Cilacap', districts: ['Dayeuhluhur', 'Wanareja'] },
      { code: '33.10', name: 'Kabupaten Klaten', districts: ['Prambanan', 'Gantiwarno'] },
    ],
  },
  {
    code: '52',
    name: 'Nusa Tenggara Barat',
    regencies: [
      { code: '52.01', name: 'Kabupaten Lombok Barat', districts: ['Gerung', 'Kediri'] },
      { code: '52.03', name: 'Kabupaten Lombok Timur', districts: ['Keruak', 'Jerowaru'] },
    ],
  },
] as const;

// Village names are built the way many Javanese and Sasak ones are: a root and a wish.
const ROOTS = [
  'Sumber',
  'Karang',
  'Tanjung',
  'Suka',
  'Mekar',
  'Jati',
  'Banyu',
  'Watu',
  'Sido',
  'Tegal',
  'Kali',
  'Gunung',
  'Wono',
  'Margo',
  'Pandan',
];
const WISHES = [
  'mulyo',
  'sari',
  'jaya',
  'makmur',
  'harjo',
  'rejo',
  'asri',
  'agung',
  'maju',
  'indah',
];

/**
 * The demo region tree: 2 provinces, 4 regencies, 8 districts and 25 villages in each district,
 * parents before children, each with an official-shaped code (villages `pp.rr.dd.2001`: a desa).
 */
export function demoRegions(): DemoRegion[] {
  const regions: DemoRegion[] = [];
  const add = (code: string, name: string, level: RegionLevel, parentId: string | null) => {
    const region = { id: randomUUID(), code, path: code, name, level, parentId };
    regions.push(region);
    return region;
  };
  let districtIndex = 0;
  for (const province of TREE) {
    const p = add(province.code, province.name, 'province', null);
    for (const regency of province.regencies) {
      const r = add(regency.code, regency.name, 'regency', p.id);
      regency.districts.forEach((districtName, d) => {
        const district = add(`${regency.code}.0${d + 1}`, districtName, 'district', r.id);
        for (let v = 0; v < VILLAGES_PER_DISTRICT; v++) {
          // Shifted per district so neighbouring districts do not repeat the same names.
          const n = v + districtIndex * 7;
          const name = `${ROOTS[n % ROOTS.length]}${WISHES[(n + Math.floor(n / ROOTS.length)) % WISHES.length]}`;
          add(`${district.code}.${2001 + v}`, name, 'village', district.id);
        }
        districtIndex++;
      });
    }
  }
  return regions;
}
