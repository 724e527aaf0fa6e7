#!/usr/bin/env node
// The `dunghan` command. tsx's loader runs the TypeScript sources directly, so `npx dunghan`
// works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
