import { render } from 'preact';
import '../../components/styles.css';
import { browser } from 'wxt/browser';
import { localDate } from '../../lib/dates';
import { sessionKeyStore } from '../../lib/vault/session';
import { connectKeyStore } from '../../lib/vault/state';
import { startFirstRead } from './firstRead';

// The vault key of this browser session, if the lock is on and was opened: the database waits for it.
connectKeyStore(sessionKeyStore(browser.storage.session, browser.storage.onChanged)).catch(console.error);

// Reading the case first and loading the views meanwhile saves the panel ~100 ms on open.
// The views' code runs once the database is open: running it sooner held up the open's
// answer, and so the read, by the ~20 ms it takes.
startFirstRead(localDate(new Date()))
  .then(() => import('./App'))
  .then(({ App }) => render(<App />, document.getElementById('app')!));
