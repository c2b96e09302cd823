import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from './embed-params';
import { openInAppHref } from './open-link';

describe('parseEmbedParams', () => {
  it('gives the public defaults for an empty query', () => {
    expect(parseEmbedParams('')).toEqual({
      program: null,
      defined: null,
      metric: 'underserved_score',
      kode: null,
      period: 'all',
      compare: null,
      locale: null,
      server: null,
    });
  });

  it('reads every valid parameter', () => {
    expect(
      parseEmbedParams(
        '?program=home_care&metric=home_care_visits&kelurahan=35.71.01.1005&period=2023&lang=en',
      ),
    ).toEqual({
      program: 'home_care',
      defined: null,
      metric: 'home_care_visits',
      kode: '35.71.01.1005',
      period: '2023',
      compare: null,
      locale: 'en',
      server: null,
    });
  });

  it('takes the programme from the metric, and the programme default for a foreign metric', () => {
    expect(parseEmbedParams('?metric=prodamas_count').program).toBe('prodamas');
    expect(parseEmbedParams('?program=bank_sampah&metric=prodamas_count').metric).toBe(
      'bank_sampah_covered_pct',
    );
  });

  it('ignores unknown, malformed, hostile and repeated values', () => {
    const p = parseEmbedParams(
      '?program=<b>x</b>&metric=home_care_covered_pct&kelurahan=35.71.01.1005%22%3E&period=2019&lang=fr',
    );
    expect(p).toEqual(parseEmbedParams(''));
    // Metrics derived from home locations or visit dates are not in the embed at all.
    expect(parseEmbedParams('?metric=home_care_days_since_last_visit').metric).toBe(
      'underserved_score',
    );
    expect(parseEmbedParams('?lang=en&lang=id').locale).toBeNull();
    expect(parseEmbedParams('?kelurahan=35.71.09.1005').kode).toBeNull();
    expect(parseEmbedParams('?period=all').period).toBe('all');
  });

  it('compares with another year only for a year and a public programme', () => {
    expect(parseEmbedParams('?metric=bank_sampah_count&period=2024&compare=2022').compare).toBe(
      '2022',
    );
    expect(parseEmbedParams('?period=2024&compare=2023').compare).toBe('2023');
    for (const q of [
      '?period=all&compare=2023', // `all` has no year to compare with
      '?period=2024&compare=2024',
      '?period=2024&compare=all',
      '?period=2024&compare=2019',
      '?period=2024&compare=2023&compare=2022',
      '?program=home_care&period=2024&compare=2023', // personal: never compared
      '?metric=home_care_visits&period=2024&compare=2023',
      '?program=emas&period=2024&compare=2023', // defined figures have no years
    ])
      expect(parseEmbedParams(q).compare, q).toBeNull();
  });

  it('passes one server= on as given (checked later), never a repeated or overlong one', () => {
    expect(parseEmbedParams('?server=https%3A%2F%2Fa.example').server).toBe('https://a.example');
    expect(
      parseEmbedParams('?server=https://a.example&server=https://b.example').server,
    ).toBeNull();
    expect(parseEmbedParams(`?server=https://${'a'.repeat(300)}.example`).server).toBeNull();
  });

  it('keeps a well-formed defined programme id, never a malformed one', () => {
    expect(parseEmbedParams('?program=emas').defined).toBe('emas');
    expect(parseEmbedParams('?program=emas').program).toBeNull();
    expect(parseEmbedParams('?program=bank_sampah').defined).toBeNull();
    for (const bad of ['Emas', '<b>x</b>', 'e', 'emas%20x', `a${'b'.repeat(40)}`])
      expect(parseEmbedParams(`?program=${bad}`).defined).toBeNull();
    expect(parseEmbedParams('?program=emas&program=kurnia').defined).toBeNull();
  });
});

describe('openInAppHref', () => {
  it('opens the explorer on the same defined programme’s figure', () => {
    const params = parseEmbedParams('?program=emas&kelurahan=35.71.01.1005');
    expect(openInAppHref(params, null, 'covered')).toBe(
      './#kel=35.71.01.1005&metric=defined%3Aemas%3Acovered_pct',
    );
    expect(openInAppHref(parseEmbedParams(''), null)).toBe('./#metric=underserved_score');
  });
});
