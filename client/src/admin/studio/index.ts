import './studio.css';

export { StudioListPage } from './list.js';
export { StudioEditorPage } from './editor.js';
