import { openApiDocument } from "@/server/api/openapi";
import { config } from "@/server/config";

export function GET() {
  return Response.json(openApiDocument(config.baseUrl));
}
