import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  getCity,
  getComplaintType,
  languages,
  listCities,
  listComplaintCategories,
  listComplaintTypes,
  listLocalities,
} from '../src/index.js';

const allTypes = listComplaintTypes(undefined, { includeInactive: true });
const pilotCities = ['pb.amritsar', 'pb.jalandhar', 'pb.hoshiarpur', 'pb.phagwara', 'pb.zirakpur'];
const scripts = {
  hi: /\p{Script=Devanagari}/u,
  pa: /\p{Script=Gurmukhi}/u,
  or: /\p{Script=Oriya}/u,
} as const;

describe('seed files', () => {
  it.each(['cities.json', 'localities.json', 'complaint-types.json'])(
    '%s says where its facts come from',
    (file) => {
      const seed = JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')) as {
        source: string;
      };
      expect(seed.source).toMatch(/^Derived from public Punjab DIGIT master data/);
    },
  );
});

describe('cities', () => {
  it('has every urban local body of Punjab once', () => {
    const ids = listCities().map((city) => city.tenantId);
    expect(ids).toHaveLength(170);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^pb\.[a-z]+$/);
  });

  it('names every city in English, Hindi, Punjabi and Odia, each in its own script', () => {
    for (const city of listCities()) {
      for (const language of languages) expect(city.names[language].trim(), city.tenantId).not.toBe('');
      expect(city.names.en).toMatch(/^[A-Z][A-Za-z ]+$/);
      for (const [language, script] of Object.entries(scripts))
        expect(city.names[language as keyof typeof scripts], `${city.tenantId} ${language}`).toMatch(script);
    }
  });

  it('finds a city by tenant id', () => {
    expect(getCity('pb.amritsar')).toMatchObject({
      names: { en: 'Amritsar', hi: 'अमृतसर', pa: 'ਅੰਮ੍ਰਿਤਸਰ', or: 'ଅମୃତସର' },
      district: 'Amritsar',
      ulbType: 'Municipal Corporation',
    });
    expect(getCity('pb.jalandhar')?.names.or).toBe('ଜଲନ୍ଧର');
    expect(getCity('pb.testing')).toBeUndefined();
  });
});

describe('localities', () => {
  it.each(pilotCities)('exist for the pilot city %s', (tenantId) => {
    const localities = listLocalities(tenantId);
    expect(localities.length).toBeGreaterThan(100);
    expect(new Set(localities.map((locality) => locality.code)).size).toBe(localities.length);
    for (const locality of localities) {
      expect(locality.tenantId).toBe(tenantId);
      expect(locality.name).not.toBe('');
      expect(locality.name).not.toMatch(/- *ward/i);
      expect(locality.ward).toMatch(/^Ward \d+$/);
    }
  });

  it('is empty for a city without seed localities', () => {
    expect(listLocalities('pb.ludhiana')).toEqual([]);
  });
});

describe('complaint types', () => {
  it('has unique service codes and a department and SLA for each', () => {
    expect(allTypes).toHaveLength(103);
    expect(new Set(allTypes.map((type) => type.serviceCode)).size).toBe(allTypes.length);
    for (const type of allTypes) {
      expect(type.department.code, type.serviceCode).toMatch(/^DEPT_/);
      expect(type.department.name, type.serviceCode).not.toBe('');
      expect(type.slaHours, type.serviceCode).toBeGreaterThan(0);
    }
  });

  it('names each type and gives it keywords in English, Hindi, Punjabi and Odia', () => {
    for (const type of allTypes) {
      for (const language of languages) {
        expect(type.names[language].trim(), `${type.serviceCode} ${language}`).not.toBe('');
        expect(type.keywords[language].length, `${type.serviceCode} ${language}`).toBeGreaterThan(0);
      }
      for (const [language, script] of Object.entries(scripts))
        expect(type.names[language as keyof typeof scripts], `${type.serviceCode} ${language}`).toMatch(
          script,
        );
    }
  });

  it('belongs to a category named in all four languages', () => {
    const categories = listComplaintCategories({ includeInactive: true });
    const codes = new Set(categories.map((category) => category.code));
    for (const type of allTypes) expect(codes, type.serviceCode).toContain(type.category);
    for (const category of categories)
      for (const language of languages) expect(category.names[language].trim(), category.code).not.toBe('');
  });

  it('offers citizens only active types and categories unless asked', () => {
    expect(listComplaintTypes().every((type) => type.active)).toBe(true);
    expect(listComplaintTypes().length).toBe(66);
    expect(listComplaintCategories().every((category) => category.active)).toBe(true);
    expect(listComplaintTypes('StreetLights').map((type) => type.serviceCode)).toEqual([
      'NoStreetlight',
      'StreetLightNotWorking',
    ]);
  });

  it('finds a type by service code, inactive ones too', () => {
    expect(getComplaintType('StreetLightNotWorking')).toMatchObject({
      category: 'StreetLights',
      department: { code: 'DEPT_1', name: 'Street Lights' },
      slaHours: 96,
      active: true,
    });
    expect(getComplaintType('HowToPayPT')?.active).toBe(false);
    expect(getComplaintType('NoSuchType')).toBeUndefined();
  });
});
