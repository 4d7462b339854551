// `npm run serve`'s options (src/main/server/http/serve-options.ts): flags, their environment
// variables, defaults, and a one-line error naming the option for every bad or missing value.
import { describe, expect, it } from 'vitest';
import { OptionError, parseListen, parseServeOptions } from '../../src/main/server/http/serve-options';

const DB = 'postgres://rolebridge@localhost/rolebridge';
const SECRET = Buffer.alloc(32, 7).toString('base64');

function errorOf(run: () => unknown): OptionError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OptionError);
    return error as OptionError;
  }
  throw new Error('expected an OptionError');
}

describe('the team server’s options', () => {
  it('reads every flag', () => {
    const options = parseServeOptions(
      [
        '--database',
        DB,
        '--listen',
        '0.0.0.0:8080',
        '--public-origin',
        'https://rolebridge.example.com/',
        '--trust-proxy',
      ],
      {},
    );
    expect(options).toMatchObject({
      databaseUrl: DB,
      host: '0.0.0.0',
      port: 8080,
      publicOrigin: 'https://rolebridge.example.com',
      publicOriginDerived: false,
      trustProxy: true,
      secret: undefined,
    });
  });

  it('takes each option from its environment variable when the flag is absent, the flag winning', () => {
    const env = {
      ROLEBRIDGE_DATABASE_URL: DB,
      ROLEBRIDGE_LISTEN: '[::1]:9090',
      ROLEBRIDGE_PUBLIC_ORIGIN: 'https://team.example.org',
      ROLEBRIDGE_TRUST_PROXY: 'true',
      ROLEBRIDGE_SECRET: SECRET,
    };
    const options = parseServeOptions([], env);
    expect(options).toMatchObject({
      host: '::1',
      port: 9090,
      publicOrigin: 'https://team.example.org',
      trustProxy: true,
    });
    expect(options.secret?.length).toBe(32);
    expect(parseServeOptions(['--listen', '127.0.0.1:7000'], env).port).toBe(7000);
  });

  it('keeps at most --db-connections (or ROLEBRIDGE_DB_CONNECTIONS) connections, 10 by default', () => {
    expect(parseServeOptions(['--database', DB], {}).dbConnections).toBe(10);
    expect(parseServeOptions(['--database', DB, '--db-connections', '4'], {}).dbConnections).toBe(4);
    expect(parseServeOptions(['--database', DB], { ROLEBRIDGE_DB_CONNECTIONS: ' 6 ' }).dbConnections).toBe(6);
    for (const bad of ['0', '-1', '2.5', 'four', '501', '', '1e3']) {
      const error = errorOf(() => parseServeOptions(['--database', DB, `--db-connections=${bad}`], {}));
      expect(error.message).toMatch(/^--db-connections must be a whole number from 1 to 500/);
    }
  });

  it('defaults to 127.0.0.1:8080 and the localhost origin of that port', () => {
    const options = parseServeOptions(['--database', DB], {});
    expect(options).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      publicOrigin: 'http://localhost:8080',
      publicOriginDerived: true,
      trustProxy: false,
      ssoHeader: undefined,
    });
  });

  it('takes --sso-header (or ROLEBRIDGE_SSO_HEADER) only with --trust-proxy, refusing it in one line naming both', () => {
    const withProxy = parseServeOptions(
      ['--database', DB, '--trust-proxy', '--sso-header', 'X-Forwarded-Email'],
      {},
    );
    expect(withProxy.ssoHeader).toBe('X-Forwarded-Email');
    const fromEnv = parseServeOptions(['--database', DB], {
      ROLEBRIDGE_TRUST_PROXY: '1',
      ROLEBRIDGE_SSO_HEADER: 'X-Auth-Request-Email',
    });
    expect(fromEnv.ssoHeader).toBe('X-Auth-Request-Email');
    const alone = errorOf(() =>
      parseServeOptions(['--database', DB, '--sso-header', 'X-Forwarded-Email'], {}),
    );
    expect(alone.message).toMatch(/^--sso-header needs --trust-proxy/);
    expect(alone.message).not.toContain('\n');
    for (const name of ['Cookie', 'Origin', 'Sec-Fetch-Site', 'X Email', 'x:y'])
      expect(
        errorOf(() => parseServeOptions(['--database', DB, '--trust-proxy', '--sso-header', name], {}))
          .message,
      ).toMatch(/^--sso-header/);
  });

  it('names --database when it is missing or not a PostgreSQL URL, without echoing it', () => {
    expect(errorOf(() => parseServeOptions([], {})).message).toMatch(
      /^--database \(or ROLEBRIDGE_DATABASE_URL\) is required/,
    );
    const bad = errorOf(() => parseServeOptions(['--database', 'mysql://u:hunter2@h/db'], {}));
    expect(bad.message).toMatch(/^--database must be a URL starting postgres:\/\//);
    expect(bad.message).not.toContain('hunter2');
  });

  it.each(['8080', 'localhost', 'host:port', '1.2.3.4:99999', '1.2.3.4:0', '[nope]:80', 'a b:80', ''])(
    'names --listen for %j',
    (listen) => {
      expect(errorOf(() => parseServeOptions(['--database', DB, '--listen', listen], {})).message).toMatch(
        /^--listen/,
      );
    },
  );

  it('reads HOST:PORT, [IPv6]:PORT and :PORT', () => {
    expect(parseListen('rolebridge.internal:80')).toEqual({ host: 'rolebridge.internal', port: 80 });
    expect(parseListen('[::]:8080')).toEqual({ host: '::', port: 8080 });
    expect(parseListen(':8080')).toEqual({ host: '0.0.0.0', port: 8080 });
  });

  it('names --public-origin, ROLEBRIDGE_TRUST_PROXY and ROLEBRIDGE_SECRET for bad values', () => {
    for (const origin of ['rolebridge.example.com', 'https://x.example/app', 'ftp://x.example'])
      expect(
        errorOf(() => parseServeOptions(['--database', DB, '--public-origin', origin], {})).message,
      ).toMatch(/^--public-origin/);
    expect(
      errorOf(() => parseServeOptions(['--database', DB], { ROLEBRIDGE_TRUST_PROXY: 'maybe' })).message,
    ).toMatch(/^ROLEBRIDGE_TRUST_PROXY/);
    for (const secret of ['short', Buffer.alloc(16).toString('base64'), 'not base64 at all!'])
      expect(
        errorOf(() => parseServeOptions(['--database', DB], { ROLEBRIDGE_SECRET: secret })).message,
      ).toMatch(/^ROLEBRIDGE_SECRET/);
  });

  it('names an unknown flag in one line and answers --help without needing a database', () => {
    const unknown = errorOf(() => parseServeOptions(['--port', '80'], {}));
    expect(unknown.message).toContain('--port');
    expect(unknown.message).not.toContain('\n');
    expect(parseServeOptions(['--help'], {}).help).toBe(true);
  });
});
