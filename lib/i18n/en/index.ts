/** The English messages, by area: the reference catalog (every other language has exactly these keys). */
import account from './account.json';
import common from './common.json';
import forms from './forms.json';

export const en = { common, account, forms };
