import { describe, expect, it } from 'vitest';
import {
  MATCH_THRESHOLD,
  matchCities,
  matchComplaintTypes,
  matchLocalities,
  transliterateToLatin,
} from '../src/index.js';

describe('matchCities', () => {
  it.each([
    ['amrit', 'pb.amritsar'],
    ['jalandar', 'pb.jalandhar'],
    ['ਅੰਮ੍ਰਿਤਸਰ', 'pb.amritsar'],
    ['अमृतसर', 'pb.amritsar'],
    ['ଅମୃତସର', 'pb.amritsar'],
    ['ludhiana', 'pb.ludhiana'],
    ['hoshiar', 'pb.hoshiarpur'],
    ['ਫਗਵਾੜਾ', 'pb.phagwara'],
    ['zirkpur', 'pb.zirakpur'],
    ['Bhatinda', 'pb.bathinda'],
    ['SAS Nagar', 'pb.mohali'],
    ['anandpur sahib', 'pb.anandpursahib'],
    ['kapurthla', 'pb.kapurthala'],
    ['I live in Amritsar', 'pb.amritsar'],
  ])('%s -> %s first', (query, tenantId) => {
    const [first] = matchCities(query);
    expect(first?.item.tenantId).toBe(tenantId);
    expect(first?.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it.each(['xqzv', 'qwerty', '', '!!!', 'thanks', 'sat sri akal', 'ਸਤ ਸ੍ਰੀ ਅਕਾਲ'])(
    'finds nothing for %j',
    (query) => {
      expect(matchCities(query)).toEqual([]);
    },
  );

  it('ranks an exact name above a partial one and respects the limit', () => {
    const matches = matchCities('zira', { limit: 2 });
    expect(matches.map((match) => match.item.tenantId)).toEqual(['pb.zira', 'pb.zirakpur']);
    expect(matches[0]!.score).toBe(1);
    expect(matches[1]!.score).toBeLessThan(1);
  });
});

describe('matchLocalities', () => {
  it.each([
    ['pb.amritsar', 'partap nagar', 'Partap Nagar'],
    ['pb.amritsar', 'nagar gobind', 'Gobind Nagar'],
    ['pb.jalandhar', 'modal town', 'Model Town'],
    ['pb.zirakpur', 'baltana', 'BALTANA'],
    ['pb.hoshiarpur', 'jain colony', 'JAIN COLONY'],
    ['pb.phagwara', 'ਸੈਣੀ ਮੁਹੱਲਾ', 'Saini Mohalla'],
  ])('in %s, %s -> %s first', (tenantId, query, name) => {
    expect(matchLocalities(tenantId, query)[0]?.item.name).toBe(name);
  });

  it('only searches the given city', () => {
    expect(matchLocalities('pb.ludhiana', 'model town')).toEqual([]);
    for (const match of matchLocalities('pb.jalandhar', 'nagar', { limit: 20 }))
      expect(match.item.tenantId).toBe('pb.jalandhar');
  });
});

describe('matchComplaintTypes', () => {
  it.each([
    ['street light not working', 'StreetLights'],
    ['बत्ती खराब है', 'StreetLights'],
    ['ਲਾਈਟ ਨਹੀਂ ਜਗਦੀ', 'StreetLights'],
    ['ଆଲୋକ ନାହିଁ', 'StreetLights'],
    ['garbage', 'Garbage'],
    ['कूड़ा', 'Garbage'],
    ['ਕੂੜਾ ਨਹੀਂ ਚੁੱਕਿਆ', 'Garbage'],
    ['garbge', 'Garbage'],
    ['sewer blocked', 'WaterandSewage'],
    ['पानी नहीं आ रहा', 'WaterandSewage'],
    ['stray dogs', 'Animals'],
    ['pothole on road', 'RoadsAndFootpaths'],
    ['mosquito', 'Mosquitos'],
    ['the light near my house is not working since 3 days', 'StreetLights'],
  ])('%s -> a %s type first', (text, category) => {
    const [first] = matchComplaintTypes(text);
    expect(first?.item.category).toBe(category);
    expect(first?.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it.each(['xqzv', 'xyz abc', 'hello', 'the is of', 'no', 'ok', 'thanks', 'नहीं', 'my city'])(
    'finds nothing for %j',
    (text) => {
      expect(matchComplaintTypes(text)).toEqual([]);
    },
  );

  it('prefers the type whose name says it all', () => {
    expect(matchComplaintTypes('street light not working')[0]?.item.serviceCode).toBe(
      'StreetLightNotWorking',
    );
    expect(matchComplaintTypes('no water')[0]?.item.serviceCode).toMatch(/^(NoWaterSupply|ShortageOfWater)$/);
  });

  it("counts keywords of the citizen's language and English fully, others a little less", () => {
    const score = (options = {}) => matchComplaintTypes('ଆଲୋକ', options)[0]?.score ?? 0;
    expect(score({ language: 'or' })).toBe(score());
    expect(score({ language: 'hi' })).toBeLessThan(score({ language: 'or' }));
    expect(score({ language: 'hi' })).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('leaves out inactive types unless asked', () => {
    const codes = (options = {}) =>
      matchComplaintTypes('traffic light', { limit: 20, ...options }).map((match) => match.item.serviceCode);
    expect(codes()).not.toContain('ReplacementOfTrafficLights');
    expect(codes({ includeInactive: true })[0]).toBe('ReplacementOfTrafficLights');
  });
});

describe('transliterateToLatin', () => {
  it.each([
    ['अमृतसर', 'amritsar'],
    ['ਜਲੰਧਰ', 'jalandhar'],
    ['ଲୁଧିଆନା', 'ludhiaanaa'],
    ['ਪੱਟੀ', 'pattii'],
    ['फ़िरोज़पुर', 'firozpur'],
    ['Zirakpur 2', 'Zirakpur 2'],
  ])('%s -> %s', (text, latin) => {
    expect(transliterateToLatin(text)).toBe(latin);
  });
});

describe('repeated queries', () => {
  it.each([
    ['cities', (limit: number) => matchCities('kot', { limit })],
    ['localities', (limit: number) => matchLocalities('pb.amritsar', 'nagar', { limit })],
    ['complaint types', (limit: number) => matchComplaintTypes('water not coming', { limit })],
  ])(
    '%s: the same answer again, cut to each limit, whatever the caller did to an earlier one',
    (_, match) => {
      const first = match(3);
      const expected = JSON.parse(JSON.stringify(first));
      expect(first).toHaveLength(3);
      first.length = 0;
      expect(match(3)).toEqual(expected);
      expect(match(1)).toEqual(expected.slice(0, 1));
    },
  );
});
