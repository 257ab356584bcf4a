// Included with --pre-js inside the module's factory function.
// With -sSINGLE_FILE the wasm is inlined as a data: URL, and the 3.1.6 glue, in a
// browser, first tries fetch() on that URL. Under the page's Content-Security-Policy
// (connect-src falls back to 'self') that fetch is refused and reported as a CSP
// violation before the glue falls back to decoding the base64 itself. Shadowing
// fetch for the glue makes it take the decoding path directly; nothing else in the
// glue uses fetch.
var fetch = undefined;
