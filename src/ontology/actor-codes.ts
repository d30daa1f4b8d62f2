/** CAMEO actor codes (countries, organisations, regions, roles), as typed lookups over the generated table. */
import { ACTOR_CODE_ROWS } from './actor-code-table.js';

export type ActorCodeKind = (typeof ACTOR_CODE_ROWS)[number][0];

export interface ActorCodeEntry {
  readonly kind: ActorCodeKind;
  readonly code: string;
  readonly name: string;
}

const BY_CODE: ReadonlyMap<string, ActorCodeEntry> = new Map(
  ACTOR_CODE_ROWS.map(([kind, code, name]) => [code, Object.freeze({ kind, code, name })]),
);

export function actorCodeEntry(code: string): ActorCodeEntry | undefined {
  return BY_CODE.get(code);
}

export function actorCodesOfKind(kind: ActorCodeKind): readonly ActorCodeEntry[] {
  return [...BY_CODE.values()].filter((e) => e.kind === kind);
}
