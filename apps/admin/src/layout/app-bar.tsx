import { useMediaQuery, type Theme } from '@mui/material';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  UserMenu,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import { NotificationBell } from '../notifications/notification-bell';
import { CompactLocaleButton } from './compact-locale-button';

/**
 * react-admin's app bar with the notification bell and the language menu. The choice of language
 * is kept in react-admin's store (this browser's localStorage): the api lets only an admin change
 * a user's `locale`, so it cannot follow the user to another device.
 */
const Toolbar = () => {
  const isXSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <>
      <NotificationBell />
      {isXSmall ? <CompactLocaleButton /> : <LocalesMenuButton />}
      <LoadingIndicator />
    </>
  );
};

// react-admin's user button shows the user's name but is labelled "Profile" alone: the label
// names both, so what a voice-control user reads on screen also works as the button's name.
const NamedUserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const profile = translate('ra.auth.user_menu');
  return <UserMenu label={identity?.fullName ? `${profile}: ${identity.fullName}` : profile} />;
};

export const AppBar = () => <RaAppBar toolbar={<Toolbar />} userMenu={<NamedUserMenu />} />;
