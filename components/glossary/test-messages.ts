/** Test helper for the glossary components: English by default (see components/common/fake-i18n.ts). */
import type { Messages } from '@/lib/i18n/build-locales';
import { useLocale } from '@/components/common/fake-i18n';

/** Installs the messages of `lang` for the current test file. */
export function useMessages(lang: 'en' | 'ar' = 'en'): Messages {
  return useLocale(lang);
}
