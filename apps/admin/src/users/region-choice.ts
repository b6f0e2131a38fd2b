/** A region as the API lists it. */
export interface RegionChoice {
  id: string;
  code: string;
  name: string;
  level: 'province' | 'regency' | 'district' | 'village';
}

/** How a region reads in a picker: its name, then its code, so namesakes tell apart. */
export const regionOptionText = (region: RegionChoice | undefined) =>
  region ? `${region.name} (${region.code})` : '';
