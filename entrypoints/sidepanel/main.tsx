import { render } from 'preact';
import '../../components/styles.css';
import { localDate } from '../../lib/dates';
import { t } from '../../lib/i18n';
import { FirstScreenView, readFirstScreen } from './firstScreen';
import { holdActions } from './handover';
import { keepNoFormState } from './noFormState';
import type { FirstDrawn } from './takeover';

// Nothing typed here is kept by the browser's session restore (noFormState.ts).
keepNoFormState(document.documentElement);

const root = document.getElementById('app')!;

/**
 * The first screen comes from the background, which has the database open: one
 * message, and it is drawn with Preact, the words and the components it shows, before
 * the panel's own database code, zod and the registry have loaded (about a third of
 * the code). Those load meanwhile, without holding it up; the live views draw the
 * same screen out of sight and take its place once they have read what it showed
 * (takeover.tsx); if they are ready first, no first screen is drawn.
 * A panel opened on one account (a reminder's click, ?account=) is drawn by the live
 * views alone, as is every panel whose background does not answer.
 */
/** The first screen once drawn; or the live views already have the page (then none is drawn). */
let drawn: FirstDrawn | undefined;
/** The panel's today: the background's answer is read for it, and the first screen drawn with it. */
const today = localDate(new Date());
let taken = false;

const first: Promise<FirstDrawn | undefined> = new URLSearchParams(location.search).has('account')
  ? Promise.resolve(undefined)
  : readFirstScreen(today).then(
      (screen) => {
        performance.mark('panel:first-answer');
        if (taken) return undefined;
        const provider = screen.kind === 'case' && screen.body.kind === 'provider' ? screen.body : undefined;
        const providerPage = !!provider;
        // On a provider's page its accounts' screens come next: their code and the registry are
        // asked for now, beside the live views' code, not once it has loaded (takeover.tsx).
        if (providerPage) {
          import('./views/AccountOfProvider').catch(console.error);
          import('../../lib/db/matcher').catch(console.error);
        }
        document.documentElement.lang = screen.language;
        document.title = t('common.appName');
        const held = holdActions(root);
        render(<FirstScreenView screen={screen} today={today} />, root);
        performance.mark('panel:first-drawn');
        drawn = { held, providerPage, accountIds: provider?.accounts.map((a) => a.account.id) ?? [] };
        return drawn;
      },
      (error: unknown) => {
        console.warn('No first screen from the background', error); // not shown to the user
        return undefined;
      },
    );

// The live panel's code loads meanwhile: the background's answer is a wait for this page.
// The views are asked for here too, not only by takeover.tsx, so they are fetched beside it, not after it.
import('./App').catch(console.error);
import('./takeover').then((m) =>
  m.takeOver(root, {
    first,
    take: () => {
      taken = true;
      return drawn;
    },
  }),
);
