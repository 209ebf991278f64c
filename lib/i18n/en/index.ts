/** The English messages, by area: the reference catalog (every other language has exactly these keys). */
import background from './background.json';
import common from './common.json';
import copies from './copies.json';
import lock from './lock.json';
import panel from './panel.json';
import settings from './settings.json';

export const en = { common, panel, background, settings, lock, copies };
