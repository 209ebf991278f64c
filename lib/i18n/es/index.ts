/** Los mensajes en español, por área: las mismas claves que el inglés (el tipo lo exige). */
import type { Catalog } from '..';
import common from './common.json';
import complaints from './complaints.json';
import escalation from './escalation.json';
import letters from './letters.json';
import report from './report.json';

export const es: Catalog = { common, complaints, escalation, letters, report };
