export const APPROACHES = ['selfHelp', 'technicalAssistance'] as const;
export type Approach = (typeof APPROACHES)[number];

/** Ordered from weakest to strongest. */
export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];
