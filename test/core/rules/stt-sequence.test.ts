import { check, codes, planRow } from './helpers';

describe('W_STT_SEQUENCE', () => {
  it('flags a skipped number and offers the expected one', () => {
    const hits = codes(
      check([planRow({ stt: '1' }), planRow({ stt: '3', task: 'Nhiệm vụ khác' })]).findings,
      'W_STT_SEQUENCE',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cell: 'A3', suggestion: '2' });
    expect(hits[0].fix).toMatchObject({ kind: 'renumber', before: '3', after: '2' });
  });
  it('flags a repeated number', () => {
    expect(
      codes(
        check([planRow({ stt: '1' }), planRow({ stt: '1', task: 'Nhiệm vụ khác' })]).findings,
        'W_STT_SEQUENCE',
      ),
    ).toHaveLength(1);
  });
  it('stays silent on 1, 2, 3 and on numbers stored as numbers', () => {
    const rows = [planRow({ stt: 1 }), planRow({ stt: 2, task: 'Hai' }), planRow({ stt: '3', task: 'Ba' })];
    expect(codes(check(rows).findings, 'W_STT_SEQUENCE')).toHaveLength(0);
  });
  it('reads "2." and "2)" among plain numbers as 2, and renumbers in the style of the cell', () => {
    const rows = [
      planRow({ stt: '1' }),
      planRow({ stt: '2.', task: 'Hai' }),
      planRow({ stt: '3', task: 'Ba' }),
      planRow({ stt: '4)', task: 'Bốn' }),
      planRow({ stt: '6.', task: 'Năm' }),
    ];
    const hits = codes(check(rows).findings, 'W_STT_SEQUENCE');
    expect(hits.map((f) => [f.cell, f.suggestion])).toEqual([['A6', '5.']]);
  });
  it('flags a task left unnumbered inside the list with its number, and the rows after it line up', () => {
    const rows = [
      planRow({ stt: '1' }),
      planRow({ stt: '', task: 'Nhiệm vụ hai' }),
      planRow({ stt: '3', task: 'Nhiệm vụ ba' }),
    ];
    const hits = codes(check(rows).findings, 'W_STT_SEQUENCE');
    expect(hits.map((f) => [f.cell, f.suggestion, f.messageId])).toEqual([
      ['A3', '2', 'finding.W_STT_SEQUENCE.empty'],
    ]);
  });
});
