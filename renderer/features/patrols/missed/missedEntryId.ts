/** One log entry per missed round: the id says which round, so a second window noticing it too writes nothing. */
export const missedEntryId = (routeId: string, dueAt: number) => `missed-${routeId}-${dueAt}`;
