import { Box, Typography } from '@mui/material';
import {
  email,
  Login,
  LoginClasses,
  LoginForm,
  LoginFormClasses,
  PasswordInput,
  required,
  TextInput,
  useTranslate,
} from 'react-admin';
import { LocaleSwitch } from '../i18n/locale-switch';

export const LoginPage = () => {
  const translate = useTranslate();

  return (
    <Login
      sx={{
        px: 2,
        [`& .${LoginClasses.card}`]: {
          width: '100%',
          maxWidth: 400,
          minWidth: 0,
          mt: { xs: 4, sm: 12 },
        },
      }}
    >
      <Box component="header" sx={{ px: 2, textAlign: 'center' }}>
        <Typography component="h1" variant="h4" sx={{ fontWeight: 600 }}>
          Berdaya
        </Typography>
        <Typography color="text.secondary">{translate('berdaya.tagline')}</Typography>
      </Box>
      <LoginForm sx={{ [`& .${LoginFormClasses.content}`]: { width: 'auto' } }}>
        <TextInput
          source="email"
          type="email"
          label="ra.auth.email"
          autoComplete="username"
          autoFocus
          validate={[required(), email()]}
        />
        <PasswordInput
          source="password"
          label="ra.auth.password"
          autoComplete="current-password"
          validate={required()}
        />
      </LoginForm>
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 3 }}>
        <LocaleSwitch />
      </Box>
    </Login>
  );
};
