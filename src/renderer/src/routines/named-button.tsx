import type { ReactNode } from 'react'

/** A button whose accessible name adds a routine's or step's name to its short visible label: "Start" reads "Start Pre-run warm-up". */
export function NamedButton({
  before,
  name,
  after = '',
  onClick,
  primary = false,
  disabled = false,
  id,
  onPointerEnter
}: {
  readonly before: string
  readonly name: string
  readonly after?: string
  readonly onClick: () => void
  readonly primary?: boolean
  readonly disabled?: boolean
  readonly id?: string
  readonly onPointerEnter?: () => void
}): ReactNode {
  return (
    <button
      type="button"
      id={id}
      disabled={disabled}
      className={primary ? 'button-primary' : undefined}
      onClick={onClick}
      onPointerEnter={onPointerEnter}
      onFocus={onPointerEnter}
    >
      {before}
      <span className="visually-hidden"> {name}</span>
      {after && ` ${after}`}
    </button>
  )
}
