/** The `gongkai` executable: runs the command with the process's streams and sets the exit code. */
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // After Ctrl-C an input may still be half read (a pipe, a slow disk): leave once the output is out.
    if (code !== 130) return;
    const exit = () => process.exit(code);
    if (process.stdout.writableLength > 0) process.stdout.once('drain', exit);
    else exit();
  },
  (error: unknown) => {
    // A bug, not a bad input: say so plainly, with the stack for the report.
    process.stderr.write(`gongkai: internal error / 内部错误\n${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
