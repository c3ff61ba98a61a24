// Runs the Faultline CLI in a child process (node --import tsx), for tests that must kill it.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
