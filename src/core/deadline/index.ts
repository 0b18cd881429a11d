export * from './dates';
export { parseDeadline, deadlineFromCell, cycleMonths, type DeadlineOptions } from './parse';
export { dueAsOf, isOverdue, expectedStatus, deniesDueDate, type JudgeOptions } from './judge';
export { saysBeforeDay } from './normalize';
