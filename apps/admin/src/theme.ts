import type { CheckboxProps } from '@mui/material';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

type CheckboxOwnerState = CheckboxProps & { 'aria-label'?: string };

// react-admin's light palette puts white text on #2196f3 in the app bar (3.1:1) and grey labels
// on filled inputs just under 4.5:1; these keep every text at WCAG AA contrast or better.
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#1565c0', contrastText: '#fff' },
    secondary: { light: '#5e92f3', main: '#0d47a1', dark: '#002171', contrastText: '#fff' },
    text: { primary: 'rgba(0, 0, 0, 0.87)', secondary: 'rgba(0, 0, 0, 0.7)' },
  },
  components: {
    ...defaultLightTheme.components,
    MuiCheckbox: {
      defaultProps: {
        // react-admin labels its row checkboxes with `aria-label` on the Checkbox, which MUI puts on
        // the wrapping span: the input a screen reader lands on stays nameless. Move it there.
        slotProps: {
          root: (ownerState: CheckboxOwnerState) =>
            ownerState['aria-label'] === undefined ? {} : { 'aria-label': undefined },
          input: (ownerState: CheckboxOwnerState) =>
            ownerState['aria-label'] === undefined
              ? {}
              : { 'aria-label': ownerState['aria-label'] },
        },
      },
    },
  },
};

export const darkTheme: RaThemeOptions = defaultDarkTheme;
