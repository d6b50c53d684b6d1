import type { TabMessages } from '@/lib/messaging/protocol';

/** What the popup knows about the current tab's site. */
export type SiteState =
  | { kind: 'loading' }
  /** Not an http(s) page: browser pages, files, extension pages. */
  | { kind: 'unsupported' }
  /** A site outside the default list without its host permission; `denied` after the reader declined. */
  | { kind: 'needs-access'; host: string; denied?: boolean }
  | { kind: 'ready'; host: string; enabled: boolean };

export type Mentions = TabMessages['page.mentions']['ret'];

/** What the content script reported about the page. */
export type PageState = { kind: 'loading' } | { kind: 'absent' } | { kind: 'ok'; mentions: Mentions };
