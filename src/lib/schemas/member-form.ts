import type { z } from "zod";
import { ZMemberFlags } from "./access";

/**
 * The user page's permission-flags form: the flags of user.assignPermissions' input. The role is
 * not here: the page has one place for it, Edit access, and ownership moves through its own
 * confirmed action.
 */
export const ZAssignPermissionsForm = ZMemberFlags;
export type TAssignPermissionsForm = z.infer<typeof ZAssignPermissionsForm>;
