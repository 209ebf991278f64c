/** The English messages, by area: the reference catalog (every other language has exactly these keys). */
import background from './background.json';
import common from './common.json';
import complaints from './complaints.json';
import escalation from './escalation.json';
import letters from './letters.json';
import report from './report.json';
import settings from './settings.json';

export const en = { common, background, complaints, escalation, letters, report, settings };
