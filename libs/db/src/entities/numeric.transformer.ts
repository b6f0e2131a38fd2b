import type { ValueTransformer } from 'typeorm';

/**
 * Reads bigint and numeric columns as numbers. pg hands them over as strings so that no precision
 * is lost; use this only where the values stay well inside a double's exact range (file sizes,
 * one-decimal scores), never on identity keys.
 */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
