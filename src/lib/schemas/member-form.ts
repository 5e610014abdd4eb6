import { z } from "zod";
import { ZMemberFlags } from "./access";

/**
 * The user page's "Assign permissions" form: a subset of user.assignPermissions' input. `owner` is
 * not a choice here: ownership moves through its own confirmed action.
 */
export const ZAssignPermissionsForm = ZMemberFlags.extend({ role: z.enum(["admin", "member"]) });
export type TAssignPermissionsForm = z.infer<typeof ZAssignPermissionsForm>;
