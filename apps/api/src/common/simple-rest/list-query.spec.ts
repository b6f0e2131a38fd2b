import type { FieldProblem } from '../validation/field-problem';
import { RequestValidationException } from '../validation/request-validation.exception';
import { filterValues } from './filter-values';
import { MAX_PAGE_SIZE, parseListQuery } from './list-query';
import { columnField, type ListField, type ListResource } from './list-resource';

const inRegion: ListField<number> = {
  value: filterValues.integer,
  where: (ids, bind) =>
    `v.region_id IN (SELECT id FROM regions WHERE ancestor_id = ANY(${bind(ids)}))`,
};

const VILLAGES: ListResource = {
  name: 'villages',
  fields: {
    id: columnField('v.id', filterValues.integer),
    name: columnField('v.name', filterValues.text),
    population: columnField('v.population', filterValues.integer, { range: true }),
    surveyedAt: columnField('v.surveyedAt', filterValues.timestamp, { range: true }),
    stage: columnField('v.stage', filterValues.oneOf(['intake', 'dialogue'])),
    regionId: inRegion,
  },
  searchIn: ['v.name'],
  tieBreak: ['v.id'],
};

const json = (value: unknown) => JSON.stringify(value);

function problemsOf(raw: Record<string, unknown>): FieldProblem[] {
  try {
    parseListQuery(raw, VILLAGES);
  } catch (error) {
    if (error instanceof RequestValidationException) return [...error.fields];
    throw error;
  }
  throw new Error('expected a RequestValidationException');
}

