import { describe, expect, it } from 'vitest';

import { decodeCursor, encodeCursor, planPages } from '../src/resolvers/pagination.js';

describe('planPages', () => {
  it('covers a window with the fewest upstream pages, then the least surplus', () => {
    expect(planPages(0, 50)).toEqual({ pageSize: 50, pages: [1] });
    expect(planPages(0, 120)).toEqual({ pageSize: 40, pages: [1, 2, 3] });
    expect(planPages(0, 200)).toEqual({ pageSize: 50, pages: [1, 2, 3, 4] });
    expect(planPages(10, 20)).toEqual({ pageSize: 10, pages: [2] });
    expect(planPages(5, 15)).toEqual({ pageSize: 15, pages: [1] });
  });

  it('never asks for more than 50 per page and always covers the window', () => {
    for (let start = 0; start < 300; start += 7) {
      for (const length of [1, 3, 20, 49, 50, 51, 99, 120, 200]) {
        const { pageSize, pages } = planPages(start, start + length);
        expect(pageSize).toBeLessThanOrEqual(50);
        const first = pages[0] ?? 0;
        const last = pages.at(-1) ?? 0;
        expect((first - 1) * pageSize).toBeLessThanOrEqual(start);
        expect(last * pageSize).toBeGreaterThanOrEqual(start + length);
        expect(pages.length).toBeLessThanOrEqual(Math.ceil(length / 50) + 1);
      }
    }
  });
});

describe('cursors', () => {
  it('round-trip an offset under the same fingerprint', () => {
    const cursor = { offset: 123, snapshot: 1_767_225_600_000 };
    expect(decodeCursor(encodeCursor('abc', cursor), 'abc', 'after')).toEqual(cursor);
  });

  it('reject another list, garbage and negative offsets with BAD_USER_INPUT', () => {
    const cases = [
      encodeCursor('other', { offset: 1, snapshot: 0 }),
      'not-a-cursor',
      Buffer.from('cl2:abc:-1:0').toString('base64url'),
      Buffer.from('cl2:abc:1').toString('base64url'),
      '',
    ];
    for (const cursor of cases) {
      expect(() => decodeCursor(cursor, 'abc', 'after')).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    }
  });
});
