// The shared store suite on the real Postgres of this machine (TEST_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/test): each test in its own schema, dropped afterwards; two
// instances = two connection pools. Skipped, with the reason printed, when no server answers.
import { postgresBackend } from './backends.js';
import { storeContract } from './contract.js';

storeContract(await postgresBackend());
