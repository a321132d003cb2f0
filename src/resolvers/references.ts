// How every reference field resolves: no id, no object; an id that is not a HighLevel id, a coded error at this path
// and no upstream call; only what its `@upstreamCost(free: …)` lists selected (its key), no upstream call; otherwise
// the request's DataLoader fetches it (null when HighLevel no longer has it, a coded error at this path when it fails).
import type { GraphQLResolveInfo } from 'graphql';

import { selectsOnlyFreeFields } from '../cost-model.js';
import { referencedId } from './ids.js';
import type { LocatedReferenceModel } from './models.js';

export async function resolveReference<Dto extends { id?: string; locationId?: string }>(
  /** As HighLevel sent it: typed by its DTO, but nothing makes it a string. */
  rawId: unknown,
  locationId: string,
  info: GraphQLResolveInfo,
  load: (id: string) => Promise<Dto | null | undefined>,
): Promise<LocatedReferenceModel<Dto> | null> {
  const id = referencedId(rawId);
  if (id === null) return null;
  if (selectsOnlyFreeFields(info)) {
    const unloaded: Partial<Dto> = {};
    return { ...unloaded, id, locationId };
  }
  const dto = await load(id);
  return dto ? { ...dto, id, locationId: dto.locationId ?? locationId } : null;
}
