/** A cell holding only a formula's error value is told as such, never read as a task, an agency or a date. */
import { findingMessage } from '../../../src/core/messages';
import { check, planRow } from './helpers';

describe('formula error values in the task columns', () => {
  const errorCell = (error: string) => ({ value: null, error, formula: 'VLOOKUP(A2,DM!A:B,2,0)' });

  it('says the task, the lead and the deadline cells hold only an error', () => {
    const { findings } = check([
      planRow({ task: errorCell('#NAME?'), lead: errorCell('#N/A'), deadline: errorCell('#REF!') }),
    ]);
    const told = findings.filter((f) => f.messageId.endsWith('.formulaError'));
    expect(told.map((f) => [f.code, f.cell])).toEqual([
      ['E_TASK_EMPTY', 'B2'],
      ['E_LEAD_EMPTY', 'C2'],
      ['E_DEADLINE_UNPARSED', 'F2'],
    ]);
    expect(findingMessage(told[1])).toBe(
      'Ô cơ quan chủ trì chỉ có lỗi công thức “#N/A”, chưa ghi cơ quan nào',
    );
    expect(findings.filter((f) => f.code === 'W_AGENCY_UNKNOWN')).toEqual([]);
  });

  it('reads the same text typed by hand the same way, and leaves text that merely contains it alone', () => {
    const typed = check([planRow({ lead: '#N/A' })]).findings;
    expect(typed.filter((f) => f.messageId === 'finding.E_LEAD_EMPTY.formulaError')).toHaveLength(1);
    const task = check([planRow({ task: 'Sửa lỗi #N/A trong biểu mẫu' })]).findings;
    expect(task.filter((f) => f.code === 'E_TASK_EMPTY')).toEqual([]);
  });
});
