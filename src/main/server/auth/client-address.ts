// The key a client's address is rate-limited under. One IPv4 address is one key; IPv6 is grouped by
// its /64, because one home or office line gets a whole /64 and can change address within it at
// will. An IPv4 address written as IPv6 (::ffff:192.0.2.1, as a dual-stack socket reports it) counts
// as the IPv4 address.
import { isIPv4, isIPv6 } from 'node:net';

/** Every address that cannot be read shares one key: unreadable input earns no fresh allowance. */
export const UNKNOWN_ADDRESS = 'unknown';

function ipv4ToHextets(ipv4: string): string[] {
  const bytes = ipv4.split('.').map(Number);
  const hex = (high: number, low: number) => ((high << 8) | low).toString(16);
  return [hex(bytes[0] ?? 0, bytes[1] ?? 0), hex(bytes[2] ?? 0, bytes[3] ?? 0)];
}

/** The eight hextets of an IPv6 address, in lower case without leading zeros. */
function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const group = (part: string) =>
    part === ''
      ? []
      : part.split(':').flatMap((hextet) => (isIPv4(hextet) ? ipv4ToHextets(hextet) : [hextet]));
  const left = group(head);
  const right = tail === undefined ? [] : group(tail);
  const zeros = Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((hextet) => parseInt(hextet, 16).toString(16));
}

export function clientAddressKey(address: unknown): string {
  if (typeof address !== 'string') return UNKNOWN_ADDRESS;
  // A zone index (fe80::1%eth0) names the local interface, not the client.
  const bare = address.trim().split('%')[0] ?? '';
  if (isIPv4(bare)) return bare;
  if (!isIPv6(bare)) return UNKNOWN_ADDRESS;
  const hextets = expandIPv6(bare);
  const mapped = hextets.slice(0, 5).every((h) => h === '0') && hextets[5] === 'ffff';
  if (mapped) {
    const [high = 0, low = 0] = hextets.slice(6).map((h) => parseInt(h, 16));
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return `${hextets.slice(0, 4).join(':')}::/64`;
}
