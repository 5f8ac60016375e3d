// Rewrites the command table in README.md from the catalogue.
import { readFileSync, writeFileSync } from 'node:fs';
import { withCommandTable } from '../src/bot/catalogue-docs.js';

const file = new URL('../README.md', import.meta.url);
writeFileSync(file, withCommandTable(readFileSync(file, 'utf8')));
console.log('README.md command table updated');
