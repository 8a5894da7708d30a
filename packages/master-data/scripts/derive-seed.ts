/**
 * Regenerates data/*.json from the Punjab DIGIT reference extracts and this project's own names and keywords.
 *
 *   pnpm exec tsx scripts/derive-seed.ts [reference-folder]
 *
 * The folder defaults to ../../../shared/reference relative to this package. Only this script reads it; the
 * library and its tests load the committed seed files.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { City, ComplaintCategory, ComplaintType, Language, Locality } from '../src/types.js';
import { languages } from '../src/types.js';
import { cityNames } from './city-names.js';
import { categoryText, complaintText, uncategorised } from './complaint-text.js';
import { transliterateToOdia } from './transliterate-to-odia.js';

interface TenantRecord {
  code: string;
  cityCode: string;
  district?: string;
  districtCode?: string;
  ulbType: string;
  ulbGrade: string;
  latitude?: number;
  longitude?: number;
  isUlb: boolean;
}

interface BoundaryRecord {
  tenantId: string;
  zone: string;
  ward: string;
  code: string;
  name: string;
}

interface ServiceDefinition {
  serviceCode: string;
  name: string;
  menuPath: string;
  department: string;
  departmentName: string;
  slaHours: number;
  active: boolean;
  order?: number;
}

const repository = 'public Punjab DIGIT master data (pmidc-digit/punjab-mdms-data, branch PROD_V2)';
const pilotCities = ['pb.amritsar', 'pb.jalandhar', 'pb.hoshiarpur', 'pb.phagwara', 'pb.zirakpur'];
// Spelling mistakes in the source's department names, corrected for display.
const departmentSpelling: Record<string, string> = { Hotriculture: 'Horticulture' };

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const referenceFolder = resolve(packageRoot, process.argv[2] ?? '../../../shared/reference');

function readReference<T>(file: string): T {
  return JSON.parse(readFileSync(resolve(referenceFolder, file), 'utf8')) as T;
}

function writeSeed(file: string, content: object): string {
  const path = resolve(packageRoot, 'data', file);
  writeFileSync(path, `${JSON.stringify(content, null, 2)}\n`);
  return path;
}

function titleCase(text: string): string {
  return text.replace(/^\p{Ll}/u, (first) => first.toUpperCase());
}

function nfc<T extends Record<Language, string>>(texts: T): T {
  return Object.fromEntries(languages.map((language) => [language, texts[language].normalize('NFC')])) as T;
}

function deriveCities(): City[] {
  const tenants = readReference<TenantRecord[]>('pb-tenants.json').filter((tenant) => tenant.isUlb);
  return tenants
    .map((tenant): City => {
      const names = cityNames.get(tenant.code);
      if (!names) throw new Error(`no names written for ${tenant.code} in scripts/city-names.ts`);
      return {
        tenantId: tenant.code,
        cityCode: tenant.cityCode,
        names: nfc({
          en: names.en,
          hi: names.hi,
          pa: names.pa,
          or: names.or ?? transliterateToOdia(names.hi),
        }),
        aliases: names.aliases ?? [],
        district: tenant.district ? titleCase(tenant.district) : null,
        districtCode: tenant.districtCode ?? null,
        ulbType: tenant.ulbType,
        ulbGrade: tenant.ulbGrade,
        latitude: tenant.latitude ?? null,
        longitude: tenant.longitude ?? null,
      };
    })
    .sort((a, b) => a.tenantId.localeCompare(b.tenantId));
}

// Boundary names often repeat the ward ("Gobind Nagar - Ward 43", "Pati Malkon Di - W34 - Ward 34",
// "GREEN ENCLAVE - Ward_20", "Guru Gobind Singh Nagar - W12-Z6"); the ward is kept in its own field instead.
function cleanLocalityName(name: string): string {
  return name
    .replace(/\s*-\s*ward[\s_]*\d+\s*$/i, '')
    .replace(/\s*-\s*w\s*\d+(-z\w+)?\s*$/i, '')
    .replace(/\s*-\s*ward[\s_]*\d+\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function normaliseWard(ward: string): string {
  const number = /(\d+)/.exec(ward)?.[1];
  return number ? `Ward ${Number(number)}` : ward.trim();
}

function deriveLocalities(cities: readonly City[]): Locality[] {
  const known = new Set(cities.map((city) => city.tenantId));
  const records = readReference<BoundaryRecord[]>('localities-pilot.json');
  const localities = records.map((record): Locality => {
    if (!known.has(record.tenantId))
      throw new Error(`locality ${record.code} names unknown city ${record.tenantId}`);
    return {
      code: record.code,
      name: cleanLocalityName(record.name) || record.name.trim(),
      tenantId: record.tenantId,
      ward: normaliseWard(record.ward),
      zone: record.zone,
    };
  });
  for (const city of pilotCities)
    if (!localities.some((locality) => locality.tenantId === city))
      throw new Error(`no localities for ${city}`);
  return localities;
}

function keywordsOf(category: string, serviceCode: string): Record<Language, string[]> {
  const own = complaintText.get(serviceCode);
  const shared = categoryText.get(category);
  if (!own)
    throw new Error(`no names written for complaint type ${serviceCode} in scripts/complaint-text.ts`);
  if (!shared) throw new Error(`no names written for category ${category} in scripts/complaint-text.ts`);
  return Object.fromEntries(
    languages.map((language) => [
      language,
      [
        ...new Set(
          [...shared.keywords[language], ...own.keywords[language]].map((word) => word.normalize('NFC')),
        ),
      ],
    ]),
  ) as Record<Language, string[]>;
}

function deriveComplaints(): { categories: ComplaintCategory[]; complaintTypes: ComplaintType[] } {
  const definitions = readReference<ServiceDefinition[]>('pgr-service-defs.json');
  const complaintTypes = definitions.map((definition): ComplaintType => {
    const category = definition.menuPath || uncategorised;
    const text = complaintText.get(definition.serviceCode);
    if (!text) throw new Error(`no names written for complaint type ${definition.serviceCode}`);
    return {
      serviceCode: definition.serviceCode,
      category,
      menuPath: definition.menuPath,
      department: {
        code: definition.department,
        name: departmentSpelling[definition.departmentName] ?? definition.departmentName,
      },
      slaHours: definition.slaHours,
      active: definition.active,
      order: definition.order ?? null,
      names: nfc(text.names),
      sourceName: definition.name,
      keywords: keywordsOf(category, definition.serviceCode),
    };
  });
  const used = new Set(complaintTypes.map((type) => type.category));
  const categories = [...categoryText]
    .filter(([code]) => used.has(code))
    .map(
      ([code, text]): ComplaintCategory => ({
        code,
        names: nfc(text.names),
        active: complaintTypes.some((type) => type.category === code && type.active),
      }),
    );
  for (const code of used)
    if (!categoryText.has(code)) throw new Error(`no names written for category ${code}`);
  return { categories, complaintTypes };
}

const cities = deriveCities();
const localities = deriveLocalities(cities);
const { categories, complaintTypes } = deriveComplaints();

const written = [
  writeSeed('cities.json', {
    source: `Derived from ${repository}: data/pb/tenant/tenants.json (urban local bodies only). English display names, aliases and the Hindi, Punjabi and Odia names are this project's own (scripts/city-names.ts); Odia is transliterated from the Hindi.`,
    cities,
  }),
  writeSeed('localities.json', {
    source: `Derived from ${repository}: data/pb/<city>/egov-location/boundary-data.json, ADMIN hierarchy (the one the complaint module uses), for the pilot cities ${pilotCities.join(', ')}. Ward suffixes were moved from names into the ward field.`,
    localities,
  }),
  writeSeed('complaint-types.json', {
    source: `Derived from ${repository}: data/pb/RAINMAKER-PGR/ServiceDefs.json, with department names from data/pb/common-masters/Department.json. Category and type names in English, Hindi, Punjabi and Odia and all keywords are this project's own (scripts/complaint-text.ts); the source label is kept as sourceName.`,
    categories,
    complaintTypes,
  }),
];
// The repository's formatter owns the layout of JSON files, so the seed files pass the lint check as written.
execFileSync('pnpm', ['exec', 'biome', 'format', '--write', ...written], {
  cwd: packageRoot,
  stdio: 'inherit',
});

console.log(
  `wrote ${cities.length} cities, ${localities.length} localities, ${categories.length} categories, ${complaintTypes.length} complaint types`,
);
