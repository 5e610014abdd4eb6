const MAPPED = /^[0:]*:ffff:(.+)$/i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const HEX_PAIR = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;

/**
 * An IP address as people write it. Node reports an IPv4 client on a dual-stack socket as an
 * IPv4-mapped IPv6 address (`::ffff:127.0.0.1`, or in hex `::ffff:7f00:1`); people write
 * `127.0.0.1`. Brackets and surrounding blanks go too. Anything else is returned as it came.
 */
export function readableAddress(address: string): string {
  const bare = address.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = MAPPED.exec(bare)?.[1];
  if (!mapped) return bare;
  if (IPV4.test(mapped)) return mapped;
  const hex = HEX_PAIR.exec(mapped);
  if (!hex) return bare;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** For display: the readable address, or a dash when there is none. */
export const displayAddress = (address: string | null | undefined) => (address ? readableAddress(address) : "—");
