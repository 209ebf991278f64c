/** The English messages, by area: the reference catalog (every other language has exactly these keys). */
import common from './common.json';
import lists from './lists.json';

export const en = { common, lists };
