// The hire packet as one self-contained HTML file: the content as JSON the page's own script
// reads, styles and script inline, and a Content-Security-Policy that allows exactly those two
// (by hash) and nothing else: no remote script, style, image, font or connection.
import { createHash } from 'node:crypto';
import type { PacketContent } from '@shared/packet/schema';
import { PACKET_SCRIPT } from './page-script';

const PACKET_STYLES = `
:root { color-scheme: light dark; --line: #8884; --muted: #777; --accent: #4c6ef5; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif; margin: 0 auto; padding: 16px; max-width: 860px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 0 0 8px; }
h3 { font-size: 1rem; margin: 12px 0 4px; }
section { border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; margin: 16px 0; }
.meta { color: var(--muted); font-size: 0.9rem; margin: 2px 0; }
.activities { padding-left: 18px; }
.activities p { margin: 2px 0; }
fieldset.competency { border: 1px solid var(--line); border-radius: 8px; margin: 12px 0; }
legend { font-weight: 600; }
.levels { display: grid; gap: 6px; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); }
label.level { display: flex; gap: 6px; border: 1px solid var(--line); border-radius: 6px; padding: 6px; font-size: 0.85rem; }
label.level span { display: flex; flex-direction: column; }
.row { display: flex; gap: 8px; }
.row input { flex: 1; }
.stack { display: grid; gap: 8px; }
input, select, textarea, button { font: inherit; padding: 6px 8px; border-radius: 6px; border: 1px solid var(--line); }
button { cursor: pointer; }
button.primary { background: var(--accent); color: white; border: 0; padding: 10px 16px; }
button.quiet { background: none; margin-left: 8px; }
.problem { color: #e03131; margin: 0; min-height: 1em; }
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** JSON that cannot end the script element it sits in, nor be read as HTML. */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export const packetPolicy = () =>
  [
    "default-src 'none'",
    `script-src ${sha256(PACKET_SCRIPT)}`,
    `style-src ${sha256(PACKET_STYLES)}`,
    "img-src 'none'",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');

export function packetHtml(content: PacketContent): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${packetPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(`Your plan, ${content.hireName}`)}</title>
<style>${PACKET_STYLES}</style>
</head>
<body>
<main id="app"></main>
<noscript>This page needs JavaScript to show your plan and take your answers.</noscript>
<script id="packet-data" type="application/json">${jsonForHtml(content)}</script>
<script>${PACKET_SCRIPT}</script>
</body>
</html>
`;
}
