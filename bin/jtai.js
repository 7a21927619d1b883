#!/usr/bin/env node
import { exitWhenIdle, main } from '../dist/start.js';

await exitWhenIdle(await main(process.argv));
