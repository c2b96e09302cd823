/**
 * Colours a user's own programme may take: each stays ≥ 15 ΔE*76 from every shipped programme's
 * colour and from the others here, under normal vision and the three dichromacies
 * (`palette.test.ts`). Okabe–Ito vermillion, yellow, reddish purple and black, Paul Tol's wine and
 * a brown; the shipped six already use Okabe–Ito's blues, orange, green and purple.
 */
export const CUSTOM_PALETTE = [
  { key: 'vermillion', rgb: [213, 94, 0] },
  { key: 'wine', rgb: [136, 34, 85] },
  { key: 'yellow', rgb: [240, 228, 66] },
  { key: 'brown', rgb: [140, 86, 45] },
  { key: 'pink', rgb: [255, 170, 200] },
  { key: 'black', rgb: [0, 0, 0] },
] as const satisfies readonly { key: string; rgb: readonly [number, number, number] }[];
