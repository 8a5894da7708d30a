export { printComplaintChange } from './print-complaint-change.js';
