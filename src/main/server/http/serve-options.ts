// `npm run serve`'s options: each from its command-line flag or, when the flag is absent, from its
// environment variable. A bad or missing value is an OptionError whose message names the option and
// what to give instead, printed as one line (never a stack).
import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { ssoHeaderProblem } from '../auth/single-sign-on';

export class OptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OptionError';
  }
}

export interface ServeOptions {
  /** postgres:// or postgresql:// URL, handed to `pg` as it is. */
  databaseUrl: string;
  /** How many connections to PostgreSQL the server keeps open at most (its pool). */
  dbConnections: number;
  host: string;
  port: number;
  /** The origin browsers use, e.g. https://rolebridge.example.com. */
  publicOrigin: string;
  /** Whether the public origin was derived from --listen (no --public-origin given). */
  publicOriginDerived: boolean;
  trustProxy: boolean;
  /** The reverse proxy's header naming the signed-in person by email; undefined (off) by default. */
  ssoHeader: string | undefined;
  /** From ROLEBRIDGE_SECRET; undefined means a random secret for this start. */
  secret: Buffer | undefined;
  help: boolean;
}

export const DEFAULT_LISTEN = '127.0.0.1:8080';
/**
 * pg's own default. PostgreSQL's guidance for a pool is about twice the database server's cores:
 * more connections than that only make the statements wait on each other for CPU (docs/team.md).
 */
export const DEFAULT_DB_CONNECTIONS = 10;
export const MAX_DB_CONNECTIONS = 500;
export const SECRET_MIN_BYTES = 32;

export const USAGE = `Usage: npm run serve -- --database URL [--listen HOST:PORT] [--public-origin ORIGIN] [--trust-proxy]
                     [--sso-header NAME] [--db-connections N]

  --database URL          PostgreSQL to keep the team's data in, e.g. postgres://rolebridge@db/rolebridge
                          (env ROLEBRIDGE_DATABASE_URL)
  --db-connections N      connections to PostgreSQL kept open at most (default ${DEFAULT_DB_CONNECTIONS}; about twice
                          the database server's cores serves best) (env ROLEBRIDGE_DB_CONNECTIONS)
  --listen HOST:PORT      address to listen on (default ${DEFAULT_LISTEN}; 0.0.0.0:8080 for every
                          interface, [::1]:8080 for IPv6) (env ROLEBRIDGE_LISTEN)
  --public-origin ORIGIN  the address people open, e.g. https://rolebridge.example.com
                          (default http://localhost:PORT, usable on this computer only)
                          (env ROLEBRIDGE_PUBLIC_ORIGIN)
  --trust-proxy           count sign-in attempts by the address the reverse proxy puts last in
                          X-Forwarded-For (env ROLEBRIDGE_TRUST_PROXY=1)
  --sso-header NAME       single sign-on: the proxy's header naming the signed-in person's email,
                          e.g. X-Forwarded-Email; needs --trust-proxy (env ROLEBRIDGE_SSO_HEADER;
                          off by default; see docs/team.md)
  -h, --help              this text

  ROLEBRIDGE_SECRET       base64 of at least ${SECRET_MIN_BYTES} random bytes for the pages' security tokens
                          (default: new at every start; see docs/team.md)`;

type Env = Record<string, string | undefined>;

function parseDatabase(value: string | undefined): string {
  if (value === undefined || value.trim() === '')
    throw new OptionError(
      '--database (or ROLEBRIDGE_DATABASE_URL) is required: a PostgreSQL URL such as postgres://rolebridge@localhost/rolebridge',
    );
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['postgres:', 'postgresql:'].includes(url.protocol))
    // The value is not echoed: it may hold a password.
    throw new OptionError('--database must be a URL starting postgres:// or postgresql://');
  return value;
}

/** HOST:PORT, [IPv6]:PORT or :PORT (every interface). */
export function parseListen(value: string): { host: string; port: number } {
  const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]]*)):([0-9]{1,5})$/.exec(value);
  const bad = () =>
    new OptionError(
      `--listen must be HOST:PORT such as 0.0.0.0:8080 or 127.0.0.1:8080, not ${JSON.stringify(value)}`,
    );
  if (!match) throw bad();
  const host = match[1] ?? (match[2] === '' ? '0.0.0.0' : (match[2] as string));
  const port = Number(match[3]);
  if (port < 1 || port > 65535) throw new OptionError(`--listen: the port must be 1 to 65535, not ${port}`);
  if (match[1] !== undefined && isIP(host) !== 6) throw bad();
  if (match[1] === undefined && isIP(host) === 0 && !/^[A-Za-z0-9.-]+$/.test(host)) throw bad();
  return { host, port };
}

