import { render } from 'preact';
import { t, uiLang } from '@/lib/i18n/t';
import { App } from './App';
import { listenForFocus } from './focus';
import './style.css';

// The page follows the interface language: Arabic reads right to left.
const lang = uiLang();
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
document.title = t('options_title');

listenForFocus();
render(<App lang={lang} />, document.getElementById('app')!);
