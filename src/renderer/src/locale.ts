// The language dates and numbers are written in, and the day weeks start on: the system's (the
// browser's or Electron's languages) unless the manager picks one in Settings → Appearance. English
// (UK) is built in; every other date-fns locale loads on first use, so the first screen stays small.
import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';

type Loader = () => Promise<Locale>;

/** The locales offered, by BCP 47 tag, with their names in their own language. */
export const LOCALES: Record<string, { name: string; load: Loader }> = {
  'en-GB': { name: 'English (UK)', load: () => Promise.resolve(enGB) },
  'en-US': { name: 'English (US)', load: () => import('date-fns/locale/en-US').then((m) => m.enUS) },
  'en-AU': { name: 'English (Australia)', load: () => import('date-fns/locale/en-AU').then((m) => m.enAU) },
  'en-CA': { name: 'English (Canada)', load: () => import('date-fns/locale/en-CA').then((m) => m.enCA) },
  'en-IE': { name: 'English (Ireland)', load: () => import('date-fns/locale/en-IE').then((m) => m.enIE) },
  'en-IN': { name: 'English (India)', load: () => import('date-fns/locale/en-IN').then((m) => m.enIN) },
  'en-NZ': { name: 'English (New Zealand)', load: () => import('date-fns/locale/en-NZ').then((m) => m.enNZ) },
  'en-ZA': {
    name: 'English (South Africa)',
    load: () => import('date-fns/locale/en-ZA').then((m) => m.enZA),
  },
  cs: { name: 'Čeština', load: () => import('date-fns/locale/cs').then((m) => m.cs) },
  da: { name: 'Dansk', load: () => import('date-fns/locale/da').then((m) => m.da) },
  de: { name: 'Deutsch', load: () => import('date-fns/locale/de').then((m) => m.de) },
  'de-AT': { name: 'Deutsch (Österreich)', load: () => import('date-fns/locale/de-AT').then((m) => m.deAT) },
  el: { name: 'Ελληνικά', load: () => import('date-fns/locale/el').then((m) => m.el) },
  es: { name: 'Español', load: () => import('date-fns/locale/es').then((m) => m.es) },
  fi: { name: 'Suomi', load: () => import('date-fns/locale/fi').then((m) => m.fi) },
  fr: { name: 'Français', load: () => import('date-fns/locale/fr').then((m) => m.fr) },
  'fr-CA': { name: 'Français (Canada)', load: () => import('date-fns/locale/fr-CA').then((m) => m.frCA) },
  he: { name: 'עברית', load: () => import('date-fns/locale/he').then((m) => m.he) },
  hi: { name: 'हिन्दी', load: () => import('date-fns/locale/hi').then((m) => m.hi) },
  hu: { name: 'Magyar', load: () => import('date-fns/locale/hu').then((m) => m.hu) },
  id: { name: 'Bahasa Indonesia', load: () => import('date-fns/locale/id').then((m) => m.id) },
  it: { name: 'Italiano', load: () => import('date-fns/locale/it').then((m) => m.it) },
  ja: { name: '日本語', load: () => import('date-fns/locale/ja').then((m) => m.ja) },
  ko: { name: '한국어', load: () => import('date-fns/locale/ko').then((m) => m.ko) },
  nb: { name: 'Norsk bokmål', load: () => import('date-fns/locale/nb').then((m) => m.nb) },
  nl: { name: 'Nederlands', load: () => import('date-fns/locale/nl').then((m) => m.nl) },
  pl: { name: 'Polski', load: () => import('date-fns/locale/pl').then((m) => m.pl) },
  pt: { name: 'Português', load: () => import('date-fns/locale/pt').then((m) => m.pt) },
  'pt-BR': { name: 'Português (Brasil)', load: () => import('date-fns/locale/pt-BR').then((m) => m.ptBR) },
  ro: { name: 'Română', load: () => import('date-fns/locale/ro').then((m) => m.ro) },
  ru: { name: 'Русский', load: () => import('date-fns/locale/ru').then((m) => m.ru) },
  sv: { name: 'Svenska', load: () => import('date-fns/locale/sv').then((m) => m.sv) },
  tr: { name: 'Türkçe', load: () => import('date-fns/locale/tr').then((m) => m.tr) },
  uk: { name: 'Українська', load: () => import('date-fns/locale/uk').then((m) => m.uk) },
  'zh-CN': { name: '中文（简体）', load: () => import('date-fns/locale/zh-CN').then((m) => m.zhCN) },
  'zh-TW': { name: '中文（繁體）', load: () => import('date-fns/locale/zh-TW').then((m) => m.zhTW) },
};

const STORAGE_KEY = 'rolebridge-locale';

/** The offered locale closest to the preferred languages: the exact tag, then the language alone. */
export function matchLocale(preferred: readonly string[]): string {
  const tags = Object.keys(LOCALES);
  for (const wanted of preferred) {
    const exact = tags.find((tag) => tag.toLowerCase() === wanted.toLowerCase());
    if (exact) return exact;
    const language = wanted.split('-')[0]?.toLowerCase() ?? '';
    if (language === 'en') return wanted.toLowerCase() === 'en' ? 'en-US' : 'en-GB';
    const sameLanguage = tags.find((tag) => tag.toLowerCase() === language);
    if (sameLanguage) return sameLanguage;
    const regional = tags.find((tag) => tag.split('-')[0]?.toLowerCase() === language);
    if (regional) return regional;
  }
  return 'en-GB';
}

let current: { tag: string; locale: Locale } = { tag: 'en-GB', locale: enGB };

/** The locale dates and numbers are written in now. */
export function currentLocale(): { tag: string; locale: Locale } {
  return current;
}

/** The day weeks start on in the current locale: 0 Sunday, 1 Monday, 6 Saturday. */
export function weekStartsOn(): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  return current.locale.options?.weekStartsOn ?? 1;
}

/** The locale the manager picked in Settings, or '' to follow the system. */
export function chosenLocale(): string {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY) ?? '';
    return stored in LOCALES ? stored : '';
  } catch {
    return '';
  }
}

/** The system's languages, as the browser (or Electron, from the operating system) reports them. */
export function systemLanguages(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

/** Loads and switches to the chosen locale ('' follows the system); answers the tag in use. */
export async function applyLocale(choice = chosenLocale()): Promise<string> {
  try {
    if (choice) window.localStorage.setItem(STORAGE_KEY, choice);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (private windows); the choice then lasts until the page closes.
  }
  const tag = choice || matchLocale(systemLanguages());
  const entry = LOCALES[tag] ?? LOCALES['en-GB'];
  try {
    current = { tag, locale: await (entry as (typeof LOCALES)[string]).load() };
  } catch {
    current = { tag: 'en-GB', locale: enGB };
  }
  return current.tag;
}
