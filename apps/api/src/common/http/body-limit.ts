/** The largest request body the api reads; larger ones are refused with 413 before parsing. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
export const BODY_LIMIT_TEXT = '1 MiB';
