/** The program time zones the API accepts: WIB, WITA and WIT. */
export const PROGRAM_TIMEZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type ProgramTimezone = (typeof PROGRAM_TIMEZONES)[number];
