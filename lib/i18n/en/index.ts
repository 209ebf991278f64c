/** The English messages, by area: the reference catalog (every other language has exactly these keys). */
import account from './account.json' with { type: 'json' };
import background from './background.json' with { type: 'json' };
import checklist from './checklist.json' with { type: 'json' };
import common from './common.json' with { type: 'json' };
import complaints from './complaints.json' with { type: 'json' };
import copies from './copies.json' with { type: 'json' };
import errors from './errors.json' with { type: 'json' };
import escalation from './escalation.json' with { type: 'json' };
import forms from './forms.json' with { type: 'json' };
import here from './here.json' with { type: 'json' };
import labels from './labels.json' with { type: 'json' };
import letters from './letters.json' with { type: 'json' };
import lists from './lists.json' with { type: 'json' };
import lock from './lock.json' with { type: 'json' };
import panel from './panel.json' with { type: 'json' };
import report from './report.json' with { type: 'json' };
import settings from './settings.json' with { type: 'json' };

export const en = {
  common,
  panel,
  background,
  settings,
  lock,
  copies,
  account,
  forms,
  errors,
  labels,
  checklist,
  here,
  escalation,
  complaints,
  letters,
  report,
  lists,
};
