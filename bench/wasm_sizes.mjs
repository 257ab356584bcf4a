// What the wasm module is made of: bytes per section, and per function grouped by
// where the code comes from (libc++, nlohmann/json, figcheck, Embind, libc, ...).
//
//   node bench/wasm_sizes.mjs [--wasm=build/site/figcheck-core.wasm] [--top=40] [--group=pattern]
//
// Function names come from the wasm's name section, which a normal build strips:
// build a copy with names, e.g.
//   cmake --preset wasm -B build/analysis -DFIGCHECK_SITE_DIR=$PWD/build/analysis/site \
//     -DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs && cmake --build build/analysis -j2
//   node bench/wasm_sizes.mjs --wasm=build/analysis/site/figcheck-core.wasm
// (--profiling-funcs keeps the names and changes nothing else in the code.)
// Sizes are raw body bytes; gzip shares are estimated per group by compressing the
// group's function bodies together. Names are demangled with llvm-cxxfilt or c++filt
// when one is installed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { options, printTable, ROOT } from './lib.mjs';

const opts = options({ wasm: 'build/site/figcheck-core.wasm', top: '40', group: '' });
const bytes = readFileSync(resolve(ROOT, opts.wasm));
const KB = 1024;
const kb = (n) => (n / KB).toFixed(1);
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

function reader(buffer, offset = 0) {
  const r = {
    offset,
    u8: () => buffer[r.offset++],
    leb: () => {
      let result = 0;
      let shift = 0;
      for (;;) {
        const byte = buffer[r.offset++];
        result += (byte & 0x7f) * 2 ** shift;
        shift += 7;
        if (!(byte & 0x80)) return result;
      }
    },
    name: () => {
      const length = r.leb();
      const text = buffer.toString('utf8', r.offset, r.offset + length);
      r.offset += length;
      return text;
    },
  };
  return r;
}

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start',
  'element', 'code', 'data', 'data count'];
const sections = [];
const top = reader(bytes, 8);
while (top.offset < bytes.length) {
  const id = top.u8();
  const size = top.leb();
  const start = top.offset;
  let name = SECTION_NAMES[id] ?? `unknown ${id}`;
  if (id === 0) name = `custom "${reader(bytes, start).name()}"`;
  sections.push({ id, name, start, end: start + size, size });
  top.offset = start + size;
}

// Imported functions come first in the function index space.
let importedFunctions = 0;
const importSection = sections.find((s) => s.id === 2);
if (importSection) {
  const r = reader(bytes, importSection.start);
  for (let n = r.leb(); n > 0; n--) {
    r.name();
    r.name();
    const kind = r.u8();
    if (kind === 0) { r.leb(); importedFunctions += 1; }
    else if (kind === 1) { r.u8(); const flags = r.leb(); r.leb(); if (flags & 1) r.leb(); }
    else if (kind === 2) { const flags = r.leb(); r.leb(); if (flags & 1) r.leb(); }
    else if (kind === 3) { r.u8(); r.u8(); }
  }
}

const functions = [];
const codeSection = sections.find((s) => s.id === 10);
if (codeSection) {
  const r = reader(bytes, codeSection.start);
  const count = r.leb();
  for (let i = 0; i < count; i++) {
    const size = r.leb();
    functions.push({ index: importedFunctions + i, start: r.offset, size, name: null });
    r.offset += size;
  }
}

const names = new Map();
const nameSection = sections.find((s) => s.name === 'custom "name"');
if (nameSection) {
  const r = reader(bytes, nameSection.start);
  r.name();
  while (r.offset < nameSection.end) {
    const kind = r.u8();
    const size = r.leb();
    const end = r.offset + size;
    if (kind === 1) {
      for (let n = r.leb(); n > 0; n--) {
        const index = r.leb();
        names.set(index, r.name());
      }
    }
    r.offset = end;
  }
}

