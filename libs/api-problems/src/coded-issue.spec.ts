import { z } from 'zod';
import { type CodedIssue, codedIssue } from './coded-issue';
import { NAMED_PATTERNS } from './named-patterns';

type Row = [string, z.ZodType, unknown, CodedIssue];

// The first issue of a value the schema refuses, reported with its input as the pipe does.
function issueOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected the value to be refused');
  const [issue] = result.error.issues;
  if (!issue) throw new Error('expected an issue');
  return issue;
}

const refined = (params: Record<string, unknown>) =>
  z.string().refine(() => false, { error: 'is refused', params });

describe('codedIssue', () => {
  it.each<Row>([
    ['a missing value', z.object({ name: z.string() }), {}, { code: 'required' }],
    [
      'a missing value, said in words of its own',
      z.string({ error: 'is needed' }),
      undefined,
      { code: 'required' },
    ],
    ['null for a text', z.string(), null, { code: 'not_text' }],
    ['text for a number', z.number(), 'many', { code: 'not_number' }],
    ['a fraction for a whole number', z.int(), 2.5, { code: 'not_whole_number' }],
    ['a fraction for .int()', z.number().int(), 2.5, { code: 'not_whole_number' }],
    ['text for a boolean', z.boolean(), 'yes', { code: 'not_boolean' }],
    ['a list for an object', z.object({}), [], { code: 'not_object' }],
    ['an object for a list', z.array(z.string()), {}, { code: 'not_list' }],
    ['a list for a record', z.record(z.string(), z.number()), [], { code: 'not_object' }],
    ['an empty text that must have one character', z.string().min(1), '', { code: 'empty' }],
    ['a text too short', z.string().min(3), 'ab', { code: 'too_short', params: { minimum: 3 } }],
    ['a text too long', z.string().max(3), 'abcd', { code: 'too_long', params: { maximum: 3 } }],
    ['a number too small', z.number().min(1), 0, { code: 'too_small', params: { minimum: 1 } }],
    ['a number too big', z.number().max(5), 6, { code: 'too_big', params: { maximum: 5 } }],
    [
      'a number not positive',
      z.number().positive(),
      0,
      { code: 'too_small_exclusive', params: { minimum: 0 } },
    ],
    [
      'a number not below its bound',
      z.number().lt(5),
      5,
      { code: 'too_big_exclusive', params: { maximum: 5 } },
    ],
    [
      'a list too short',
      z.array(z.string()).min(2),
      ['a'],
      { code: 'too_few', params: { minimum: 2 } },
    ],
    [
      'a list too long',
      z.array(z.string()).max(1),
      ['a', 'b'],
      { code: 'too_many', params: { maximum: 1 } },
    ],
    [
      'a value not in an enum',
      z.enum(['active', 'closed']),
      'open',
      { code: 'one_of', params: { values: 'active, closed' } },
    ],
    [
      'a value not the literal',
      z.literal('yes'),
      'no',
      { code: 'one_of', params: { values: 'yes' } },
    ],
    ['a uuid', z.uuid(), 'abc', { code: 'not_uuid' }],
    ['a date', z.iso.date(), '2026-13-01', { code: 'not_date' }],
    ['a date-time', z.iso.datetime({ offset: true }), '2026-01-01', { code: 'not_date_time' }],
    ['an e-mail', z.email(), 'someone', { code: 'not_email' }],
    ['a pattern', z.string().regex(/^\d+$/), 'abc', { code: 'bad_format' }],
    ...Object.entries(NAMED_PATTERNS).map(([code, pattern]): Row => [
      `the named pattern ${code}`,
      z.string().regex(pattern),
      '@',
      { code } as CodedIssue,
    ]),
    [
      'a union, in the terms of its first alternative',
      z.union([z.boolean(), z.enum(['true', 'false'])]),
      'yes',
      { code: 'not_boolean' },
    ],
    ['a refinement naming its code', refined({ code: 'repeated' }), 'a', { code: 'repeated' }],
    [
      'a refinement naming its code and params',
      refined({ code: 'region_level_by_code', level: 'village', regionCode: '33.74.01.1001' }),
      'a',
      { code: 'region_level_by_code', params: { level: 'village', regionCode: '33.74.01.1001' } },
    ],
    [
      'a refinement naming a code not in the catalog',
      refined({ code: 'nonsense' }),
      'a',
      { code: 'invalid' },
    ],
    [
      "a refinement lacking its code's params",
      refined({ code: 'done_on_after_today' }),
      'a',
      { code: 'invalid' },
    ],
    ['a refinement naming no code', z.string().refine(() => false), 'a', { code: 'invalid' }],
  ])('codes %s', (_case, schema, value, expected) => {
    expect(codedIssue(issueOf(schema, value))).toEqual(expected);
  });
});
