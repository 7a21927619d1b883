#!/usr/bin/env node
import { main } from '../dist/start.js';

process.exitCode = await main(process.argv);
