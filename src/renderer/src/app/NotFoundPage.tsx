import { NotFound } from '@renderer/components/NotFound'

export function NotFoundPage() {
  return (
    <NotFound
      title="Nothing here"
      reason="This screen does not exist."
      back={{ to: { name: 'today' }, label: 'Go to Today' }}
    />
  )
}
