/**
 * Host access for sites outside the default list: an optional host permission per site, asked for from the
 * popup, and the content script injected into the open tab so the reader needs no reload (docs/permissions.md).
 */
import { browser } from 'wxt/browser';
import { isDefaultSite, sitePatterns } from './sites';

/** Whether the extension may run on `key`: a default site (declared in the manifest) or a granted optional permission. */
export async function hasSiteAccess(key: string): Promise<boolean> {
  if (isDefaultSite(key)) return true;
  try {
    return await browser.permissions.contains({ origins: sitePatterns(key) });
  } catch {
    return false;
  }
}

/**
 * Asks the reader for access to one site. Call it first thing in a click handler: browsers grant the
 * prompt only within a user gesture, and an earlier `await` may spend it.
 */
export function requestSiteAccess(key: string): Promise<boolean> {
  return browser.permissions.request({ origins: sitePatterns(key) }).catch(() => false);
}

export interface ContentScriptFiles {
  js: string[];
  css: string[];
  runAt: 'document_start' | 'document_end' | 'document_idle';
  allFrames: boolean;
}

/** The files of the declared content script (WXT writes them into the manifest), to register or inject them elsewhere. */
export function contentScriptFiles(): ContentScriptFiles {
  const declared = browser.runtime.getManifest().content_scripts?.[0];
  return {
    js: declared?.js?.length ? declared.js : ['content-scripts/content.js'],
    css: declared?.css ?? [],
    runAt: (declared?.run_at as ContentScriptFiles['runAt'] | undefined) ?? 'document_idle',
    allFrames: declared?.all_frames ?? false,
  };
}

/** Runs the content script in an open tab now (MV3 `scripting`, MV2 `tabs.executeScript`). */
export async function injectInto(tabId: number): Promise<void> {
  const f = contentScriptFiles();
  if (browser.scripting?.executeScript) {
    if (f.css.length) await browser.scripting.insertCSS({ target: { tabId }, files: f.css as never[] });
    await browser.scripting.executeScript({ target: { tabId }, files: f.js as never[] });
    return;
  }
  const tabs = browser.tabs as unknown as {
    insertCSS(id: number, d: { file: string }): Promise<unknown>;
    executeScript(id: number, d: { file: string }): Promise<unknown>;
  };
  for (const file of f.css) await tabs.insertCSS(tabId, { file: '/' + file });
  for (const file of f.js) await tabs.executeScript(tabId, { file: '/' + file });
}
