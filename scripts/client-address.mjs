// The client address a request came from, decided once where the socket is still visible (the
// HTTP server in scripts/server.mjs), and handed to the app in a header of our own that a
// client cannot set: the server overwrites it on every request.
import net from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-claimbench-client";

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of the reverse proxies in front of
 * the app (`127.0.0.1`, `10.0.0.0/8`, `::1`). Only a request whose socket comes from one of them
 * may say through X-Forwarded-For who the client is; anyone else is their socket address.
 */
export function trustedProxies(spec = process.env.TRUSTED_PROXIES ?? "") {
  const list = new net.BlockList();
  for (const raw of spec.split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address, bits] = entry.split("/");
    const family = net.isIPv6(address) ? "ipv6" : net.isIPv4(address) ? "ipv4" : null;
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return list;
}

/** `::ffff:127.0.0.1` (IPv4 on a dual-stack socket) as `127.0.0.1`. */
function plain(address) {
  const a = (address ?? "").trim();
  return a.startsWith("::ffff:") && net.isIPv4(a.slice(7)) ? a.slice(7) : a;
}

function isTrusted(list, address) {
  if (net.isIPv4(address)) return list.check(address, "ipv4");
  if (net.isIPv6(address)) return list.check(address, "ipv6");
  return false;
}

/**
 * The socket's address, unless it is a trusted proxy: then the X-Forwarded-For chain is walked
 * from the right (each proxy appends what it saw) past every trusted proxy, and the first entry
 * that is not one is the client.
 */
export function clientAddress({ socketAddress, forwardedFor, proxies }) {
  let current = plain(socketAddress);
  if (!isTrusted(proxies, current)) return current || "unknown";
  const chain = [forwardedFor ?? ""]
    .flat()
    .join(",")
    .split(",")
    .map(plain)
    .filter((a) => net.isIP(a));
  while (chain.length > 0 && isTrusted(proxies, current)) current = chain.pop();
  return current || "unknown";
}
