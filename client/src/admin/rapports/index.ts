// The « Rapports » page (counsellors: their sites; admins: every site), one chunk with Observable Plot.
import './rapports.css';
export { ReportsPage } from './reports-page.js';
