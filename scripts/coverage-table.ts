/** Prints the README's coverage table from the registry: `npm run coverage-table`. */
import { coverageTable } from '../lib/providers/coverage';
import { registry } from '../lib/providers/registry';

console.log(coverageTable(registry));
