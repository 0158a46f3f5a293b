import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation'
import { offerDroppedFiles } from './dropped-files'
import { navigateTo } from './navigation'

/** A drag that carries files (not text or a link dragged within the page). */
const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false

/** A file input takes its own drops (History's import of an export file). */
const ontoFileInput = (event: DragEvent): boolean =>
  event.target instanceof HTMLInputElement && event.target.type === 'file'

/**
 * Dropping files anywhere on the window imports them as activities: while files are dragged over it a full-window
 * "Drop to import" overlay shows; on drop they go to the Activities screen, which imports them and reports.
 */
export function WindowDrop(): ReactNode {
  const t = useTranslation()
  const [dragging, setDragging] = useState(false)
  // dragenter/dragleave fire for every element crossed: count them to know when the drag has left the window.
  const depth = useRef(0)

  useEffect(() => {
    const enter = (event: DragEvent): void => {
      if (!carriesFiles(event) || ontoFileInput(event)) return
      depth.current += 1
      setDragging(true)
    }
    const over = (event: DragEvent): void => {
      if (!carriesFiles(event) || ontoFileInput(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const leave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setDragging(false)
    }
    const drop = (event: DragEvent): void => {
      depth.current = 0
      setDragging(false)
      if (!carriesFiles(event) || ontoFileInput(event)) return
      event.preventDefault()
      const files = [...(event.dataTransfer?.files ?? [])]
      if (files.length === 0) return
      offerDroppedFiles(files)
      navigateTo('activities')
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])

  if (!dragging) return null
  return (
    <div className="window-drop" aria-hidden="true">
      <div className="window-drop-panel">
        <p className="window-drop-title">{t('windowDrop.overlay')}</p>
        <p>{t('windowDrop.hint')}</p>
      </div>
    </div>
  )
}
