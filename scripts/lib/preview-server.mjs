// Starts `vite preview` on the production build (dist/) and stops it again.
// Used by scripts/bench.mjs; the browser tests may reuse it.
//
//   import { startPreview } from './lib/preview-server.mjs';
//   const server = await startPreview();          // or startPreview({ port: 4173 })
//   // server.url === 'http://127.0.0.1:<port>/', server.port, server.pid
//   await server.stop();                          // idempotent; SIGTERM, then SIGKILL after 3 s
//
// The Vite CLI is run directly by Node (no npx, no shell), so the PID held is the server's own.
// Without a port, a free one is picked (and retried on the rare race where it is taken meanwhile).
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is scripts/lib/preview-server.mjs). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of the Vite CLI script behind node_modules/.bin/vite. */
export function viteCli(root = repoRoot) {
  const bin = join(root, 'node_modules', '.bin', 'vite');
  if (!existsSync(bin)) throw new Error(`Vite is not installed: ${bin} is missing (run npm install).`);
  return realpathSync(bin);
}

/** A TCP port free on `host` right now. */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts `vite preview --host <host> --port <port> --strictPort` and resolves once `/` answers 200.
 *
 * @param {object} [options]
 * @param {number} [options.port]       fixed port (no retry); default: a free port
 * @param {string} [options.host]       default '127.0.0.1'
 * @param {string} [options.root]       repository root (cwd of the server); default: this repo
 * @param {number} [options.timeoutMs]  how long to wait for the server to answer; default 20 000
 * @returns {Promise<{ url: string, origin: string, host: string, port: number, pid: number, output: () => string, stop: () => Promise<void> }>}
 */
export async function startPreview({ port, host = '127.0.0.1', root = repoRoot, timeoutMs = 20_000, outDir = 'dist' } = {}) {
  if (!existsSync(resolve(root, outDir, 'index.html'))) {
    throw new Error(`No production build: ${resolve(root, outDir, 'index.html')} is missing (run vite build first).`);
  }
  const attempts = port === undefined ? 3 : 1;
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const chosen = port ?? (await freePort(host));
    try {
      return await startOnce({ port: chosen, host, root, timeoutMs, outDir });
    } catch (error) {
      lastError = error;
      if (!error.portInUse) break;
    }
  }
  throw lastError;
}

async function startOnce({ port, host, root, timeoutMs, outDir }) {
  const child = spawn(process.execPath, [viteCli(root), 'preview', '--outDir', outDir, '--host', host, '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      if (hasExited || child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const done = await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]);
      if (!done) {
        child.kill('SIGKILL');
        await Promise.race([exited, sleep(2000)]);
      }
    })());

  const origin = `http://${host}:${port}`;
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (hasExited) {
        const { code, signal } = await exited;
        const error = new Error(`vite preview exited before answering (code ${code}, signal ${signal}) on ${origin}:\n${output.trim()}`);
        error.portInUse = /already in use|EADDRINUSE/i.test(output);
        throw error;
      }
      try {
        const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(1000) });
        await response.arrayBuffer();
        if (response.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        throw new Error(`vite preview did not answer on ${origin}/ within ${timeoutMs / 1000} s. Output so far:\n${output.trim()}`);
      }
      await sleep(100);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `${origin}/`, origin, host, port, pid: child.pid, output: () => output, stop };
}
