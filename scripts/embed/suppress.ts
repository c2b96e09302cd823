/**
 * Small-count suppression for a table with margins: `values[r][c]`, where the last row holds the
 * column totals and the last column the row totals (kelurahan × year, city row, all-years column).
 *
 * Primary rule: every cell below `minCount` (zero included, so a suppressed cell may be anything in
 * 0..minCount−1) is suppressed. Secondary rule: a line (row or column) is an equation
 * total = Σ parts, so a line with exactly one suppressed cell gives that cell away by subtraction;
 * such a line gets its smallest published part (else its total) suppressed too, repeated until no
 * line has exactly one. This is the usual "at least two per line" heuristic, not a full
 * linear-programming audit (see public/embed/README.md).
 */
export function suppressTable(
  values: readonly (readonly number[])[],
  minCount: number,
): boolean[][] {
  const rows = values.length;
  const cols = rows > 0 ? values[0].length : 0;
  const hidden = values.map((row) => row.map((v) => v < minCount));
  const lines: [number, number][][] = [];
  for (let r = 0; r < rows; r++) lines.push(Array.from({ length: cols }, (_, c) => [r, c]));
  for (let c = 0; c < cols; c++) lines.push(Array.from({ length: rows }, (_, r) => [r, c]));

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([r, c]) => hidden[r][c]).length !== 1) continue;
      const open = line.filter(([r, c]) => !hidden[r][c]);
      // Parts before the line's total (the last cell); among them the smallest, then the first.
      const parts = open.filter((cell) => cell !== line[line.length - 1]);
      const pool = parts.length > 0 ? parts : open;
      let pick = pool[0];
      for (const cell of pool) if (values[cell[0]][cell[1]] < values[pick[0]][pick[1]]) pick = cell;
      hidden[pick[0]][pick[1]] = true;
      changed = true;
    }
  }
  return hidden;
}
