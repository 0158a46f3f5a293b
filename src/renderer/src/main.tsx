import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './i18n/i18n'
import './shell/theme.css'
import './shell/controls.css'
import './shell/shell.css'
import { App } from './shell/app'
import { ErrorBoundary } from './shell/error-boundary'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    {/* The last resort: what fails outside the open screen (the header, the navigation) must not empty the window. */}
    <ErrorBoundary part="window">
      <App />
    </ErrorBoundary>
  </StrictMode>
)
