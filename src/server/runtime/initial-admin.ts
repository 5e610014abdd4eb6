import { ZSetupInput } from "@/lib/schemas/setup";
import { config } from "@/server/config";

/**
 * INITIAL_ADMIN_USERNAME / INITIAL_ADMIN_PASSWORD (and INITIAL_ADMIN_EMAIL) create the first
 * administrator at start-up, through the same service as /setup and POST /api/auth.setup.
 */
export async function createInitialAdminFromEnv(log: (line: string) => void): Promise<void> {
  const { username, password, email } = config.initialAdmin;
  if (!username && !password) return;
  const parsed = ZSetupInput.safeParse({ username, password, email });
  if (!parsed.success) {
    throw new Error(`INITIAL_ADMIN_* is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  // Imported here so that a start without INITIAL_ADMIN_* never loads the auth stack in the launcher.
  const { createFirstAdmin, isSetUp } = await import("@/server/services/setup/create-first-admin");
  if (await isSetUp()) {
    log("INITIAL_ADMIN_* ignored: Roster is already set up");
    return;
  }
  try {
    const admin = await createFirstAdmin(parsed.data);
    log(`created the first administrator "${admin.username}" (owner of ${admin.organization.name})`);
  } catch (error) {
    // Another instance starting at the same moment may have won; that is fine.
    if (await isSetUp()) log("INITIAL_ADMIN_* ignored: Roster was set up meanwhile");
    else throw error;
  }
}
