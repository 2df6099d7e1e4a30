// The « Administration » area, one chunk loaded when an admin first opens one of its pages.
export { SitesPage } from './sites.js';
export { AccountsPage } from './accounts.js';
export { DevicesPage } from './devices.js';
export { AuditPage } from './audit.js';
export { RetentionPage } from './retention.js';
