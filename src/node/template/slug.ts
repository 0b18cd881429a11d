/**
 * File names for agencies: "Sở Nội vụ" → "so-noi-vu.xlsx". Vietnamese
 * letters folded to ASCII (đ → d), so the names survive e-mail, zip files and
 * any operating system, and `merge` can still read the agency from them.
 */

const MAX_SLUG = 80;

export function agencySlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
  return slug || 'co-quan';
}

/** One file name per agency, in the order given; two names folding alike get "-2", "-3" … */
export function templateFileNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = agencySlug(name);
    let file = `${base}.xlsx`;
    for (let n = 2; used.has(file); n++) file = `${base}-${n}.xlsx`;
    used.add(file);
    return file;
  });
}
