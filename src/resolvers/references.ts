// How every reference field resolves: no id, no object; only `id` selected, no upstream call; otherwise the
// request's DataLoader fetches it (null when HighLevel no longer has it, a coded error at this path when it fails).
import type { GraphQLResolveInfo } from 'graphql';
import type { ReferenceModel } from './models.js';
import { selectsOnlyId } from './selection.js';

export async function resolveReference<Dto extends { id?: string }>(
  id: string | null | undefined,
  info: GraphQLResolveInfo,
  load: (id: string) => Promise<Dto | null | undefined>,
): Promise<ReferenceModel<Dto> | null> {
  if (!id) return null;
  if (selectsOnlyId(info)) {
    const unloaded: Partial<Dto> = {};
    return { ...unloaded, id };
  }
  const dto = await load(id);
  return dto ? { ...dto, id } : null;
}
