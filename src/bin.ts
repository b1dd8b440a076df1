// Development entry (`npm run claims -- extract ...` through tsx); the installed bin is bin/claims.js.
import { run } from './cli.js';

process.exitCode = await run(process.argv);
