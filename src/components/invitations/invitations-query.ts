import type { ParamReader } from "@/components/users/users-query";
import { INVITATION_STATES, type TInvitationState, type TListInvitationsInput } from "@/lib/schemas/invitation";

export const INVITATIONS_PAGE_SIZE = 50;

/** invitation.all's input for one page: one row more than a page, to know whether another follows. */
export const invitationsPageInput = (status: TInvitationState | "all", search: string, cursor: string | undefined): TListInvitationsInput => ({
  limit: INVITATIONS_PAGE_SIZE + 1,
  ...(status !== "all" ? { status } : {}),
  ...(search.trim() ? { search: search.trim() } : {}),
  ...(cursor ? { cursor } : {}),
});

/** The Invitations tab's URL keys (beside the Users and Groups tabs' on the same page). */
export const INVITATION_PARAMS = { search: "iq", state: "istate", after: "iafter" } as const;

/** The search, state and page cursors a URL asks for; an unknown state falls back to any. */
export function invitationsViewFromParams(params: ParamReader) {
  const state = params.get(INVITATION_PARAMS.state) as TInvitationState;
  return {
    search: params.get(INVITATION_PARAMS.search) ?? "",
    status: INVITATION_STATES.includes(state) ? state : ("all" as const),
    cursors: (params.get(INVITATION_PARAMS.after) ?? "").split(",").filter(Boolean),
  };
}