// Demangle all names in one call.
const mangled = functions.map((f) => names.get(f.index) ?? `function ${f.index}`);
let demangled = mangled;
for (const tool of ['llvm-cxxfilt', 'c++filt']) {
  const run = spawnSync(tool, [], { input: mangled.join('\n'), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status === 0) {
    demangled = run.stdout.split('\n');
    break;
  }
}
functions.forEach((f, i) => { f.name = demangled[i] || mangled[i]; });

// Where a function comes from, by its name. The first match wins.
const GROUPS = [
  ['Embind (bindings and emscripten::)', /emscripten::|EmscriptenBindingInitializer|^embind_|_embind_/],
  ['nlohmann/json', /nlohmann::/],
  ['figcheck', /figcheck::|\(anonymous namespace\)::(check|load_dataset|reset_dataset|dump|error_json|dataset_info|active_checker)/],
  ['libc++ iostream/locale/format', /std::__2::(basic_(i|o)?stream|basic_streambuf|basic_ios|ios_base|locale|ctype|codecvt|num_(get|put)|money|time_(get|put)|collate|messages|numpunct|moneypunct|__num_(get|put)|basic_stringbuf|basic_ostringstream|basic_istringstream|basic_stringstream)/],
  ['libc++ strings', /std::__2::(basic_string|to_string|stoi|stol|stod|stof|char_traits|__to_chars|to_chars|from_chars|__itoa)/],
  ['libc++ containers/algorithms', /std::__2::/],
  ['libc++abi / exceptions / RTTI', /__cxa|__cxxabiv1|__gxx|_Unwind|typeinfo|std::exception|std::bad_|std::logic_error|std::runtime_error|std::length_error|std::out_of_range|std::invalid_argument/],
  ['malloc', /^(dlmalloc|dlfree|dlrealloc|malloc|free|realloc|calloc|memalign|posix_memalign|sbrk|emscripten_builtin|dispose_chunk|prepend_alloc|tmalloc|init_mparams|sys_alloc|internal_memalign|try_realloc_chunk|aligned_alloc)\b/],
  ['printf / strtod / float formatting', /printf|^fmt_|^pop_arg|^pad|^out$|^getint|strto|scanf|^__floatscan|^decfloat|^hexfloat|^scanexp|^__shgetc|^__shlim|^__intscan|frexp|^wctomb|^wcrtomb|^__fwritex|^__towrite|^fmt_fp|^fmt_x|^fmt_o|^fmt_u|^__ldexp|^scalbn|^copysignl|^fmodl|^__signbitl|^__fpclassifyl/],
  ['libc (string, memory, math, ...)', /^(mem|str|__mem|__str|wcs|wmem|is|to|__lock|__unlock|__ctype|__errno|abort|__syscall|_emscripten|emscripten_|__stdio|__lockfile|__unlockfile|fflush|fwrite|fputs|__overflow|__uflow|ftell|fseek|snprintf|__math|__sin|__cos|__tan|__rem_pio2|__expo|exp|log|pow|sqrt|fabs|floor|ceil|round|trunc|fmod|modf|scalbn|frexp|__DOUBLE|__FLOAT|nan|__lctrans|__get_locale|__newlocale|newlocale|freelocale|uselocale|__uselocale|catopen|setlocale|__pthread|pthread_|__cxa_atexit|atexit|__wasm_call_ctors|stackSave|stackRestore|stackAlloc|__set_stack_limits|sbrk|getenv|__funcs_on_exit|__libc|_Exit|exit|__time|clock)/],
];
for (const f of functions) {
  f.group = GROUPS.find(([, pattern]) => pattern.test(f.name))?.[0] ?? 'other';
}

const total = bytes.length;
console.log(`${opts.wasm}: ${kb(total)} KB raw, ${kb(gzip(bytes))} KB gzip; ${functions.length} functions, ` +
  `${names.size ? `${names.size} names` : 'no name section (sizes only; see the header for a build with names)'}`);
printTable([['section', 'KB raw', 'KB gzip alone', 'share of raw'],
  ...sections.map((s) => [s.name, kb(s.size), kb(gzip(bytes.subarray(s.start, s.end))),
    `${((100 * s.size) / total).toFixed(1)}%`])]);

const groups = new Map();
for (const f of functions) {
  const group = groups.get(f.group) ?? { name: f.group, count: 0, size: 0, bodies: [] };
  group.count += 1;
  group.size += f.size;
  group.bodies.push(bytes.subarray(f.start, f.start + f.size));
  groups.set(f.group, group);
}
const code = codeSection ? codeSection.size : 0;
console.log('\ncode by origin (gzip: the group\'s bodies compressed together)');
printTable([['origin', 'functions', 'KB raw', 'KB gzip', 'share of code'],
  ...[...groups.values()].sort((a, b) => b.size - a.size).map((g) => [g.name, g.count, kb(g.size),
    kb(gzip(Buffer.concat(g.bodies))), `${((100 * g.size) / code).toFixed(1)}%`])]);

const shown = opts.group ? functions.filter((f) => f.group.includes(opts.group) || f.name.includes(opts.group))
  : functions;
console.log(`\nlargest functions${opts.group ? ` matching ${opts.group}` : ''}`);
const short = (name) => (name.length > 150 ? `${name.slice(0, 147)}...` : name);
printTable([['bytes', 'origin', 'function'],
  ...[...shown].sort((a, b) => b.size - a.size).slice(0, Number(opts.top)).map((f) => [f.size, f.group, short(f.name)])]);
