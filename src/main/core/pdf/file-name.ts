// The exported plan's file name: the hire's name kept in its own script (a Greek, Cyrillic or
// Japanese name must not become "hire"), Latin letters transliterated, and nothing any OS refuses.
import slugify from '@sindresorhus/slugify';

/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Refused on Windows or special elsewhere: < > : " / \ | ? * and control characters. */
const UNSAFE = /[<>:"/\\|?*\p{Cc}]+/gu;

/**
 * A slug of `name` in any script: @sindresorhus/slugify transliterates what it can (Łukasz →
 * lukasz, Дмитрий → dmitrij); anything left without letters (Japanese) keeps its own letters,
 * with unsafe characters and spaces made hyphens.
 */
export function nameSlug(name: string, fallback = 'hire', maxLength = 60): string {
  let slug = slugify(name);
  if (!/[\p{L}\p{N}]/u.test(slug)) {
    slug = name
      .normalize('NFC')
      .replace(UNSAFE, '-')
      .replace(/[\s\p{P}\p{S}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase();
  }
  // Cut by code points, so a surrogate pair is never split; Windows also refuses a trailing dot.
  slug = [...slug]
    .slice(0, maxLength)
    .join('')
    .replace(/[-.]+$/g, '');
  if (!slug || RESERVED.test(slug)) return slug ? `${slug}-${fallback}` : fallback;
  return slug;
}

export function planFileName(hireName: string, version: number, audience: 'hire' | 'manager'): string {
  const who = nameSlug(hireName);
  return audience === 'hire'
    ? `coaching-plan-${who}-v${version}.pdf`
    : `coaching-plan-${who}-v${version}-manager.pdf`;
}
