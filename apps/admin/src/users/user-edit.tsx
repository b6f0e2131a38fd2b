import { Edit } from 'react-admin';
import { UserForm } from './user-form';

const UserEdit = () => (
  <Edit mutationMode="pessimistic">
    <UserForm />
  </Edit>
);

export default UserEdit;
