import { planFromTables } from '../../../src/core/merge/plan';
import { MATCH_THRESHOLD, TaskIndex } from '../../../src/core/merge/task-index';
import type { PlanTask } from '../../../src/core/merge/types';
import { readWorkbookTables } from '../../../src/core/table/read-table';
import { COL, SEED_IDS, seedTable } from '../../fixtures';
import { PLAN_HEADER, sheet, workbook } from '../rules/helpers';
import { bacNinhPlan, registry } from './helpers';

function seedPlan(id: (typeof SEED_IDS)[number]) {
  return planFromTables(
    id,
    readWorkbookTables(workbook(sheet([PLAN_HEADER, ...seedTable(id).rows])), registry).tables,
  );
}

function task(stt: string, text: string): PlanTask {
  return {
    id: `id-${stt}`,
    stt,
    group: null,
    task: text,
    lead: [],
    partners: [],
    result: '',
    deadline: null,
    sheet: 'P',
    row: 1,
    deadlineCell: null,
  };
}

describe('TaskIndex', () => {
  it('matches a template row exactly by its hidden id', () => {
    const plan = bacNinhPlan();
    const index = new TaskIndex(plan.tasks);
    expect(index.match({ taskId: plan.tasks[4].id, task: 'anything at all' })).toEqual({
      kind: 'id',
      task: 4,
      score: 1,
    });
  });

  it('falls back to the text when the id is not in the plan (a template of another plan)', () => {
    const plan = bacNinhPlan();
    const m = new TaskIndex(plan.tasks).match({ taskId: 'ffffffffffff', task: plan.tasks[2].task });
    expect(m).toMatchObject({ kind: 'text', task: 2, score: 1 });
  });

  it('matches by content whatever the STT, through case, marks and punctuation', () => {
    const plan = bacNinhPlan();
    const index = new TaskIndex(plan.tasks);
    const text = seedTable('bac-ninh').rows[1][COL.task];
    expect(index.match({ task: text.toUpperCase().normalize('NFD'), stt: '7' })).toMatchObject({
      kind: 'text',
      task: 1,
      score: 1,
    });
  });

  it('matches a shortened wording of a task above the threshold', () => {
    const index = new TaskIndex(bacNinhPlan().tasks);
    const m = index.match({
      task: 'Xây dựng chính sách thu hút, ưu đãi nguồn nhân lực chất lượng cao giai đoạn 2026-2030',
    });
    expect(m.kind).toBe('text');
    expect(m.kind === 'text' && m.task).toBe(1);
  });

  it('rejects a task the plan does not have, even when it shares common words', () => {
    const index = new TaskIndex(bacNinhPlan().tasks);
    expect(index.match({ task: 'Tổ chức Hội nghị tổng kết công tác cán bộ năm 2026' }).kind).toBe('none');
    expect(index.match({ task: '' })).toEqual({ kind: 'none', best: null, score: 0 });
  });

  it.each(SEED_IDS)('tells every task of the %s plan from the others', (id) => {
    const plan = seedPlan(id);
    plan.tasks.forEach((t, i) => {
      expect(new TaskIndex(plan.tasks).match({ task: t.task })).toMatchObject({
        kind: 'text',
        task: i,
        score: 1,
      });
      const others = plan.tasks.filter((_, j) => j !== i);
      expect(new TaskIndex(others).match({ task: t.task }).score).toBeLessThan(MATCH_THRESHOLD);
    });
  });

  it('finds the Hưng Yên tasks in the Ninh Bình plan, which has the same ones reworded', () => {
    const nb = new TaskIndex(seedPlan('ninh-binh').tasks);
    const found = seedPlan('hung-yen').tasks.map((t) => {
      const m = nb.match({ task: t.task });
      return m.kind === 'text' ? m.task + 1 : null;
    });
    // Hand-read: HY 1 = NB 2, HY 2..11 = NB 4..13.
    expect(found).toEqual([2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  describe('two near-equal candidates', () => {
    const twins = [
      task('1', 'Tổ chức hội nghị tôn vinh trí thức tiêu biểu'),
      task('2', 'Tổ chức hội nghị tôn vinh trí thức tiêu biểu'),
    ];

    it('prefers the one assigned to the reporting agency, without a finding', () => {
      const m = new TaskIndex(twins).match({ task: twins[0].task, assigned: new Set([1]) });
      expect(m).toMatchObject({ kind: 'text', task: 1, ambiguous: [] });
    });

    it('then the one with the same STT', () => {
      expect(new TaskIndex(twins).match({ task: twins[0].task, stt: '2' })).toMatchObject({
        task: 1,
        ambiguous: [],
      });
    });

    it('decides each row on its own evidence, though the text was scored before', () => {
      const index = new TaskIndex(twins);
      expect(index.match({ task: twins[0].task, assigned: new Set([1]) })).toMatchObject({
        task: 1,
        ambiguous: [],
      });
      expect(index.match({ task: twins[0].task, stt: '1' })).toMatchObject({ task: 0, ambiguous: [] });
      expect(index.match({ task: twins[0].task })).toMatchObject({ task: 0, ambiguous: [0, 1] });
    });

    it('else takes the first and reports the ambiguity', () => {
      expect(new TaskIndex(twins).match({ task: twins[0].task, stt: '9' })).toMatchObject({
        kind: 'text',
        task: 0,
        ambiguous: [0, 1],
      });
    });
  });
});
