/** What the board's cells and lists can ask for; stable for a board's life, so cells redraw only on their data. */
export interface BoardActions {
  assign: (shiftId: string, postId: string, personId: string) => void;
  unassign: (assignmentId: string) => void;
  move: (assignmentId: string, shiftId: string, postId: string) => void;
  setLeader: (shiftId: string, leaderId: string | null) => void;
  /** `postId` null: choose the shift's leader. */
  openPicker: (shiftId: string, postId: string | null) => void;
  select: (shiftId: string) => void;
}

/** What a drag carries: someone from the people list, or an assignment from another cell. */
export const dragTypes = { person: 'application/x-cordon-person', assignment: 'application/x-cordon-assignment' };

/** The element a problem in the list links to: the cell's group. */
export const cellId = (shiftId: string, postId: string) => `cell-${shiftId}-${postId}`;
/** The shift's leader choice, which a shift's no-leader problem links to. */
export const leaderId = (shiftId: string) => `leader-${shiftId}`;
