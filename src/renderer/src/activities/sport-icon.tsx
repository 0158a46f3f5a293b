import type { ReactNode } from 'react'
import type { ActivitySport } from '../../../core/activities/activity'

/** Simple line drawings, one per sport (decorative: the sport's word is always beside it). */
const drawings: Readonly<Record<ActivitySport, ReactNode>> = {
  run: (
    <>
      <circle cx="14" cy="4.5" r="2" />
      <path d="M13 8l-3 4 3 2-1 6M10 12l-4 1M13 8l3 4 3 1M12 20l-4-1" />
    </>
  ),
  ride: (
    <>
      <circle cx="6" cy="16" r="4" />
      <circle cx="18" cy="16" r="4" />
      <path d="M6 16l4-8h6l2 8M10 8l2 8h6M14 5h3" />
    </>
  ),
  walk: (
    <>
      <circle cx="12" cy="4.5" r="2" />
      <path d="M12 8v6l-2 6M12 14l3 6M12 9l-3 4M12 9l3 3" />
    </>
  ),
  hike: <path d="M2 20l7-12 4 6 3-4 6 10z" />,
  swim: <path d="M2 14c2.5-2 5-2 7.5 0s5 2 7.5 0 3-1.5 5-1M2 19c2.5-2 5-2 7.5 0s5 2 7.5 0 3-1.5 5-1M8 10l4-4 4 3" />,
  gym: <path d="M3 9v6M6 7v10M18 7v10M21 9v6M6 12h12" />,
  other: <path d="M12 3l2.6 5.6 6.1.7-4.5 4.2 1.2 6L12 16.6 6.6 19.5l1.2-6L3.3 9.3l6.1-.7z" />
}

/** The sport as a small line icon. */
export function SportIcon({ sport }: { readonly sport: ActivitySport }): ReactNode {
  return (
    <svg className="sport-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {drawings[sport]}
    </svg>
  )
}
