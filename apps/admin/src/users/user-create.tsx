import { Create } from 'react-admin';
import { UserForm } from './user-form';

const UserCreate = () => (
  <Create>
    <UserForm />
  </Create>
);

export default UserCreate;
