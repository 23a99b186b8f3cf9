import type { IncomingMessage } from "node:http";

export declare const SOCKET_ADDRESS_HEADER: "x-fikiri-socket-address";
export declare const SOCKET_ADDRESS_MARK: symbol;
export declare function stampSocketAddress(req: IncomingMessage): void;
