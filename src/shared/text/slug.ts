// File names and ids from people's and roles' names: lower-case ASCII letters, digits and hyphens.

// Letters that Unicode decomposition does not reduce to a plain ASCII letter.
const SPECIAL: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  đ: 'd',
  Đ: 'd',
  þ: 'th',
  Þ: 'th',
};

export function slug(value: string, fallback = 'entry', maxLength = 48): string {
  const base = value
    .replace(/[łŁøØæÆœŒßđĐþÞ]/g, (char) => SPECIAL[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return base || fallback;
}
