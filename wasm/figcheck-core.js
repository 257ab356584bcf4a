// figcheck-core.js: loads figcheck-core.wasm (built from wasm/bindings.cpp) and
// wraps its C functions. Written by hand instead of Emscripten's generated glue;
// web/figcheck.js is the API pages should use.
//
//   const core = await createFigcheckCore();            // browser: fetches the .wasm beside this file
//   const core = await createFigcheckCore({ wasmBinary }); // bytes of figcheck-core.wasm (Node)
//   core.check(textBytesOrString, 'YYYY-MM-DD')  -> report JSON
//   core.loadDataset(jsonBytesOrString, name)    -> {"ok", ...} JSON
//   core.resetDataset(), core.datasetInfo()      -> dataset info JSON
//   core.HEAPU8                                  -> the wasm memory, for measuring
//
// Text goes in as UTF-8 bytes (a string is encoded with TextEncoder) and every
// answer comes back as one JSON string. After a trap (out of memory, a bug) the
// instance is not used again: every later call throws.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function instantiate(wasmBinary, imports) {
  if (wasmBinary) return (await WebAssembly.instantiate(wasmBinary, imports)).instance;
  const response = await fetch(new URL('figcheck-core.wasm', import.meta.url), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`figcheck-core.wasm: HTTP ${response.status} ${response.statusText}`.trim());
  // Compiles while it downloads; needs the server to send application/wasm.
  if (WebAssembly.instantiateStreaming && response.headers.get('content-type') === 'application/wasm') {
    return (await WebAssembly.instantiateStreaming(response, imports)).instance;
  }
  return (await WebAssembly.instantiate(await response.arrayBuffer(), imports)).instance;
}

export default async function createFigcheckCore({ wasmBinary } = {}) {
  const imports = {
    // The heap grew; nothing to do: every call takes fresh views of memory.buffer.
    env: { emscripten_notify_memory_growth() {} },
    // abort() and exit() in the C++ code end up here.
    wasi_snapshot_preview1: {
      proc_exit(code) { throw new WebAssembly.RuntimeError(`figcheck-core stopped (exit code ${code})`); },
    },
  };
  const instance = await instantiate(wasmBinary, imports);
  const wasm = instance.exports;
  wasm._initialize();  // static constructors
  let failure = null;

  const bytes = (value) => (typeof value === 'string' ? encoder.encode(value)
    : value instanceof Uint8Array ? value : new Uint8Array(value));

  // Copies each argument into memory from malloc, calls `fn` with (address, size)
  // pairs, reads the Result {data, size} it returns, frees everything.
  function call(fn, ...args) {
    if (failure) throw new Error(`figcheck-core: the module stopped after an error: ${failure}`);
    const inputs = args.map(bytes);
    const pointers = [];
    try {
      const flat = [];
      for (const input of inputs) {
        const pointer = wasm.malloc(Math.max(input.length, 1));
        if (!pointer) throw new RangeError(`figcheck-core: out of memory for ${input.length} bytes`);
        pointers.push(pointer);
        new Uint8Array(wasm.memory.buffer, pointer, input.length).set(input);
        flat.push(pointer, input.length);
      }
      const result = fn(...flat);
      const [data, size] = new Uint32Array(wasm.memory.buffer, result, 2);
      const json = decoder.decode(new Uint8Array(wasm.memory.buffer, data, size));
      wasm.figcheck_release();
      return json;
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) failure = error.message;
      throw error;
    } finally {
      if (!failure) for (const pointer of pointers) wasm.free(pointer);
    }
  }

  return {
    check: (text, published) => call(wasm.figcheck_check, text, published),
    loadDataset: (jsonText, name) => call(wasm.figcheck_load_dataset, jsonText, name),
    resetDataset: () => call(wasm.figcheck_reset_dataset),
    datasetInfo: () => call(wasm.figcheck_dataset_info),
    get HEAPU8() { return new Uint8Array(wasm.memory.buffer); },
  };
}
