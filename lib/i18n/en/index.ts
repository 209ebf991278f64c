/** The English messages, by area: the reference catalog (every other language has exactly these keys). */
import checklist from './checklist.json';
import common from './common.json';
import here from './here.json';
import labels from './labels.json';

export const en = { common, labels, checklist, here };
