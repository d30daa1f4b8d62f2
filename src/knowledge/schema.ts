/**
 * The schema of the knowledge data files (`knowledge/*.jsonl` at the package root, one JSON object a
 * line). `validateKnowledgeFile` checks every row and returns every bad one as `file:line: what is
 * wrong`, so a broken table is reported in one go.
 */
import { z } from 'zod';

export const SECTOR_CODES = [
  'GOV',
  'MIL',
  'COP',
  'JUD',
  'LEG',
  'SPY',
  'OPP',
  'PTY',
  'REB',
  'INS',
  'SEP',
  'UAF',
  'CVL',
  'BUS',
  'CRM',
  'MED',
  'EDU',
  'HLH',
  'HRI',
  'LAB',
  'REF',
  'ELI',
  'AGR',
  'DEV',
  'ENV',
  'REL',
  'MNC',
  'NGO',
  'IGO',
] as const;

const sector = z.enum(SECTOR_CODES);
const country3 = z.string().regex(/^[A-Z]{3}$/, 'a three-letter country code');
/** Generic and region codes that the coding guide forbids as an organisation's country. */
const NOT_A_COUNTRY = new Set(['IMG', 'UIS', 'INT', 'IGO', 'NGO', 'NGM', 'MNC']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');
const name = z.string().trim().min(1, 'an empty name');

export const countryRow = z.strictObject({
  code: country3,
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  names: z.array(name).min(1),
  adjectives: z.array(name),
  demonyms: z.array(name),
  capital: name.nullable(),
  metonyms: z.array(z.strictObject({ text: name, sector })),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const organizationRow = z
  .strictObject({
    code: z.string().regex(/^[A-Z][A-Z0-9]{2,14}$/, 'a CAMEO actor code'),
    kind: z.enum(['igo', 'ngo', 'img', 'party', 'armed-group', 'company', 'media', 'other']),
    names: z.array(name).min(1),
    country: country3.nullable(),
    sector,
    source: z.enum(['hand', 'phoenix']).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.country && NOT_A_COUNTRY.has(o.country))
      ctx.addIssue({ code: 'custom', message: `country ${o.country} is not a country (coding guide)` });
    if (o.source === 'phoenix' && o.kind === 'armed-group' && !o.country)
      ctx.addIssue({ code: 'custom', message: 'an armed group needs the country where it operates' });
    if (o.kind === 'armed-group' && !['REB', 'INS', 'SEP', 'UAF', 'CRM', 'OPP', 'MIL'].includes(o.sector))
      ctx.addIssue({ code: 'custom', message: `armed group with sector ${o.sector}` });
  });

export const personRow = z
  .strictObject({
    /** The person's key: the full name as news writes it (rows with the same key are one person). */
    person: name,
    /** All written forms (given once, on any row of the person). */
    names: z.array(name).optional(),
    country: z.string().regex(/^[A-Z]{3}$/),
    sector,
    title: z.string(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    source: z.enum(['hand', 'phoenix']).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.from && r.to && r.from > r.to)
      ctx.addIssue({ code: 'custom', message: `role ends (${r.to}) before it starts (${r.from})` });
  });

export const sectorRow = z.strictObject({
  text: name,
  sector,
  kind: z.enum(['title', 'group', 'person']),
  plural: name.optional(),
});

export const stoplistRow = z.strictObject({ word: name });

/** A name that is an actor only where the context makes it one (see `knowledge/ambiguous.jsonl`). */
export const ambiguousRow = z.strictObject({
  name,
  /** What else the name is: a place, a person's given name, a U.S. state, a common word. */
  also: z.enum(['place', 'person', 'us-state', 'word']),
  /**
   * The rule: `place-suffix` (not an actor before Park/Street/...), `speech-subject` (an actor only
   * as the subject of a speech or policy verb, or with a country context), `us-state` (the U.S.
   * state when U.S. places or politics surround it), `person` (a person when a given name or title
   * precedes it).
   */
  rules: z.array(z.enum(['place-suffix', 'speech-subject', 'us-state', 'person'])).min(1),
  note: z.string().optional(),
});

export type PersonRow = z.infer<typeof personRow>;
export type AmbiguousRow = z.infer<typeof ambiguousRow>;

/** Parses one JSONL text; returns the rows that passed and one message per bad row. */
export function validateKnowledgeFile<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
): { rows: { line: number; value: T }[]; errors: string[] } {
  const rows: { line: number; value: T }[] = [];
  const errors: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '' || raw.startsWith('//')) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      errors.push(`${file}:${i + 1}: not JSON (${err instanceof Error ? err.message : String(err)})`);
      continue;
    }
    const r = schema.safeParse(json);
    if (r.success) rows.push({ line: i + 1, value: r.data });
    else
      errors.push(
        `${file}:${i + 1}: ${r.error.issues.map((e) => `${e.path.length ? `${e.path.join('.')}: ` : ''}${e.message}`).join('; ')}`,
      );
  }
  return { rows, errors };
}
