import type { EmbedData } from '../../src/embed/data-contract.ts';

/**
 * The data file as text: one kelurahan (or site) per line, so a change in the demo data reads as a
 * short diff. Plain JSON; prettier leaves it alone (see .prettierignore).
 */
export function stringifyEmbedData(data: EmbedData): string {
  const j = (v: unknown) => JSON.stringify(v);
  const { figures, kelurahan, sites, programs, ...head } = data;
  const lines: string[] = ['{'];
  for (const [key, value] of Object.entries(head)) lines.push(`  ${j(key)}: ${j(value)},`);
  lines.push('  "kelurahan": [');
  lines.push(kelurahan.map((k) => `    ${j(k)}`).join(',\n'));
  lines.push('  ],');
  lines.push('  "figures": {');
  const periods = Object.entries(figures).map(([period, f]) => {
    const rows = Object.entries(f.kelurahan).map(([kode, row]) => `        ${j(kode)}: ${j(row)}`);
    return [
      `    ${j(period)}: {`,
      `      "city": ${j(f.city)},`,
      '      "kelurahan": {',
      rows.join(',\n'),
      '      }',
      '    }',
    ].join('\n');
  });
  lines.push(periods.join(',\n'));
  lines.push('  },');
  lines.push('  "sites": {');
  lines.push('    "bank_sampah": [');
  lines.push(sites.bank_sampah.map((s) => `      ${j(s)}`).join(',\n'));
  lines.push('    ]');
  lines.push(programs === undefined ? '  }' : '  },');
  if (programs !== undefined) {
    lines.push('  "programs": [');
    const blocks = programs.map(({ kelurahan: byKode, points, ...meta }) => {
      const metaText = j(meta).slice(1, -1);
      const rows = Object.entries(byKode).map(([kode, row]) => `        ${j(kode)}: ${j(row)}`);
      return [
        `    { ${metaText},`,
        '      "kelurahan": {',
        rows.join(',\n'),
        '      },',
        points.length === 0 ? '      "points": []' : '      "points": [',
        ...(points.length === 0
          ? []
          : [points.map((pt) => `        ${j(pt)}`).join(',\n'), '      ]']),
        '    }',
      ].join('\n');
    });
    lines.push(blocks.join(',\n'));
    lines.push('  ]');
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
