/**
 * Styles of the card's shadow root. The host is reset with `all: initial` (by WXT, and again here with
 * the positioning the card needs); nothing from the page reaches inside, and nothing here leaks out.
 * Sizes are in px, not rem: rem would follow the page's root font size.
 */
export const CARD_CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important;
  overflow: visible !important; z-index: 2147483647 !important; display: block !important; pointer-events: none !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; contain: none !important; }
html, body { all: initial; display: block; }
.layer { pointer-events: none; }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.card {
  pointer-events: auto; position: fixed; box-sizing: border-box; inline-size: 340px; max-inline-size: calc(100vw - 16px);
  overflow: auto; overscroll-behavior: contain;
  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", "Geeza Pro", "Arabic Typesetting", Tahoma, "Noto Sans", Arial, sans-serif;
  font-size: 15px; line-height: 1.7; font-weight: 400; font-style: normal; letter-spacing: normal; word-spacing: normal; text-align: start;
  color: #1b1e23; background: #ffffff; border: 1px solid #cfd4da; border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.18), 0 1px 3px rgba(0, 0, 0, 0.12);
  padding: 12px 14px 10px; margin: 0; outline: none; text-shadow: none; cursor: auto; user-select: text;
  border-block-start: 4px solid var(--accent, #868e96);
}
.card:focus-visible { outline: 2px solid #1c7ed6; outline-offset: 2px; }
.card * { box-sizing: border-box; }
.head { display: flex; align-items: flex-start; gap: 8px; }
.names { flex: 1 1 auto; min-width: 0; }
.name { all: unset; display: block; font-size: 18px; font-weight: 700; line-height: 1.4; overflow-wrap: anywhere; }
.alt-name { font-size: 13px; color: #59616b; line-height: 1.4; overflow-wrap: anywhere; }
.tools { display: flex; gap: 2px; flex: none; }
button { font: inherit; color: inherit; cursor: pointer; }
.icon { all: unset; cursor: pointer; display: inline-flex; align-items: center; justify-content: center; width: 26px; height: 26px;
  border-radius: 6px; font-size: 20px; line-height: 1; color: #59616b; }
.icon:hover { background: rgba(0, 0, 0, 0.07); color: #1b1e23; }
.icon:focus-visible, .action:focus-visible, .link:focus-visible, a:focus-visible { outline: 2px solid #1c7ed6; outline-offset: 1px; }
.pin[aria-pressed="true"] { color: #1c7ed6; background: rgba(28, 126, 214, 0.12); }
.type-badge { display: inline-block; font-size: 12px; line-height: 1.5; padding: 0 8px; margin-block: 4px 6px; border-radius: 999px;
  color: var(--accent, #495057); background: color-mix(in srgb, var(--accent, #868e96) 14%, transparent); font-weight: 600; }
.summary { margin: 0 0 6px; overflow-wrap: anywhere; }
.summary.empty { color: #6b737c; font-style: italic; }
.aliases, .roles, .links, .candidates { font-size: 13px; margin: 0 0 6px; color: #3d434a; }
.label { font-weight: 600; color: #59616b; }
ul { list-style: none; margin: 0; padding: 0; }
.roles li { padding-inline-start: 10px; position: relative; }
.roles li::before { content: "•"; position: absolute; inset-inline-start: 0; color: #868e96; }
.years { color: #59616b; display: inline-block; unicode-bidi: isolate; white-space: nowrap; }
.alias { display: inline-block; white-space: nowrap; }
.links ul { display: flex; flex-wrap: wrap; gap: 4px 12px; }
.links .host { font-size: 11px; opacity: 0.75; unicode-bidi: isolate; }
a { color: #1864ab; text-decoration: underline; text-underline-offset: 2px; }
.candidates ul { display: flex; flex-wrap: wrap; gap: 2px 10px; }
.link { all: unset; cursor: pointer; color: #1864ab; text-decoration: underline; text-underline-offset: 2px; }
.cand-type { color: #6b737c; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-block-start: 8px; padding-block-start: 8px; border-block-start: 1px solid #e3e6ea; }
.action { all: unset; cursor: pointer; font-size: 13px; line-height: 1.6; padding: 2px 10px; border-radius: 6px; border: 1px solid #cfd4da; color: #1b1e23; background: #f8f9fa; }
.action:hover { background: #eef0f2; }
.type-person { --accent: #d9480f; } .type-organization { --accent: #1c7ed6; } .type-place { --accent: #2f9e44; }
.type-document { --accent: #9c36b5; } .type-event { --accent: #e8590c; } .type-other { --accent: #868e96; }
@media (prefers-color-scheme: dark) {
  .card { color: #e9ecef; background: #212529; border-color: #495057; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.5); }
  .alt-name, .label, .years, .cand-type, .icon { color: #adb5bd; }
  .aliases, .roles, .links, .candidates { color: #ced4da; }
  .icon:hover { background: rgba(255, 255, 255, 0.1); color: #fff; }
  a, .link { color: #74c0fc; }
  .action { color: #e9ecef; background: #343a40; border-color: #495057; }
  .action:hover { background: #3d444b; }
  .actions { border-color: #495057; }
}
`;
