export { parseStatus, STATUS_LABELS, STATUS_CODES } from './parse';
