// The yardstick for `npm run bench`: the smallest React page, built the same way as the renderer.
import { createRoot } from 'react-dom/client'

function Baseline(): React.JSX.Element {
  return <h1>Today</h1>
}

createRoot(document.getElementById('root')!).render(<Baseline />)
