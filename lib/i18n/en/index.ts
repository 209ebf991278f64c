/** The English messages, by area: the reference catalog (every other language has exactly these keys). */
import background from './background.json';
import common from './common.json';
import settings from './settings.json';

export const en = { common, background, settings };
