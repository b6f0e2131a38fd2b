/** The largest JSON body the api reads; larger ones are refused with 413 before parsing. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
export const BODY_LIMIT_TEXT = '1 MiB';

// A whole country's regions (about 84,000 villages) is a few MiB of CSV.
export const CSV_BODY_LIMIT_BYTES = 16 * 1024 * 1024;
export const CSV_BODY_LIMIT_TEXT = '16 MiB';
