import { ShowGuesser } from 'react-admin';

export const CaseShow = () => <ShowGuesser />;
