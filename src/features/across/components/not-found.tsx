import { Link } from 'react-router-dom';
import { useMessages } from '../../../lib/i18n.ts';
import { acrossMessages } from '../messages.ts';
import '../across.css';

/** A company or person address that names nothing in this library: plain words and the way back. */
export function NotFound({ kind }: { kind: 'company' | 'person' }) {
  const m = useMessages(acrossMessages);
  return (
    <main id="main" className="across-page">
      <p className="across-crumbs">
        <Link to="/">{m.backToLibrary}</Link>
      </p>
      <h1 className="across-title">{kind === 'company' ? m.notFoundCompany : m.notFoundPerson}</h1>
    </main>
  );
}
