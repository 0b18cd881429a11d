import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256Hex, sha256Text } from '../../../src/core/merge/sha256';
import { planFingerprint, taskIdOf } from '../../../src/core/merge/task-id';

const nodeSha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

describe('sha256', () => {
  it('gives the FIPS 180-4 digests of the standard test vectors', () => {
    expect(sha256Text('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Text('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto on any bytes, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => sha256Hex(bytes) === nodeSha(bytes)),
      { numRuns: 300 },
    );
  });

  it('hashes Vietnamese text as UTF-8', () => {
    const s = 'Sở Khoa học và Công nghệ — Đẩy mạnh';
    expect(sha256Text(s)).toBe(nodeSha(s));
  });
});

describe('taskIdOf', () => {
  const task = 'Xây dựng cơ sở dữ liệu về đội ngũ trí thức';

  it('is 12 hex digits of SHA-256 over the folded text and the STT', () => {
    expect(taskIdOf({ stt: '2', task })).toBe(
      nodeSha('xay dung co so du lieu ve doi ngu tri thuc|2').slice(0, 12),
    );
  });

  it('ignores spelling accidents but not the words or the STT', () => {
    const id = taskIdOf({ stt: '2', task });
    expect(taskIdOf({ stt: '2', task: `  ${task.normalize('NFD').toUpperCase()}.` })).toBe(id);
    expect(taskIdOf({ stt: '3', task })).not.toBe(id);
    expect(taskIdOf({ stt: '2', task: `${task} tỉnh` })).not.toBe(id);
  });

  it('fingerprints a plan by its ids in order', () => {
    expect(planFingerprint(['a', 'b'])).toBe(nodeSha('a\nb').slice(0, 16));
    expect(planFingerprint(['b', 'a'])).not.toBe(planFingerprint(['a', 'b']));
  });
});
