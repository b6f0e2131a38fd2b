import { useQuery } from '@tanstack/react-query';
import { type Identifier, useLogoutIfAccessDenied } from 'react-admin';
import { apiUrl } from '../api-url';
import { fetchWithToken } from '../common/signed-in-fetch';
import type { ProgramIndicatorsAnswer } from './dashboard-records';

// Not a simple-rest record (no `id`; a route under the program), so it is read beside the data
// provider, with the same token and the same refresh-or-sign-out on a 401.
const fetchIndicators = async (
  programId: Identifier,
  signal: AbortSignal,
): Promise<ProgramIndicatorsAnswer> => {
  const answer = await fetchWithToken(
    `${apiUrl}/programs/${encodeURIComponent(String(programId))}/indicators`,
    { signal },
  );
  return answer.json as ProgramIndicatorsAnswer;
};

/** GET /api/programs/:id/indicators: the latest snapshot and the history for the trends. */
export const useProgramIndicators = (programId: Identifier) => {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useQuery({
    queryKey: ['programs', 'indicators', programId],
    queryFn: async ({ signal }) => {
      try {
        return await fetchIndicators(programId, signal);
      } catch (error) {
        // A 401 refreshes the token (then the retry succeeds) or signs the user out.
        await logoutIfAccessDenied(error);
        throw error;
      }
    },
  });
};
