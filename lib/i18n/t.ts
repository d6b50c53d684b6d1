import { browser } from 'wxt/browser';

/** A UI string in the browser's language (from _locales); the key itself when it is missing (tests, typos). */
export function t(key: string, subs?: string | string[]): string {
  return browser.i18n.getMessage(key as never, subs) || key;
}

/** The UI language the browser chose for this extension: 'ar' or 'en'. */
export function uiLang(): 'ar' | 'en' {
  return (browser.i18n.getMessage('@@ui_locale' as never) || 'ar').startsWith('ar') ? 'ar' : 'en';
}
