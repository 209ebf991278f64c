import { render } from 'preact';
import '../../components/styles.css';
import { localDate } from '../../lib/dates';
import { startFirstRead } from './firstRead';

// Reading the case first and loading the views meanwhile saves the panel ~100 ms on open.
// The views' code runs once the database is open: running it sooner held up the open's
// answer, and so the read, by the ~20 ms it takes.
startFirstRead(localDate(new Date()))
  .then(() => import('./App'))
  .then(({ App }) => render(<App />, document.getElementById('app')!));
