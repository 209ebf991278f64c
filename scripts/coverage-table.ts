/** Prints the README's coverage tables, providers then regulators: `npm run coverage-table`. */
import { coverageTable, regulatorTable } from '../lib/providers/coverage';
import { registry } from '../lib/providers/registry';
import { authorities } from '../lib/providers/regulators';

console.log(coverageTable(registry));
console.log();
console.log(regulatorTable(authorities));
