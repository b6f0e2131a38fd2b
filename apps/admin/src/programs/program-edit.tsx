import { Edit } from 'react-admin';
import { ProgramForm } from './program-form';

const ProgramEdit = () => (
  <Edit mutationMode="pessimistic">
    <ProgramForm />
  </Edit>
);

export default ProgramEdit;
