import {
  getCity,
  getComplaintType,
  type Language,
  listComplaintCategories,
  listComplaintTypes,
  listLocalities,
  type Match,
  matchCities,
  matchComplaintTypes,
  matchLocalities,
} from '@seva/master-data';
import type { FlowDefinition } from '../engine/flow.js';
import type { Answers, LocationPin, Photo } from '../engine/types.js';

/** Most photos a complaint takes, as in DIGIT's PGR. */
export const maxPhotos = 3;
/** A search result this good, and this far ahead of the next, is taken without asking. */
const clearScore = 0.9;
const clearLead = 0.1;
const somethingElse = 'other';

const isClear = (matches: readonly Match<unknown>[]) =>
  matches[0] !== undefined &&
  matches[0].score >= clearScore &&
  (matches[1] === undefined || matches[0].score - matches[1].score >= clearLead);

const cityName = (tenantId: unknown, language: Language) =>
  typeof tenantId === 'string' ? (getCity(tenantId)?.names[language] ?? tenantId) : '';
const typeName = (code: unknown, language: Language) =>
  typeof code === 'string' ? (getComplaintType(code)?.names[language] ?? code) : '';
const localityOf = (answers: Answers) => {
  const value = answers.locality;
  if (typeof value !== 'string') return undefined;
  const known = listLocalities(String(answers.city)).find((locality) => locality.code === value);
  return known ? { code: known.code, name: known.name } : { code: null, name: value };
};
const chosenType = (answers: Answers) =>
  answers.type === somethingElse ? answers.typeInCategory : answers.type;

/**
 * Filing a grievance, in as few messages as the facts allow: the description comes before the type, so the
 * type can be proposed from what the citizen wrote; a clear city or locality match is taken without a list.
 */
export const fileComplaint: FlowDefinition = {
  id: 'file-complaint',
  submittedMessage: 'complaint.submitted',
  steps: [
    {
      id: 'city',
      kind: 'choice',
      label: 'complaint.field.city',
      resets: ['locality'],
      prompt: ({ t }) => t('complaint.city.prompt'),
      pick: 'complaint.city.pick',
      search: (query, { language }) => {
        const matches = matchCities(query, { limit: 9 });
        return {
          clear: isClear(matches),
          options: matches.map(({ item }) => ({
            id: item.tenantId,
            title: item.names[language],
            description: item.district ?? undefined,
          })),
        };
      },
      notFound: (query, { t }) => t('complaint.city.notFound', { query }),
    },
    {
      id: 'description',
      kind: 'text',
      label: 'complaint.field.description',
      minLength: 10,
      maxLength: 1000,
      tooShort: 'complaint.description.tooShort',
      prompt: ({ t }) => t('complaint.description.prompt'),
    },
    {
      id: 'type',
      kind: 'choice',
      label: 'complaint.field.type',
      resets: ['category', 'typeInCategory'],
      prompt: ({ t }) => t('complaint.type.pick'),
      options: ({ t, language, answers }) => [
        ...matchComplaintTypes(String(answers.description ?? ''), { language, limit: 2 }).map(({ item }) => ({
          id: item.serviceCode,
          title: item.names[language],
        })),
        { id: somethingElse, title: t('complaint.type.other') },
      ],
    },
    {
      id: 'category',
      kind: 'choice',
      when: (answers) => answers.type === somethingElse,
      prompt: ({ t }) => t('complaint.category.pick'),
      options: ({ language }) =>
        listComplaintCategories()
          .filter((category) => category.active)
          .map((category) => ({ id: category.code, title: category.names[language] })),
    },
    {
      id: 'typeInCategory',
      kind: 'choice',
      when: (answers) => answers.type === somethingElse,
      prompt: ({ t }) => t('complaint.typeInCategory.pick'),
      options: ({ language, answers }) =>
        listComplaintTypes(String(answers.category))
          .filter((type) => type.active)
          .map((type) => ({ id: type.serviceCode, title: type.names[language] })),
    },
    {
      id: 'locality',
      kind: 'choice',
      label: 'complaint.field.locality',
      prompt: ({ t, answers, language }) =>
        t('complaint.locality.prompt', { city: cityName(answers.city, language) }),
      pick: 'complaint.locality.pick',
      search: (query, { answers }) => {
        const matches = matchLocalities(String(answers.city), query, { limit: 9 });
        return {
          clear: isClear(matches),
          options: matches.map(({ item }) => ({ id: item.code, title: item.name, description: item.ward })),
        };
      },
      // Only the pilot cities' localities are known; elsewhere the citizen's own words are kept.
      acceptText: ({ answers }) => listLocalities(String(answers.city)).length === 0,
      notFound: (query, { t, answers, language }) =>
        t('complaint.locality.notFound', { query, city: cityName(answers.city, language) }),
    },
    {
      id: 'location',
      kind: 'location',
      label: 'complaint.field.location',
      prompt: ({ t }) => t('complaint.location.prompt'),
    },
    {
      id: 'photos',
      kind: 'photos',
      label: 'complaint.field.photos',
      max: maxPhotos,
      prompt: ({ t }) => t('complaint.photos.prompt', { max: maxPhotos }),
    },
  ],
  summary: ({ t, answers, language }) =>
    t('complaint.summary', {
      city: cityName(answers.city, language),
      type: typeName(chosenType(answers), language),
      locality: localityOf(answers)?.name ?? t('common.notGiven'),
      description: String(answers.description ?? '').slice(0, 600),
      pin: answers.location ? t('complaint.summary.pinGiven') : t('common.notGiven'),
      photos: Array.isArray(answers.photos) ? answers.photos.length : 0,
    }),
  complete: (answers) => ({ kind: 'file-complaint', answers }),
};

/** The filing command's fields, read from a completed flow's answers. */
export function complaintFromAnswers(answers: Answers) {
  const locality = localityOf(answers);
  const pin = answers.location as LocationPin | null | undefined;
  return {
    tenantId: String(answers.city),
    complaintType: String(chosenType(answers)),
    description: String(answers.description),
    localityCode: locality?.code ?? null,
    localityName: locality?.name ?? null,
    latitude: pin?.latitude ?? null,
    longitude: pin?.longitude ?? null,
    photos: (Array.isArray(answers.photos) ? answers.photos : []) as Photo[],
  };
}
