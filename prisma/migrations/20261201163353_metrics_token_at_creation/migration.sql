-- Organizations are now created with their metrics token, and user.getMetricsToken only reads it.
-- Existing organizations without one keep NULL here: the token is stored encrypted with the app's
-- secret (BETTER_AUTH_SECRET), which SQL does not have, so the launcher gives each of them a token
-- at start-up, right after the migrations (fillMissingMetricsTokens in
-- src/server/services/metrics/metrics-token.ts).
-- A token is its ciphertext and its hash together, or neither: a hash without the ciphertext would
-- open the metrics endpoint with a token nobody can be shown again.
ALTER TABLE "organization" ADD CONSTRAINT "organization_metrics_token_pair"
  CHECK (("metricsTokenEncrypted" IS NULL) = ("metricsTokenHash" IS NULL));
