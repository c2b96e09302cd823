import { describe, expect, it } from 'vitest';
import { embedUrl, iframeSnippet } from './share-links';

describe('share links', () => {
  it('puts embed.html beside the app page, drops its query and fragment', () => {
    const url = embedUrl('https://kota.example/peta/jangkau/?x=1#map=13/-7.8/112&kel=1', {
      metric: 'bank_sampah_covered_pct',
      kode: '35.71.01.1006',
      year: 2024,
      lang: 'en',
    });
    expect(url).toBe(
      'https://kota.example/peta/jangkau/embed.html?metric=bank_sampah_covered_pct&kelurahan=35.71.01.1006&period=2024&lang=en',
    );
  });

  it('leaves out the kelurahan and the period when the view has none', () => {
    const url = embedUrl('http://127.0.0.1:4173/index.html', {
      metric: 'underserved_score',
      kode: null,
      year: null,
      lang: 'id',
    });
    expect(url).toBe('http://127.0.0.1:4173/embed.html?metric=underserved_score&lang=id');
  });

  it('escapes every attribute of the iframe snippet', () => {
    expect(iframeSnippet('https://a.example/embed.html?a=1&b="2"', 'Peta <b>&</b>')).toBe(
      '<iframe src="https://a.example/embed.html?a=1&amp;b=&quot;2&quot;" ' +
        'title="Peta &lt;b&gt;&amp;&lt;/b&gt;" width="100%" height="480" style="border:0" ' +
        'loading="lazy" referrerpolicy="no-referrer"></iframe>',
    );
  });
});
