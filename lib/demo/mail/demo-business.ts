/**
 * The demo workspace's business: a fictional plumbing and heating company.
 * Everything here is invented for the demo; the domains are reserved
 * example domains (RFC 2606), so no real company or person is named.
 */
export const DEMO_BUSINESS = {
  name: "Brightwater Plumbing & Heating",
  type: "Trades & home services",
  owner: "Dana Demo",
  phone: "0161 496 0321",
  town: "Harbourside",
  domain: "brightwater-plumbing.example",
} as const;
