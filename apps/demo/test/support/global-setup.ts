/**
 * Builds the app once (`vite build`, as a deployment would) and serves the result from a static file
 * server for every test file.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.js';

export const appRoot = fileURLToPath(new URL('../..', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({
    root: appRoot,
    logLevel: 'warn',
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
  });
  const server = await serveStatic(distDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return () => server.close();
}
