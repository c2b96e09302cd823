import { describe, expect, it } from 'vitest';
import { rtRwInText } from './address-rtrw';

describe('RT/RW inside a free-text address', () => {
  it.each([
    ['Jl. Melati 5 RT 02/RW 05', 2, 5],
    ['Rt.2 Rw.5 Kel. Pojok', 2, 5],
    ['RT.002 RW.005', 2, 5],
    ['rt 2 rw 5', 2, 5],
    ['RT02/RW05', 2, 5],
    ['RW 05 RT 02', 2, 5],
    ['RT/RW 02/05 Mojoroto', 2, 5],
    ['R.T. 12 R.W. 3', 12, 3],
    ['Jl. Hayam Wuruk RT 7', 7, null],
    ['RT 00 RW 04', null, 4],
  ])('%s → RT %s, RW %s', (text, rt, rw) => expect(rtRwInText(text)).toEqual({ rt, rw }));

  it.each([['Jl. Sport Centre 12'], ['Perumahan Artha 2'], ['Jl. Dr. Wahidin 5'], ['']])(
    'finds none in "%s"',
    (text) => expect(rtRwInText(text)).toBeNull(),
  );
});
