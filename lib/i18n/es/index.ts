/** Los mensajes en español, por área: las mismas claves que el inglés (el tipo lo exige). */
import type { Catalog } from '..';
import common from './common.json';
import lists from './lists.json';

export const es: Catalog = { common, lists };
