/** Loads the routine player's chunk; the buttons that start a routine fetch it early, while the service starts the session. */
export const loadPlayer = () => import('./player-screen')
