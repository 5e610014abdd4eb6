import { routeMethods } from "@/server/api/http/route-methods";
import { openApiDocument } from "@/server/api/openapi";
import { config } from "@/server/config";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: () => Response.json(openApiDocument(config.baseUrl)),
});
