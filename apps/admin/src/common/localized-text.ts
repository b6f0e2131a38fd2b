import type { LocalizedText } from '@berdaya/workflow';
import { useCallback } from 'react';
import { useLocaleState } from 'react-admin';

/**
 * Picks the current language's text of an `{en, id}` pair the api answers (stage labels,
 * checklist items…); stable while the language stays, as memoised views depend on it.
 */
export function useLocalizedText(): (text: LocalizedText | null | undefined) => string {
  const [locale] = useLocaleState();
  return useCallback(
    (text: LocalizedText | null | undefined) => (text ? (locale === 'id' ? text.id : text.en) : ''),
    [locale],
  );
}
