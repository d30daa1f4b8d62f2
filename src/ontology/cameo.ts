/** CAMEO event codes and the PLOVER mapping, as typed lookups over the generated table. */
import { CAMEO_ROWS } from './cameo-table.js';

export type CameoCode = (typeof CAMEO_ROWS)[number][0];
export type QuadClass = 1 | 2 | 3 | 4;

export const PLOVER_EVENTS = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'COOPERATE',
  'AID',
  'CONCEDE',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'MOBILIZE',
  'SANCTION',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverEvent = (typeof PLOVER_EVENTS)[number];

export interface CameoEntry {
  readonly code: string;
  readonly root: string;
  readonly name: string;
  readonly goldstein: number;
  readonly quadClass: QuadClass;
  readonly plover: {
    readonly event: PloverEvent | null;
    readonly mode: string | null;
    readonly context: string | null;
  };
  /** Verbal (roots 01-05, 09-13) or material (06-08, 14-20). */
  readonly kind: 'verbal' | 'material';
}

const TABLE: ReadonlyMap<string, CameoEntry> = new Map(
  CAMEO_ROWS.map(([code, root, name, goldstein, quad, event, mode, context]) => [
    code,
    Object.freeze({
      code,
      root,
      name,
      goldstein,
      quadClass: quad as QuadClass,
      plover: Object.freeze({ event: event as PloverEvent | null, mode, context }),
      kind: quad === 1 || quad === 3 ? 'verbal' : 'material',
    } satisfies CameoEntry),
  ]),
);

export function cameoEntry(code: string): CameoEntry | undefined {
  return TABLE.get(code);
}

export function isCameoCode(code: string): boolean {
  return TABLE.has(code);
}

/** All codes, in codebook order. */
export function cameoCodes(): readonly CameoEntry[] {
  return [...TABLE.values()];
}

export const CAMEO_ROOTS = [
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
] as const;
