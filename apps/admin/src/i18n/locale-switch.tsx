import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useLocales, useLocaleState, useTranslate } from 'react-admin';

export const LocaleSwitch = () => {
  const translate = useTranslate();
  const locales = useLocales();
  const [locale, setLocale] = useLocaleState();

  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={locale}
      aria-label={translate('berdaya.locale.label')}
      onChange={(_event, next: string | null) => {
        // A click on the selected language would otherwise unselect it.
        if (next) setLocale(next);
      }}
    >
      {locales.map((option) => (
        <ToggleButton key={option.locale} value={option.locale} lang={option.locale}>
          {option.name}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
};
