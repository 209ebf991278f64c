/** Los mensajes en español, por área: las mismas claves que el inglés (el tipo lo exige). */
import type { Catalog } from '..';
import background from './background.json';
import common from './common.json';
import settings from './settings.json';

export const es: Catalog = { common, background, settings };
