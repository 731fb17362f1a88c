import { call } from '../../db/live/query';
import { auditPage } from './queries';

/** The audit screen's first read: its newest page. */
export const auditReads = () => [call(auditPage, null)];
