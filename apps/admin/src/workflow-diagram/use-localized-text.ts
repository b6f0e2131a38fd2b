import type { LocalizedText } from '@berdaya/workflow';
import { useCallback } from 'react';
import { useLocaleState } from 'react-admin';

/** Picks the text of a definition's `{en, id}` label in the language the panel shows. */
export const useLocalizedText = (): ((text: LocalizedText) => string) => {
  const [locale] = useLocaleState();
  return useCallback((text: LocalizedText) => (locale === 'id' ? text.id : text.en), [locale]);
};
