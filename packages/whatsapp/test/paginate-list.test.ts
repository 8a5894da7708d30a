import { describe, expect, it } from 'vitest';
import { buildList } from '../src/build-list.js';
import { paginateList } from '../src/paginate-list.js';

const wards = Array.from({ length: 25 }, (_, i) => ({ id: `ward:${i + 1}`, title: `Ward ${i + 1}` }));
const more = (page: number) => ({ id: `wards:page:${page}`, title: 'More…', description: 'Next wards' });

describe('paginateList', () => {
  it('splits 25 rows into pages of 9 plus More, the last page without More', () => {
    const pages = [0, 1, 2].map((page) => paginateList(wards, { page, moreRow: more(page + 1) }));
    expect(pages.map((rows) => rows.length)).toEqual([10, 10, 7]);
    expect(pages[0]?.slice(0, 9)).toEqual(wards.slice(0, 9));
    expect(pages[0]?.[9]).toEqual(more(1));
    expect(pages[1]?.slice(0, 9)).toEqual(wards.slice(9, 18));
    expect(pages[1]?.[9]).toEqual(more(2));
    expect(pages[2]).toEqual(wards.slice(18));
    // Every row appears exactly once across the pages.
    expect(pages.flat().filter((row) => row.id.startsWith('ward:'))).toEqual(wards);
  });

  it('shows up to ten rows on one page without a More row', () => {
    expect(paginateList(wards.slice(0, 10), { page: 0, moreRow: more(1) })).toEqual(wards.slice(0, 10));
  });

  it('gives every page to buildList within the ten-row limit', () => {
    for (const page of [0, 1, 2]) {
      const rows = paginateList(wards, { page, moreRow: more(page + 1) });
      expect(() =>
        buildList({ body: 'Choose your ward', buttonText: 'Wards', sections: [{ rows }] }),
      ).not.toThrow();
    }
  });

  it('honours a smaller page size', () => {
    expect(paginateList(wards, { page: 1, pageSize: 5, moreRow: more(2) })).toEqual([
      ...wards.slice(5, 10),
      more(2),
    ]);
  });

  it('refuses a page size that leaves no room for More, and pages past the end', () => {
    expect(() => paginateList(wards, { page: 0, pageSize: 10, moreRow: more(1) })).toThrow(RangeError);
    expect(() => paginateList(wards, { page: 3, moreRow: more(4) })).toThrow(RangeError);
    expect(() => paginateList(wards, { page: -1, moreRow: more(0) })).toThrow(RangeError);
  });
});
