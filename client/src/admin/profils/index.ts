// The « Profil » area (counsellors and admins), one chunk.
import './profile.css';
export { ProfileLookupPage } from './lookup.js';
