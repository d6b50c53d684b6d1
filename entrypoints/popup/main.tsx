import { render } from 'preact';
import { t, uiLang } from '@/lib/i18n/t';
import { Popup } from '@/components/popup/Popup';
import './style.css';

// The interface follows the browser's language; Arabic lays out right to left.
const lang = uiLang();
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
document.title = t('extName');

// `?tab=<id>`: opened as an ordinary tab (tests), so it must not close itself after revealing an entity.
const asTab = new URLSearchParams(location.search).has('tab');
render(<Popup search={location.search} close={asTab ? undefined : () => window.close()} />, document.getElementById('app')!);
