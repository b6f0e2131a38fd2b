// PostgreSQL's jsonb keeps an object's keys in its own order (shortest first), so a stored
// definition is written back in the order people read one: what it is, then its stages and moves.
const KEY_ORDER = [
  'id',
  'event',
  'version',
  'name',
  'label',
  'description',
  'from',
  'to',
  'initial',
  'final',
  'required',
  'requiresApproval',
  'requiresReason',
  'expectedDurationDays',
  'visitCadenceDays',
  'checklist',
  'techniques',
  'stages',
  'transitions',
  'builtInMoves',
];

const rank = (key: string) => {
  const index = KEY_ORDER.indexOf(key);
  return index < 0 ? KEY_ORDER.length : index;
};

const isLocalizedText = (keys: string[]) => keys.every((key) => key === 'en' || key === 'id');

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  const sorted = isLocalizedText(keys)
    ? keys.sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : 0))
    : keys.sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(
    sorted.map((key) => [key, ordered((value as Record<string, unknown>)[key])]),
  );
}

/** A definition as indented JSON, its keys in reading order. */
export const definitionJson = (definition: unknown): string =>
  JSON.stringify(ordered(definition), null, 2);
