import { describe, expect, it } from 'vitest';
import { parsePath, parseWilayahSql } from './parse-sql.ts';

// Hand-made rows in the dump's format: path positions are [lat, lng].
const SQL = `/* header, with a ('fake','row') in a comment that has no path */
INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES
\t('35.71.09.1001','Satu',-7.5,112.5,'[[[-7,112],[-7,113],[-8,113],[-7,112]]]'),
\t('35.71.09.1002','Ng''dua',-7.25,112.25,'[[[[-7,112],[-7,112.5],[-7.5,112.5],[-7,112]]],[[[-7.6,112.6],[-7.6,112.7],[-7.7,112.7],[-7.6,112.6]]]]');
`;

describe('parseWilayahSql', () => {
  it('reads every row, swaps [lat, lng] to [lng, lat] and tells Polygon from MultiPolygon', () => {
    const rows = parseWilayahSql(SQL);
    expect(rows.map((r) => r.kode)).toEqual(['35.71.09.1001', '35.71.09.1002']);
    expect(rows[0].geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [112, -7],
          [113, -7],
          [113, -8],
          [112, -7],
        ],
      ],
    });
    expect(rows[0].centroid).toEqual([112.5, -7.5]);
    expect(rows[1].geometry.type).toBe('MultiPolygon');
    expect(rows[1].geometry.coordinates).toHaveLength(2);
    expect(rows[1].geometry.coordinates[1]).toEqual([
      [
        [112.6, -7.6],
        [112.7, -7.6],
        [112.7, -7.7],
        [112.6, -7.6],
      ],
    ]);
  });

  it("unescapes SQL quotes in names ('' is one quote)", () => {
    expect(parseWilayahSql(SQL)[1].nama).toBe("Ng'dua");
  });

  it('rejects a duplicated code', () => {
    const row = `('35.71.09.1001','A',0,0,'[[[0,0],[0,1],[1,1],[0,0]]]')`;
    expect(() => parseWilayahSql(`${row},${row}`)).toThrow(/duplicate/);
  });
});

describe('parsePath', () => {
  it('rejects nesting other than 3 or 4 levels and malformed positions', () => {
    expect(() => parsePath('[[0,1],[1,1]]')).toThrow(/depth 2/);
    expect(() => parsePath('[[[0,1,2],[1,1],[1,0],[0,1]]]')).toThrow(/bad position/);
  });
});
