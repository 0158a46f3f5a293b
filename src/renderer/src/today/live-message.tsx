import type { ReactNode } from 'react'

/** What a Today control last said: a polite status or an error. */
export type LiveMessageValue = { readonly kind: 'status' | 'error'; readonly text: string }

/** Both live regions stay in the page so screen readers hear a change; only the matching one holds text. */
export function LiveMessage({ message }: { readonly message: LiveMessageValue | undefined }): ReactNode {
  return (
    <>
      <p role="status" className="log-status">
        {message?.kind === 'status' ? message.text : ''}
      </p>
      <p role="alert" className="log-error">
        {message?.kind === 'error' ? message.text : ''}
      </p>
    </>
  )
}
