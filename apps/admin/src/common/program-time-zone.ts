import { useGetManyAggregate } from 'react-admin';

/**
 * The time zone of a program, where its work happens: instants of its cases are shown in it,
 * whatever the reader's clock says. Rows asking at once share one request (react-admin batches
 * these reads), and the browser's zone stands in until it has come.
 */
export function useProgramTimeZone(programId: string | undefined): string | undefined {
  const { data } = useGetManyAggregate<{ id: string; timezone: string }>(
    'programs',
    { ids: programId ? [programId] : [] },
    { enabled: programId !== undefined },
  );
  return data?.[0]?.timezone;
}
