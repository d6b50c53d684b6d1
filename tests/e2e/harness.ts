/** Everything an end-to-end test needs: real Chromium with the extension, a loopback server, paths. */
export { launchChromium, waitForCount, type Hamish, type LaunchOptions } from './chromium';
export { startServer, type TestServer } from './server';
export { ROOT, OUT_DIR, CHROME_EXT, FIREFOX_EXT, DEMO_DIR, SHARED_PAGES, SCREENSHOTS } from './paths';
export { launchFirefox, openAnnotated, type BiDi } from './firefox';
