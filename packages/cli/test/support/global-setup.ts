import { buildCli } from './build.js';

/** One build of the CLI for every end-to-end test file. */
export default async function setup(): Promise<void> {
  await buildCli();
}
