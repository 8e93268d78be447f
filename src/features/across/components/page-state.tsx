import { format } from '../../../lib/i18n.ts';
import type { acrossMessages } from '../messages.ts';

type Strings = (typeof acrossMessages)['en'];

/** While calls are being read: a status; calls that could not be read: an alert naming them. */
export function PageState({ pending, failed, m }: { pending: boolean; failed: string[]; m: Strings }) {
  return (
    <>
      <p role="status" className={pending ? 'across-status' : 'visually-hidden'}>
        {pending ? m.loading : ''}
      </p>
      {failed.length > 0 ? (
        <div role="alert" className="across-alert">
          {failed.map((label) => (
            <p key={label}>{format(m.callFailed, { call: label })}</p>
          ))}
        </div>
      ) : null}
    </>
  );
}
