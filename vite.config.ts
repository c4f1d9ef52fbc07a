import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const audioDir = resolve(import.meta.dirname, 'audio');
const audioTypes: Record<string, string> = { '.ogg': 'audio/ogg', '.mp3': 'audio/mpeg', '.webm': 'audio/webm', '.json': 'application/json' };

/**
 * Narration clips live in the top-level `audio/` folder (DESIGN.md), not in `public/`, so that the
 * narrate script owns them. This serves them in dev and copies them into the build.
 */
function narrationClips(): Plugin {
  return {
    name: 'pas-a-pas-narration-clips',
    configureServer(server) {
      server.middlewares.use('/audio', (req, res, next) => {
        const path = normalize(join(audioDir, decodeURIComponent((req.url ?? '').split('?')[0])));
        if (!path.startsWith(audioDir) || !existsSync(path) || !statSync(path).isFile()) return next();
        res.setHeader('Content-Type', audioTypes[extname(path)] ?? 'application/octet-stream');
        createReadStream(path).pipe(res);
      });
    },
    writeBundle(options) {
      cpSync(audioDir, join(options.dir ?? 'dist', 'audio'), { recursive: true });
    },
  };
}

/** In the build only (dev needs inline scripts): the page may talk to its own origin and nothing else. */
function contentSecurityPolicy(): Plugin {
  const policy = "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob: data:; style-src 'self' 'unsafe-inline'";
  return {
    name: 'pas-a-pas-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  // Relative asset URLs + hash routing: the build runs from any static server and any sub-path.
  base: './',
  plugins: [react(), narrationClips(), contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'lessons/**/*.test.{ts,tsx}', 'tests/*.test.{ts,tsx}'],
    testTimeout: 30_000,
  },
});
