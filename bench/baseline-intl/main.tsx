// The second yardstick for `npm run bench`: the smallest React page that shows one localized number, so it pays
// what any page formatting numbers with Intl pays first (ICU's start-up), built the same way as the renderer.
import { createRoot } from 'react-dom/client'

function Baseline(): React.JSX.Element {
  const amount = new Intl.NumberFormat(navigator.language, { style: 'unit', unit: 'milliliter' }).format(2000)
  return <h1>{amount}</h1>
}

createRoot(document.getElementById('root')!).render(<Baseline />)
