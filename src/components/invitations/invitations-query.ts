import type { TInvitationState, TListInvitationsInput } from "@/lib/schemas/invitation";

export const INVITATIONS_PAGE_SIZE = 50;

/** invitation.all's input for one page: one row more than a page, to know whether another follows. */
export const invitationsPageInput = (status: TInvitationState | "all", search: string, cursor: string | undefined): TListInvitationsInput => ({
  limit: INVITATIONS_PAGE_SIZE + 1,
  ...(status !== "all" ? { status } : {}),
  ...(search.trim() ? { search: search.trim() } : {}),
  ...(cursor ? { cursor } : {}),
});
