import { z } from 'zod';
import { fieldProblemsOf } from './zod-field-problem';

describe('fieldProblemsOf', () => {
  const schema = z.strictObject({
    name: z.string().min(1, { error: 'must not be empty' }),
    tags: z.array(z.enum(['a', 'b'])),
  });
  const problemsOf = (value: unknown) => {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) throw new Error('expected the value to be refused');
    return fieldProblemsOf(result.error.issues, (path) => ['body', ...path.map(String)].join('.'));
  };

  it('names each field with its code, its params and the English message', () => {
    expect(problemsOf({ name: '', tags: ['c'] })).toEqual([
      { field: 'body.name', code: 'empty', message: 'must not be empty' },
      {
        field: 'body.tags.0',
        code: 'one_of',
        params: { values: 'a, b' },
        message: 'Invalid option: expected one of "a"|"b"',
      },
    ]);
  });

  it('names each unknown key as a field of its own', () => {
    expect(problemsOf({ name: 'x', tags: [], colour: 'red', mayor: 'Budi' })).toEqual([
      { field: 'body.colour', code: 'unknown_field', message: 'is not a known field' },
      { field: 'body.mayor', code: 'unknown_field', message: 'is not a known field' },
    ]);
  });

  it('says a missing field is required', () => {
    expect(problemsOf({ tags: [] })).toEqual([
      { field: 'body.name', code: 'required', message: expect.any(String) as string },
    ]);
  });
});
