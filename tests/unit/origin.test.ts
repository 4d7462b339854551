import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAllowedExternal, isSameOrigin } from '../../src/main/electron/origin';

describe('desktop shell origin checks', () => {
  it('accepts exactly the app origin', () => {
    expect(isSameOrigin('app://rolebridge/index.html', APP_ORIGIN)).toBe(true);
    expect(isSameOrigin('app://rolebridge/#/hires', APP_ORIGIN)).toBe(true);
  });

  it('refuses look-alikes that a startsWith or includes check would let through', () => {
    for (const url of [
      'app://rolebridge.evil.com/',
      'app://rolebridgex/',
      'app://evil/?app://rolebridge',
      'https://rolebridge/',
      'app://user@rolebridge/',
      'file:///app://rolebridge',
      'not a url',
      '',
    ]) {
      expect(isSameOrigin(url, APP_ORIGIN), url).toBe(false);
    }
    expect(isSameOrigin(undefined, APP_ORIGIN)).toBe(false);
  });

  it('compares ports for the development server origin', () => {
    expect(isSameOrigin('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isSameOrigin('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  it('opens only allowlisted http(s) origins externally', () => {
    expect(isAllowedExternal('https://scrumguides.org/scrum-guide.html')).toBe(true);
    expect(isAllowedExternal('https://scrumguides.org.evil.com/')).toBe(false);
    expect(isAllowedExternal('http://scrumguides.org/')).toBe(false);
    expect(isAllowedExternal('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternal('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternal('https://user:pw@scrumguides.org/')).toBe(false);
  });
});
