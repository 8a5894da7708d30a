/** Languages the chat bot speaks: English, Hindi (Devanagari), Punjabi (Gurmukhi) and Odia (Odia script). */
export type Language = 'en' | 'hi' | 'pa' | 'or';

export const languages: readonly Language[] = ['en', 'hi', 'pa', 'or'];

/** The same text in every language the chat bot speaks. */
export type LocalizedText = Readonly<Record<Language, string>>;

/** Search words per language, matched against what a citizen types. */
export type LocalizedKeywords = Readonly<Record<Language, readonly string[]>>;

/** An urban local body of Punjab, addressed by its DIGIT tenant id. */
export interface City {
  /** DIGIT tenant id, e.g. `pb.amritsar`. */
  readonly tenantId: string;
  /** DIGIT city code, e.g. `107`. */
  readonly cityCode: string;
  readonly names: LocalizedText;
  /** Other spellings and official names citizens use, e.g. `SAS Nagar` for Mohali. */
  readonly aliases: readonly string[];
  /** District as recorded in the source, which is not always consistent (`Ropar` and `Roopnagar` both occur). */
  readonly district: string | null;
  readonly districtCode: string | null;
  /** Municipal Corporation, Municipal Council or Nagar Panchayat. */
  readonly ulbType: string;
  /** For example `MC Class I` or `NP`. */
  readonly ulbGrade: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
}

/** A locality (mohalla, colony) of a city, as the complaint module knows it. */
export interface Locality {
  /** DIGIT boundary code, unique within its city, e.g. `ALOC-205`. */
  readonly code: string;
  /** Locality name without the ward suffix some sources append. */
  readonly name: string;
  readonly tenantId: string;
  /** Ward, normalised to `Ward <n>`. */
  readonly ward: string;
  readonly zone: string;
}

export interface Department {
  /** DIGIT department code, e.g. `DEPT_1`. */
  readonly code: string;
  readonly name: string;
}

/** A group of complaint types, shown as the first menu level. */
export interface ComplaintCategory {
  /** DIGIT menu path, e.g. `StreetLights`; `Others` for types the source leaves without one. */
  readonly code: string;
  readonly names: LocalizedText;
  /** False when every complaint type in the category is inactive. */
  readonly active: boolean;
}

/** A kind of grievance a citizen can file, as defined for the complaint module. */
export interface ComplaintType {
  /** DIGIT service code, e.g. `StreetLightNotWorking`. */
  readonly serviceCode: string;
  /** Code of the category this type belongs to. */
  readonly category: string;
  /** Menu path exactly as in the source; empty for uncategorised types. */
  readonly menuPath: string;
  readonly department: Department;
  /** Hours the department has to resolve the complaint before it is escalated. */
  readonly slaHours: number;
  /** Inactive types exist in the master data but are not offered to citizens. */
  readonly active: boolean;
  /** Position in the source's menu order, when it gives one. */
  readonly order: number | null;
  readonly names: LocalizedText;
  /** The label in the source master data, which carries some spelling mistakes the localized names correct. */
  readonly sourceName: string;
  readonly keywords: LocalizedKeywords;
}

/** One result of a fuzzy search: the item and how well it matched, from 0 (not at all) to 1 (exactly). */
export interface Match<T> {
  readonly item: T;
  readonly score: number;
}

export interface MatchOptions {
  /** Most results to return; 5 when absent. */
  readonly limit?: number;
}

export interface ComplaintMatchOptions extends MatchOptions {
  /**
   * The citizen's chat language. Keywords in it and in English count fully; keywords of the other languages count
   * a little less, so a word spelt the same in two languages resolves toward the citizen's.
   */
  readonly language?: Language;
  /** Also consider complaint types that are not offered to citizens. */
  readonly includeInactive?: boolean;
}
