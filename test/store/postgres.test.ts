// The shared store suite on the real Postgres of this machine (TEST_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/test): each test in its own schema, dropped afterwards; two
// instances = two connection pools. Skipped, with the reason printed, when no server answers.
// It runs twice: with the default pool, and with a pool of one connection, where anything that
// takes a second connection while holding the first (a batch run outside its transaction) waits
// forever and fails its test by the suite's deadline.
import { postgresBackend } from './backends.js';
import { storeContract } from './contract.js';

storeContract(await postgresBackend());
storeContract(await postgresBackend({ maxConnections: 1 }));
