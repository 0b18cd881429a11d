import fc from 'fast-check';
import { collationRanks } from '../../../src/core/text/collation-ranks';

const collator = new Intl.Collator('vi');
const sign = (n: number) => Math.sign(n);

describe('collationRanks', () => {
  it('orders texts as the Vietnamese collator does, pair by pair', () => {
    const text = fc.array(
      fc.constantFrom('a', 'ă', 'â', 'đ', 'd', 'Sở', 'sở', 'Ở', ' ', 'UBND', 'xã', '2', '10'),
      {
        maxLength: 4,
      },
    );
    fc.assert(
      fc.property(
        fc.array(
          text.map((parts) => parts.join('')),
          { maxLength: 30 },
        ),
        (texts) => {
          const ranks = collationRanks(texts, collator);
          for (const a of texts)
            for (const b of texts)
              expect(sign(ranks.get(a)! - ranks.get(b)!)).toBe(sign(collator.compare(a, b)));
        },
      ),
    );
  });

  it('ranks texts the collator holds equal alike: one written in decomposed form', () => {
    const ranks = collationRanks(['Sở Tài chính', 'Sở Tài chính'.normalize('NFD'), 'Sở Nội vụ'], collator);
    expect(ranks.get('Sở Tài chính')).toBe(ranks.get('Sở Tài chính'.normalize('NFD')));
    expect(ranks.get('Sở Nội vụ')).toBeLessThan(ranks.get('Sở Tài chính')!);
  });
});
