/** The ids of an event's mark (its button) and of its symbol, which move with the state. */
export const markId = (event: string) => `tl-${event}`;
export const symbolId = (event: string) => `tl-symbol-${event}`;
/** The id of its details popover. */
export const detailsId = (event: string) => `timeline-event-${event}`;
