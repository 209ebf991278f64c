import { render } from 'preact';
import '../../components/styles.css';
import { localDate } from '../../lib/dates';
import { startFirstRead } from './firstRead';

// Reading the case first and loading the views meanwhile saves the panel ~100 ms on open.
startFirstRead(localDate(new Date()));
import('./App').then(({ App }) => render(<App />, document.getElementById('app')!));