describe('parseListQuery', () => {
  it('answers the first rows it may, unsorted and unfiltered, when given nothing', () => {
    expect(parseListQuery({}, VILLAGES)).toEqual({
      sort: undefined,
      offset: 0,
      limit: MAX_PAGE_SIZE,
      filters: [],
    });
  });

  it('reads the sort, the range and the filters react-admin sends', () => {
    const query = parseListQuery(
      {
        sort: json(['population', 'DESC']),
        range: json([25, 49]),
        filter: json({ q: ' Sukamaju ', stage: ['intake', 'dialogue'], population_gte: '500' }),
      },
      VILLAGES,
    );

    expect(query).toEqual({
      sort: { field: 'population', columns: ['v.population'], order: 'DESC' },
      offset: 25,
      limit: 25,
      filters: [
        { kind: 'search', columns: ['v.name'], text: 'Sukamaju' },
        {
          kind: 'anyOf',
          name: 'stage',
          field: VILLAGES.fields.stage,
          values: ['intake', 'dialogue'],
        },
        { kind: 'range', name: 'population', column: 'v.population', bound: 'gte', value: 500 },
      ],
    });
  });

  it.each([
    ['a range wider than a page', [0, 4999], 0, MAX_PAGE_SIZE],
    ['a range of one row', [7, 7], 7, 1],
  ])('cuts %s to what it may answer', (_name, range, offset, limit) => {
    expect(parseListQuery({ range: json(range) }, VILLAGES)).toMatchObject({ offset, limit });
  });

  it('hands a field of its own making its values, parsed', () => {
    const query = parseListQuery({ filter: json({ regionId: [12, '13'] }) }, VILLAGES);

    expect(query.filters).toEqual([
      { kind: 'anyOf', name: 'regionId', field: inRegion, values: [12, 13] },
    ]);
  });

  it('ignores an empty search', () => {
    expect(parseListQuery({ filter: json({ q: '  ' }) }, VILLAGES).filters).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, FieldProblem[]]>([
    [
      'a sort that is not JSON',
      { sort: '["name",ASC]' },
      [
        {
          field: 'sort',
          code: 'not_json',
          message: 'is not valid JSON; it must be [field, "ASC" or "DESC"], e.g. ["id","ASC"]',
        },
      ],
    ],
    [
      'a sort in another order',
      { sort: json(['name', 'UP']) },
      [
        {
          field: 'sort',
          code: 'one_of',
          params: { values: 'ASC, DESC' },
          message: 'must be [field, "ASC" or "DESC"], e.g. ["id","ASC"]',
        },
      ],
    ],
    [
      'a sort by an unknown field',
      { sort: json(['mayor', 'ASC']) },
      [
        {
          field: 'sort',
          code: 'not_sortable',
          params: { fields: 'id, name, population, surveyedAt, stage' },
          message: 'cannot sort villages by "mayor"; use id, name, population, surveyedAt, stage',
        },
      ],
    ],
    [
      'a sort by a field that only filters',
      { sort: json(['regionId', 'ASC']) },
      [expect.objectContaining({ field: 'sort', code: 'not_sortable' }) as FieldProblem],
    ],
    [
      'a range that is not JSON',
      { range: '0-24' },
      [
        expect.objectContaining({
          field: 'range',
          code: 'not_json',
          message: expect.stringContaining('not valid JSON') as string,
        }) as FieldProblem,
      ],
    ],
    [
      'a range ending before it starts',
      { range: json([10, 5]) },
      [
        {
          field: 'range',
          code: 'invalid',
          message:
            'must be [first, last], whole numbers from 0 with last not before first, e.g. [0,24]',
        },
      ],
    ],
    [
      'a negative range',
      { range: json([-1, 5]) },
      [
        expect.objectContaining({
          field: 'range',
          code: 'too_small',
          params: { minimum: 0 },
        }) as FieldProblem,
      ],
    ],
    [
      'a range of fractions',
      { range: json([0, 2.5]) },
      [expect.objectContaining({ field: 'range', code: 'not_whole_number' }) as FieldProblem],
    ],
    [
      'a filter that is not JSON',
      { filter: '{stage:intake}' },
      [
        expect.objectContaining({
          field: 'filter',
          code: 'not_json',
          message: expect.stringContaining('not valid JSON') as string,
        }) as FieldProblem,
      ],
    ],
    [
      'a filter that is a list',
      { filter: json(['intake']) },
      [
        {
          field: 'filter',
          code: 'not_object',
          message: 'must be a JSON object, e.g. {"status":"draft"}',
        },
      ],
    ],
    [
      'a filter on an unknown field',
      { filter: json({ mayor: 'Budi' }) },
      [
        {
          field: 'filter.mayor',
          code: 'not_a_filter',
          params: {
            filters:
              'q, id, name, population, population_gte, population_lte, surveyedAt, surveyedAt_gte, surveyedAt_lte, stage, regionId',
          },
          message:
            'is not a filter of villages; use q, id, name, population, population_gte, population_lte, surveyedAt, surveyedAt_gte, surveyedAt_lte, stage, regionId',
        },
      ],
    ],
    [
      'a range on a field without ranges',
      { filter: json({ name_gte: 'A' }) },
      [expect.objectContaining({ field: 'filter.name_gte', code: 'not_a_filter' }) as FieldProblem],
    ],
    [
      'a value the field cannot hold',
      { filter: json({ stage: 'harvest' }) },
      [
        {
          field: 'filter.stage',
          code: 'one_of',
          params: { values: 'intake, dialogue' },
          message: 'must be one of intake, dialogue',
        },
      ],
    ],
    [
      'one bad value in a list',
      { filter: json({ id: [1, 'two'] }) },
      [expect.objectContaining({ field: 'filter.id.1', code: 'not_number' }) as FieldProblem],
    ],
    [
      'a date range that is not a date',
      { filter: json({ surveyedAt_lte: 'yesterday' }) },
      [
        {
          field: 'filter.surveyedAt_lte',
          code: 'not_date',
          message: 'must be a date (2026-03-01) or a date-time with offset (2026-03-01T08:00:00Z)',
        },
      ],
    ],
    [
      'a number too large for the column',
      { filter: json({ population_lte: 3_000_000_000 }) },
      [
        expect.objectContaining({
          field: 'filter.population_lte',
          code: 'too_big',
          params: { maximum: 2_147_483_647 },
        }) as FieldProblem,
      ],
    ],
    [
      'a search that is not text',
      { filter: json({ q: 5 }) },
      [{ field: 'filter.q', code: 'not_text', message: 'must be a text' }],
    ],
    [
      'an unknown parameter',
      { embed: '["region"]' },
      [
        {
          field: 'embed',
          code: 'not_a_list_parameter',
          message: 'is not a list parameter; use sort, range, filter',
        },
      ],
    ],
    [
      'a parameter given twice',
      { sort: [json(['id', 'ASC']), json(['name', 'ASC'])] },
      [{ field: 'sort', code: 'given_twice', message: 'must be given once' }],
    ],
  ])('refuses %s, naming it', (_name, raw, expected) => {
    expect(problemsOf(raw)).toEqual(expected);
  });

  it('names every problem at once', () => {
    const problems = problemsOf({
      sort: json(['mayor', 'ASC']),
      range: 'all',
      filter: json({ stage: 'harvest', mayor: 'Budi' }),
    });

    expect(problems.map((problem) => problem.field)).toEqual([
      'sort',
      'range',
      'filter.stage',
      'filter.mayor',
    ]);
  });
});
