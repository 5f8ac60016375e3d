// The shared store suite on SQLite: in memory (one instance, nothing kept) and on a file in a temp
// folder (two instances = two connections to one file; data kept across a reopen).
import { sqliteFile, sqliteMemory } from './backends.js';
import { storeContract } from './contract.js';

storeContract(sqliteMemory);
storeContract(sqliteFile);
