/**
 * Where other screens send the operator to print: the sheets screen (交班单) with the
 * document chosen, to look at before printing. Addresses, not imports: a feature never
 * imports another.
 */
export const sheetLinks = {
  shift: (shiftId: string, date: string) => `#/sheets?doc=shift&shift=${encodeURIComponent(shiftId)}&date=${date}`,
  dayRoster: (date: string) => `#/sheets?doc=day-roster&date=${date}`,
  activityLog: (date: string, shiftId: string | null) =>
    shiftId === null
      ? `#/sheets?doc=activity-log&scope=day&date=${date}`
      : `#/sheets?doc=activity-log&scope=shift&shift=${encodeURIComponent(shiftId)}&date=${date}`,
  patrolRecord: (shiftId: string, date: string) =>
    `#/sheets?doc=patrol-record&shift=${encodeURIComponent(shiftId)}&date=${date}`,
};
