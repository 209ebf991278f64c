/** The English messages, by area: the reference catalog (every other language has exactly these keys). */
import account from './account.json';
import background from './background.json';
import common from './common.json';
import forms from './forms.json';
import settings from './settings.json';

export const en = { common, background, settings, account, forms };
