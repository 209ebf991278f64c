import { render } from 'preact';
import '../../components/styles.css';
import { localDate } from '../../lib/dates';
import { t } from '../../lib/i18n';
import { FirstScreenView, readFirstScreen } from './firstScreen';
import { type Held, holdActions } from './handover';
import { keepNoFormState } from './noFormState';

// Nothing typed here is kept by the browser's session restore (noFormState.ts).
keepNoFormState(document.documentElement);

const root = document.getElementById('app')!;

/**
 * The first screen comes from the background, which has the database open: one
 * message, and it is drawn with Preact, the words and the components it shows, before
 * the panel's own database code, zod and the registry have loaded (about a third of
 * the code). Those load right after; the live views draw the same screen out of
 * sight and take its place once they have read what it showed (takeover.tsx).
 * A panel opened on one account (a reminder's click, ?account=) is drawn by the live
 * views alone, as is every panel whose background does not answer.
 */
const first: Promise<Held | undefined> = new URLSearchParams(location.search).has('account')
  ? Promise.resolve(undefined)
  : readFirstScreen(localDate(new Date())).then(
      (screen) => {
        document.documentElement.lang = screen.language;
        document.title = t('common.appName');
        const held = holdActions(root);
        render(<FirstScreenView screen={screen} />, root);
        return held;
      },
      (error: unknown) => {
        console.warn('No first screen from the background', error); // not shown to the user
        return undefined;
      },
    );

first.then((held) => import('./takeover').then((m) => m.takeOver(root, held)));
