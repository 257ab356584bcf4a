// Hostile strings for tests/browser/security.test.mjs: each one tries to run code
// (setting window.__pwned, or opening a dialog) if anything ever parses it as HTML,
// a URL, a template, CSS or script. They must only ever show as text.

const P = 'window.__pwned=1';

export const PAYLOADS = [
  // script elements
  `<script>${P}</script>`,
  `<SCRIPT>${P}</SCRIPT>`,
  `<script src="data:text/javascript,${P}"></script>`,
  `<script>alert(1)</script>`,
  `"><script>${P}</script>`,
  `'><script>${P}</script>`,
  `</textarea><script>${P}</script>`,
  `</title><script>${P}</script>`,
  `<scr<script>ipt>${P}</scr</script>ipt>`,
  `<script type="module">${P}</script>`,
  // event handlers
  `<img src=x onerror=${P}>`,
  `<img src=x onerror="alert(1)">`,
  `<IMG SRC=x ONERROR=alert(1)>`,
  `<img src="x" onerror="${P}" alt="71,400">`,
  `<body onload=${P}>`,
  `<div onmouseover="${P}">hover 42 times</div>`,
  `<input autofocus onfocus=${P}>`,
  `<details open ontoggle=${P}>`,
  `<video><source onerror="${P}"></video>`,
  `<audio src=x onerror=${P}>`,
  `<marquee onstart=${P}>`,
  `" onmouseover="${P}" x="`,
  `' onfocus='${P}' autofocus='`,
  // javascript:, data:, vbscript: URLs
  `<a href="javascript:${P}">click</a>`,
  `javascript:${P}`,
  `JaVaScRiPt:alert(1)`,
  `java\tscript:alert(1)`,
  `<a href="data:text/html,<script>${P}</script>">data</a>`,
  `vbscript:msgbox(1)`,
  `<form action="javascript:${P}"><button>go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${P}">`,
  `<base href="javascript:${P}//">`,
  // SVG and MathML
  `<svg onload=${P}>`,
  `<svg><script>${P}</script></svg>`,
  `<svg><animate onbegin=${P} attributeName=x dur=1s>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${P}>`,
  // frames and objects
  `<iframe srcdoc="<script>parent.${P}</script>"></iframe>`,
  `<iframe src="javascript:parent.${P}"></iframe>`,
  `<object data="javascript:${P}"></object>`,
  `<embed src="javascript:${P}">`,
  `<template><img src=x onerror=${P}></template>`,
  // entities and encodings
  `&lt;script&gt;${P}&lt;/script&gt;`,
  `&#60;img src=x onerror=${P}&#62;`,
  `\\u003cscript\\u003e${P}\\u003c/script\\u003e`,
  `%3Cscript%3E${P}%3C%2Fscript%3E`,
  `<img src=x onerror=&#119;indow.__pwned=1>`,
  // template syntaxes
  `{{constructor.constructor('${P}')()}}`,
  `\${${P}}`,
  `\${alert(1)}`,
  `<%= ${P} %>`,
  `{{#with "s" as |string|}}{{string.constructor}}{{/with}}`,
  `[[${P}]]`,
  // markdown
  `[click here](javascript:${P})`,
  `![x](x" onerror="${P})`,
  `<https://example.org/"><script>${P}</script>>`,
  // CSS injection
  `</style><script>${P}</script>`,
  `<style>@import 'javascript:${P}';</style>`,
  `<div style="background:url(javascript:${P})">`,
  `<link rel=stylesheet href="data:text/css,body{display:none}">`,
  // prototype pollution / JSON
  `{"__proto__": {"polluted": true}}`,
  `__proto__[polluted]=1&constructor[prototype][polluted]=1`,
  // control characters and Unicode tricks
  `\u0000<script>${P}</script>`,
  `nul\u0000byte <img src=x onerror=${P}>`,
  `\u202Egnp.exe <script>${P}</script>`,
  `\u2066isolate\u2069 \u200B\u200D\uFEFF <b>zero width</b>`,
  `\uFF1Cscript\uFF1E${P}\uFF1C/script\uFF1E`,
  `lone \uD800 surrogate <img src=x onerror=${P}>`,
  `<!--<img src="--><img src=x onerror=${P}//">`,
  `<![CDATA[<script>${P}</script>]]>`,
  `<noscript><p title="</noscript><img src=x onerror=${P}>">`,
];

/** A short news text with figures around the payload, so highlights render on both sides. */
export function newsWith(payload) {
  return 'Gaza’s health ministry said on Tuesday that more than 71,400 Palestinians have been killed '
    + `since October 2023. A reader wrote: ${payload} — and 17,100 were wounded. `
    + 'Since the ceasefire took effect on October 10, at least 420 people have been killed.';
}
