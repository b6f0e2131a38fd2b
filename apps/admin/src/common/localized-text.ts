import type { LocalizedText } from '@berdaya/workflow';
import { useLocaleState } from 'react-admin';

/** Picks the current language's text of an `{en, id}` pair the api answers (stage labels…). */
export function useLocalizedText(): (text: LocalizedText | null | undefined) => string {
  const [locale] = useLocaleState();
  return (text) => (text ? (locale === 'id' ? text.id : text.en) : '');
}
