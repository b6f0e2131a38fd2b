/// <reference lib="dom" />
import type { Page } from 'playwright-core';

export interface ApiAnswer<T> {
  status: number;
  json: T;
  /** The list's total from `Content-Range`, when the answer is a list. */
  total?: number;
}

/** Calls the api as the user signed in on the page, with the token the panel keeps. */
export function callApi<T>(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: object,
): Promise<ApiAnswer<T>> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const auth = JSON.parse(localStorage.getItem('berdaya.auth') ?? '{}') as {
        accessToken?: string;
      };
      const response = await fetch(`/api${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${auth.accessToken ?? ''}`,
          ...(body && { 'Content-Type': 'application/json' }),
        },
        body: body && JSON.stringify(body),
      });
      const text = await response.text();
      const range = response.headers.get('content-range');
      return {
        status: response.status,
        json: (text ? JSON.parse(text) : undefined) as T,
        ...(range && { total: Number(range.split('/')[1]) }),
      };
    },
    { method, path, body },
  );
}

/** The query string of a react-admin list request: filter, and optionally sort and range. */
export const listQuery = (
  filter: object,
  sort?: [string, 'ASC' | 'DESC'],
  range?: [number, number],
): string =>
  new URLSearchParams({
    filter: JSON.stringify(filter),
    ...(sort && { sort: JSON.stringify(sort) }),
    ...(range && { range: JSON.stringify(range) }),
  }).toString();
