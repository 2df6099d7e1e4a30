// « Mes données »: a public page (no staff sign-in, no three.js), reached from the headset's QR code.
import { render } from 'preact';
import { MyDataPage } from './page.js';

render(<MyDataPage />, document.getElementById('app')!);
