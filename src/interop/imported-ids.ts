/** How ids were slugged before issue 18: lower case, other characters as one hyphen, none at either end. */
export function looseSlug(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A slug of a dataset's own id that no other id shares. An ordinary id keeps the slug it always had
 * (`MLI9001` → `mli9001`): one that `readBack` turns into the id again, so no two ordinary ids share
 * it. Any other id (`MLI 9001/../x`, which the loose slug made `mli-9001-x` like `MLI-9001-X`) gets
 * its loose slug, `.x` and the hex of its UTF-8 bytes: ordinary slugs hold no dot, and the hex differs
 * whenever the ids do.
 */
export function importedIdSlug(id: string, readBack: (slug: string) => string): string {
  const slug = looseSlug(id);
  if (slug !== '' && readBack(slug) === id) return slug;
  const hex = Array.from(new TextEncoder().encode(id), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${slug || 'id'}.x${hex}`;
}