function parseOrigin(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const trimmed = value.replace(/\/+$/, '');
  if (!url || !['https:', 'http:'].includes(url.protocol) || url.origin !== trimmed)
    throw new OptionError(
      `--public-origin must be an origin such as https://rolebridge.example.com (no path), not ${JSON.stringify(value)}`,
    );
  return url.origin;
}

function parseSwitch(value: string, name: string): boolean {
  const lower = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(lower)) return true;
  if (['0', 'false', 'no', 'off', ''].includes(lower)) return false;
  throw new OptionError(`${name} must be 1 or 0 (true or false), not ${JSON.stringify(value)}`);
}

function parseSecret(value: string | undefined): Buffer | undefined {
  if (value === undefined || value === '') return undefined;
  const bytes = /^[A-Za-z0-9+/_-]+={0,2}$/.test(value.trim())
    ? Buffer.from(value.trim(), 'base64')
    : undefined;
  if (!bytes || bytes.length < SECRET_MIN_BYTES)
    throw new OptionError(
      `ROLEBRIDGE_SECRET must be base64 of at least ${SECRET_MIN_BYTES} random bytes (openssl rand -base64 32)`,
    );
  return bytes;
}

/**
 * The single sign-on header, refused without --trust-proxy: only a proxy that removes the header
 * from every client's request makes it worth anything, and --trust-proxy is the promise of one.
 */
function parseSsoHeader(value: string | undefined, trustProxy: boolean): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const problem = ssoHeaderProblem(value.trim());
  if (problem) throw new OptionError(problem);
  if (!trustProxy)
    throw new OptionError(
      '--sso-header needs --trust-proxy: only a reverse proxy that removes that header from every client request may name who signs in (docs/team.md)',
    );
  return value.trim();
}

function parseDbConnections(value: string | undefined): number {
  if (value === undefined) return DEFAULT_DB_CONNECTIONS;
  const count = /^\d{1,4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(count >= 1 && count <= MAX_DB_CONNECTIONS))
    throw new OptionError(
      `--db-connections must be a whole number from 1 to ${MAX_DB_CONNECTIONS}, such as 4 for a database on two cores`,
    );
  return count;
}

function flags(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        database: { type: 'string' },
        listen: { type: 'string' },
        'public-origin': { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        'sso-header': { type: 'string' },
        'db-connections': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    // parseArgs names the option already ("Unknown option '--port'"…); keep its words, drop the rest.
    throw new OptionError(
      error instanceof Error ? (error.message.split('. ')[0] ?? error.message) : String(error),
    );
  }
}

export function parseServeOptions(args: readonly string[], env: Env): ServeOptions {
  const values = flags(args);
  const help = values.help ?? false;
  if (help)
    return {
      help,
      databaseUrl: '',
      dbConnections: DEFAULT_DB_CONNECTIONS,
      host: '',
      port: 0,
      publicOrigin: '',
      publicOriginDerived: true,
      trustProxy: false,
      ssoHeader: undefined,
      secret: undefined,
    };
  const databaseUrl = parseDatabase(values.database ?? env.ROLEBRIDGE_DATABASE_URL);
  const dbConnections = parseDbConnections(values['db-connections'] ?? env.ROLEBRIDGE_DB_CONNECTIONS);
  const { host, port } = parseListen(values.listen ?? env.ROLEBRIDGE_LISTEN ?? DEFAULT_LISTEN);
  const originText = values['public-origin'] ?? env.ROLEBRIDGE_PUBLIC_ORIGIN;
  const trustProxy =
    values['trust-proxy'] ?? parseSwitch(env.ROLEBRIDGE_TRUST_PROXY ?? '', 'ROLEBRIDGE_TRUST_PROXY');
  const ssoHeader = parseSsoHeader(values['sso-header'] ?? env.ROLEBRIDGE_SSO_HEADER, trustProxy);
  return {
    help,
    databaseUrl,
    dbConnections,
    host,
    port,
    publicOrigin: originText === undefined ? `http://localhost:${port}` : parseOrigin(originText),
    publicOriginDerived: originText === undefined,
    trustProxy,
    ssoHeader,
    secret: parseSecret(env.ROLEBRIDGE_SECRET),
  };
}
