/** Prints the README's coverage tables, providers, regulators, then state cable offices: `npm run coverage-table`. */
import { cableTable, coverageTable, regulatorTable } from '../lib/providers/coverage';
import { registry } from '../lib/providers/registry';
import { authorities } from '../lib/providers/regulators';

console.log(coverageTable(registry));
console.log();
console.log(regulatorTable(authorities));
console.log();
console.log(cableTable(authorities));
