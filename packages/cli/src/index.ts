/**
 * @gongkai/cli: the `gongkai` command (Node only). `main(argv, io)` runs a command and resolves to its
 * exit code; the bin script calls it with the process's streams.
 */
export { EXIT } from './exit-codes.js';
export type { Io } from './io.js';
export { processIo } from './io.js';
export { main } from './main.js';
export type { Stats } from './stats/aggregate.js';
