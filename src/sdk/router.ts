// The server's router type: the SDK's procedures, inputs and outputs are checked against it.
export type { AppRouter } from "@/server/api/root";
