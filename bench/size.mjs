// Download size of the site: gzip -9 and brotli (quality 11) of every file the
// page and the widget fetch, against the budgets.
//
//   node bench/size.mjs [--site=build/site] [--code-site=build/bench/site-nodata] [--strict]
//
// The dataset is compiled into figcheck-core.wasm. "Code alone" is measured on a
// module built with bench/empty-dataset.json (--code-site, which `./run bench`
// builds); without that build it is estimated as the module's gzip size minus the
// gzip size of data/gaza.json minified, and the table says so.
// Exits non-zero only when a budget is blown and --strict is given.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { options, printTable, ROOT, verdict } from './lib.mjs';

const opts = options({ site: 'build/site', 'code-site': 'build/bench/site-nodata', strict: false });
const site = resolve(ROOT, opts.site);
const KB = 1024;
const BUDGET_WIDGET = 120 * KB;  // the widget with the bundled dataset, gzip
const BUDGET_CODE = 60 * KB;     // the same without the dataset, gzip

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
}).length;
const sizes = (bytes) => ({ raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) });
const kb = (n) => (n / KB).toFixed(1);

// What each part downloads: its entry file and every site file it names, followed
// transitively (quoted names: imports, workers, stylesheets, src/href attributes).
// The page starts at index.html; the widget at figcheck-widget.js (figcheck.js
// when there is no widget). figcheck.d.ts is documentation, never fetched. The
// glue names figcheck-core.wasm in new URL('figcheck-core.wasm', import.meta.url).
if (!existsSync(join(site, 'figcheck-core.js'))) {
  console.error(`size: ${site}/figcheck-core.js is missing; build the site first (cmake --build --preset wasm)`);
  process.exit(2);
}
const siteFiles = new Set(readdirSync(site).filter((name) => /\.(html|js|mjs|css|svg|wasm|json)$/.test(name)));
function downloads(entry) {
  const found = new Set([entry]);
  for (const name of found) {
    const text = readFileSync(join(site, name), 'utf8');
    for (const [, , ref] of text.matchAll(/(['"])(?:\.\/)?([\w.-]+\.(?:html|m?js|css|svg|wasm|json))\1/g)) {
      if (siteFiles.has(ref)) found.add(ref);
    }
  }
  return found;
}
const pageFiles = downloads('index.html');
const widgetFiles = downloads(siteFiles.has('figcheck-widget.js') ? 'figcheck-widget.js' : 'figcheck.js');
const files = [...siteFiles]
  .filter((name) => pageFiles.has(name) || widgetFiles.has(name))
  .map((name) => ({ name, ...sizes(readFileSync(join(site, name))) }))
  .sort((a, b) => b.gzip - a.gzip);

const total = (list) => list.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip,
  brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const widget = total(files.filter((f) => widgetFiles.has(f.name)));
const page = total(files.filter((f) => pageFiles.has(f.name)));
const both = total(files);

// Code alone: the widget with the module built on the empty dataset, or an estimate.
const codeSite = resolve(ROOT, opts['code-site']);
const dataset = JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'data/gaza.json'), 'utf8')));
const datasetSizes = sizes(Buffer.from(dataset));
let code;
let codeHow;
const MODULE_FILES = ['figcheck-core.js', 'figcheck-core.wasm'];
if (MODULE_FILES.every((name) => existsSync(join(codeSite, name)))) {
  const apiFiles = files.filter((f) => widgetFiles.has(f.name) && !MODULE_FILES.includes(f.name));
  code = total([...MODULE_FILES.map((name) => sizes(readFileSync(join(codeSite, name)))), ...apiFiles]);
  codeHow = `measured: figcheck-core.{js,wasm} built with bench/empty-dataset.json (${opts['code-site']})`;
} else {
  code = { raw: widget.raw - datasetSizes.raw, gzip: widget.gzip - datasetSizes.gzip,
    brotli: widget.brotli - datasetSizes.brotli };
  codeHow = 'estimated: widget minus data/gaza.json minified (the dataset is a string constant in ' +
    'the wasm, so this is approximate)';
}

console.log(`download sizes of ${opts.site} (KB = 1024 bytes; gzip -9, brotli q11)`);
printTable([
  ['file', 'page', 'widget', 'raw KB', 'gzip KB', 'brotli KB'],
  ...files.map((f) => [f.name, pageFiles.has(f.name) ? 'x' : '', widgetFiles.has(f.name) ? 'x' : '',
    kb(f.raw), kb(f.gzip), kb(f.brotli)]),
  ['page (index.html and what it loads)', '', '', kb(page.raw), kb(page.gzip), kb(page.brotli)],
  ['widget (figcheck-widget.js and what it loads)', '', '', kb(widget.raw), kb(widget.gzip), kb(widget.brotli)],
  ['page and widget together', '', '', kb(both.raw), kb(both.gzip), kb(both.brotli)],
  ['widget code alone (no dataset)', '', '', kb(code.raw), kb(code.gzip), kb(code.brotli)],
  ['data/gaza.json minified, for reference', '', '', kb(datasetSizes.raw), kb(datasetSizes.gzip),
    kb(datasetSizes.brotli)],
]);
console.log(`code alone: ${codeHow}`);

// What the module is made of (bench/wasm_sizes.mjs has the function-level detail).
if (existsSync(join(site, 'figcheck-core.wasm'))) {
  const wasm = readFileSync(join(site, 'figcheck-core.wasm'));
  const sections = {};
  let offset = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = wasm[offset++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  while (offset < wasm.length) {
    const id = wasm[offset++];
    const size = leb();
    if (id === 10 || id === 11) sections[id === 10 ? 'code' : 'data'] = sizes(wasm.subarray(offset, offset + size));
    offset += size;
  }
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => i.name).join(', ');
  console.log(`figcheck-core.wasm: code section ${kb(sections.code.raw)} KB raw, ${kb(sections.code.gzip)} KB gzip; ` +
    `data section (strings, tables, the bundled dataset) ${kb(sections.data.raw)} KB raw, ` +
    `${kb(sections.data.gzip)} KB gzip; imports: ${imports}`);
}

const budgets = [
  ['widget with the bundled dataset, gzip ≤ 120 KB', widget.gzip, BUDGET_WIDGET],
  ['widget code alone, gzip ≤ 60 KB', code.gzip, BUDGET_CODE],
];
console.log('\nbudgets');
printTable([['budget', 'gzip KB', ''], ...budgets.map(([what, size, max]) => [what, kb(size), verdict(size <= max)])]);
const blown = budgets.some(([, size, max]) => size > max);
if (blown && opts.strict) process.exit(1);
