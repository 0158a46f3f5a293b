/** The id of the JSON block browser mode writes into the page: the state when the page was served. */
export const inlineStateId = 'limber-state'
