import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
// @ts-expect-error -- plain ESM helper shared with the bench script
import { startPreview } from '../../scripts/lib/preview-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** The browser tests run against the production build, served by `vite preview` on loopback. */
export default async function setup(project: TestProject) {
  // PAS_A_PAS_DIST lets several builds be tested side by side (default: dist/).
  const outDir = process.env.PAS_A_PAS_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`No production build in ${outDir}/: run \`npm run build\` before the browser tests.`);
  const server = await startPreview({ outDir });
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
