/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { demoLogin } from './admin-browser';

export interface ApiAnswer<T> {
  status: number;
  json: T;
  /** The list's total from `Content-Range`, when the answer is a list. */
  total?: number;
}

/** Where the api answers, and the access token to call it with when signed in. */
export interface ApiCaller {
  baseUrl: string;
  token?: string;
}

/** A user signed in on a page: who they are, and how to call the api as them. */
export interface SignedInUser extends ApiCaller {
  id: string;
  token: string;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Calls the api over HTTP from the test itself. */
export async function requestApi<T>(
  caller: ApiCaller,
  method: Method,
  path: string,
  body?: object,
): Promise<ApiAnswer<T>> {
  const response = await fetch(`${caller.baseUrl}/api${path}`, {
    method,
    headers: {
      ...(caller.token && { authorization: `Bearer ${caller.token}` }),
      ...(body && { 'content-type': 'application/json' }),
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
}

/** The user signed in on the page, with the token the panel keeps. */
export async function callerOf(page: Page): Promise<SignedInUser> {
  const stored = await page.evaluate(() => localStorage.getItem('berdaya.auth'));
  const auth = JSON.parse(stored ?? 'null') as { accessToken: string; user: { id: string } };
  return { baseUrl: new URL(page.url()).origin, token: auth.accessToken, id: auth.user.id };
}

/** Calls the api as the user signed in on the page. */
export async function callApi<T>(
  page: Page,
  method: Method,
  path: string,
  body?: object,
): Promise<ApiAnswer<T>> {
  return requestApi<T>(await callerOf(page), method, path, body);
}

/**
 * Calls the api as the demo admin, signed in without a browser, to set up or read what the api
 * holds; a refusal fails the test there rather than in whatever reads the answer.
 */
export async function callApiAsAdmin<T>(
  baseUrl: string,
  method: Method,
  path: string,
  body?: object,
): Promise<ApiAnswer<T>> {
  const { email, password } = demoLogin('admin');
  const login = await requestApi<{ accessToken: string }>({ baseUrl }, 'POST', '/auth/login', {
    email,
    password,
  });
  const answer = await requestApi<T>(
    { baseUrl, token: login.json.accessToken },
    method,
    path,
    body,
  );
  if (answer.status >= 400) {
    throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.json)}`);
  }
  return answer;
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
