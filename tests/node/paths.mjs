// Where the node and browser tests find the built site, the CLI and the corpora.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The assembled static site (cmake --build --preset wasm). */
export const siteDir = resolve(repoRoot, process.env.FIGCHECK_SITE_DIR ?? 'build/site');
/** The native CLI the wasm output must match byte for byte. */
export const cliPath = resolve(repoRoot, process.env.FIGCHECK_CLI ?? 'build/native/figcheck');
/** The project's shared folder (annotated articles), beside the repo. */
export const sharedDir = resolve(repoRoot, '..', 'shared');

export const siteModule = (name) => join(siteDir, name);

/** The bytes of figcheck-core.wasm: Node 20 cannot fetch it by path, so the tests pass them. */
export const wasmBinary = () => readFileSync(siteModule('figcheck-core.wasm'));
