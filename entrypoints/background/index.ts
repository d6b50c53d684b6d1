import { startKb } from '@/lib/kb/background';
import { initCommands } from './commands';
import { initSettings } from './settings';
import { initSites } from './sites';

export default defineBackground(() => {
  // Opening the store (re)loads the bundled layer when its revision changed: on install, update and
  // every start of the background, without touching the user layer.
  initSettings();
  startKb();
  initCommands();
  initSites();
});
