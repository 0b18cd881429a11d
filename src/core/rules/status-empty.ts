import { defineRule } from './define-rule';

export default defineRule({
  meta: { code: 'E_STATUS_EMPTY', severity: 'error', field: 'status' },
  checkRow(row, rc) {
    // A table without a status column is told once (E_COLUMN_MISSING), not on each of its rows.
    if (rc.table.kind !== 'report' || !rc.table.columns.status) return;
    // A task whose text is a formula phuluc could not compute is still a task.
    const task = row.task.trim() !== '' || row.noValue?.task !== undefined;
    if (!row.raw.status?.trim() && task) rc.report({ row });
  },
});
