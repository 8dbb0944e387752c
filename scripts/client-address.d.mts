import type { BlockList } from "node:net";

export const CLIENT_ADDRESS_HEADER: string;
export function trustedProxies(spec?: string): BlockList;
export function clientAddress(options: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  proxies: BlockList;
}): string;
