/** "RT/RW 02/05", "RT/RW: 002/005". */
const PAIR_RE = /\br\.?\s?t\.?\s*\/\s*r\.?\s?w\.?\s*[:.-]?\s*0*(\d{1,3})\s*\/\s*0*(\d{1,3})(?!\d)/i;
/** "RT 02", "Rt.2", "RT.002", "rt 2", "R.T. 02", "RT02", "RT: 2", "RT-2". */
const RT_RE = /\br\.?\s?t\.?\s*[:.-]?\s*0*(\d{1,3})(?!\d)/i;
const RW_RE = /\br\.?\s?w\.?\s*[:.-]?\s*0*(\d{1,3})(?!\d)/i;

/**
 * RT and RW written inside a free-text address ("Jl. Melati 5 RT 02/RW 05", "Rt.2 Rw.5",
 * "RT.002 RW.005", "rt 2 rw 5", "RW 05 RT 02", "RT/RW 02/05"), each null when absent; null when
 * neither is there. Zero is no RT (offices write "RT 00" for "none").
 */
export function rtRwInText(text: string): { rt: number | null; rw: number | null } | null {
  const positive = (m: RegExpExecArray | null, group = 1): number | null => {
    const n = m === null ? 0 : Number(m[group]);
    return n > 0 ? n : null;
  };
  const pair = PAIR_RE.exec(text);
  if (pair !== null) {
    const found = { rt: positive(pair, 1), rw: positive(pair, 2) };
    return found.rt === null && found.rw === null ? null : found;
  }
  const found = { rt: positive(RT_RE.exec(text)), rw: positive(RW_RE.exec(text)) };
  return found.rt === null && found.rw === null ? null : found;
}
