import { Link } from './router'

export function NotFoundPage() {
  return (
    <div className="page">
      <div className="card empty-state">
        <h2>Nothing here</h2>
        <p>
          This screen does not exist. <Link to={{ name: 'today' }}>Go to Today</Link>
        </p>
      </div>
    </div>
  )
}
