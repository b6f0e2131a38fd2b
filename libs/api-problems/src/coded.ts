/** What an answer with a code carries: its params when the code names any, none otherwise. */
export type ParamsPart<P extends readonly string[]> = [P[number]] extends [never]
  ? { params?: undefined }
  : { params: { [K in P[number]]: string | number } };
