import { Create } from 'react-admin';
import { ProgramForm } from './program-form';

const ProgramCreate = () => (
  <Create>
    <ProgramForm />
  </Create>
);

export default ProgramCreate;
