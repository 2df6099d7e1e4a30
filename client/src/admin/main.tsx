// Back-office entry: Preact + signals, hash routes (`#/…`: invitation tokens stay out of server
// logs). Areas load as their own chunks; the headset bundle never imports any of this.
import { render } from 'preact';
import { App } from './app.js';

render(<App />, document.getElementById('app')!);
