import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useMemo, useState, type FormEvent } from 'react';
import { FINANCE_GLOSSARY, type GlossaryTerm } from '../../../core/finance-glossary.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import { ownTermsQueryOptions, useAddOwnTerm, useDeleteOwnTerm } from '../api/get-own-terms.ts';
import { useReaderGlossary } from '../hooks/use-own-terms.ts';
import { glossaryMessages } from '../messages.ts';
import { cleanOwnTerm, splitRenderings, type OwnTerm } from '../utils/own-terms.ts';
import '../glossary.css';

/** Whether a term holds the search (English, its forms, the renderings, the note), case and width aside. */
function matches(query: string, term: Pick<GlossaryTerm, 'en' | 'zh' | 'note' | 'wrong'> & { forms?: readonly string[] }): boolean {
  if (query === '') return true;
  const haystack = [term.en, ...(term.forms ?? []), ...term.zh, term.note, ...term.wrong].join('\n').normalize('NFKC').toLowerCase();
  return haystack.includes(query);
}

function TermRow({
  en,
  zh,
  note,
  wrong,
  wrongLabel,
}: {
  en: string;
  zh: string;
  note: string;
  wrong: readonly string[];
  wrongLabel: string;
}) {
  return (
    <>
      <span className="glossary-item-en" lang="en">
        {en}
      </span>
      <span className="glossary-item-zh" lang="zh-Hant">
        {zh}
      </span>
      <span className="glossary-item-note">
        {note ? <span lang={/[\u3400-\u9fff]/.test(note) ? 'zh-Hant' : undefined}>{note}</span> : null}
        {wrong.length > 0 ? (
          <span className="glossary-item-wrong">
            {wrongLabel} <span lang="zh-Hant">{wrong.join('、')}</span>
          </span>
        ) : null}
      </span>
    </>
  );
}

/** The add form: English, Taiwan rendering, note, wrong renderings. */
function AddTermForm() {
  const m = useMessages(glossaryMessages);
  const add = useAddOwnTerm();
  const ids = { en: useId(), zh: useId(), note: useId(), wrong: useId() };
  const [fields, setFields] = useState({ en: '', zh: '', note: '', wrong: '' });
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cleaned = cleanOwnTerm({ en: fields.en, zh: fields.zh, note: fields.note, wrong: splitRenderings(fields.wrong) });
    if ('error' in cleaned) {
      setError(cleaned.error === 'en' ? m.errorEn : m.errorZh);
      setStatus('');
      return;
    }
    setError(null);
    add.mutate(cleaned.term, {
      onSuccess: (term) => {
        setFields({ en: '', zh: '', note: '', wrong: '' });
        setStatus(format(m.saved, { term: term.en }));
      },
      // What was typed stays in the form.
      onError: () => setError(m.errorSave),
    });
  };
  const field = (name: keyof typeof fields, label: string, hint: string, lang?: string) => (
    <div className="glossary-field">
      <label htmlFor={ids[name]}>{label}</label>
      <input
        id={ids[name]}
        name={name}
        lang={lang}
        value={fields[name]}
        aria-describedby={`${ids[name]}-hint`}
        autoComplete="off"
        onChange={(event) => setFields((current) => ({ ...current, [name]: event.target.value }))}
      />
      <span className="glossary-hint" id={`${ids[name]}-hint`}>
        {hint}
      </span>
    </div>
  );
  return (
    <form className="glossary-form" onSubmit={submit} aria-label={m.add} noValidate>
      {field('en', m.english, m.englishHint, 'en')}
      {field('zh', m.chinese, m.chineseHint, 'zh-Hant')}
      {field('note', m.note, m.noteHint)}
      {field('wrong', m.wrongField, m.wrongHint, 'zh-Hant')}
      <div className="glossary-form-end">
        <button type="submit" className="glossary-button" disabled={add.isPending}>
          {m.save}
        </button>
        {error ? (
          <p className="glossary-error" role="alert">
            {error}
          </p>
        ) : null}
        <p className="glossary-count" role="status">
          {status}
        </p>
      </div>
    </form>
  );
}

/** The /glossary page: the reader's own terms (add, remove) and the finance glossary, with one search over both. */
export function GlossaryPage() {
  const m = useMessages(glossaryMessages);
  const { own } = useReaderGlossary();
  const { isPending } = useQuery(ownTermsQueryOptions());
  const remove = useDeleteOwnTerm();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const searchId = useId();
  const [status, setStatus] = useState('');
  const folded = deferred.normalize('NFKC').trim().toLowerCase();
  const builtIn = useMemo(() => FINANCE_GLOSSARY.filter((term) => matches(folded, term)), [folded]);
  const mine = useMemo(() => own.filter((term: OwnTerm) => matches(folded, { ...term, zh: splitRenderings(term.zh) })), [own, folded]);

  return (
    <main id="main" className="glossary-page" tabIndex={-1}>
      <h1>{m.title}</h1>
      <p className="glossary-intro">{m.intro}</p>

      <section className="glossary-section" aria-labelledby={`${searchId}-add`}>
        <h2 id={`${searchId}-add`}>{m.add}</h2>
        <AddTermForm />
      </section>

      <div className="glossary-search" role="search">
        <label htmlFor={searchId}>{m.searchLabel}</label>
        <div className="glossary-field">
          <input id={searchId} type="search" value={query} placeholder={m.search} onChange={(event) => setQuery(event.target.value)} />
        </div>
      </div>

      <section className="glossary-section" aria-labelledby={`${searchId}-own`}>
        <h2 id={`${searchId}-own`}>{format(m.yours, { count: own.length })}</h2>
        <p className="glossary-count" role="status">
          {status}
        </p>
        {!isPending && own.length === 0 ? <p className="glossary-count">{m.yoursEmpty}</p> : null}
        {mine.length > 0 ? (
          <ul className="glossary-list" aria-labelledby={`${searchId}-own`}>
            {mine.map((term) => (
              <li key={term.id} className="glossary-item">
                <TermRow en={term.en} zh={term.zh} note={term.note} wrong={term.wrong} wrongLabel={m.wrong} />
                <button
                  type="button"
                  className="glossary-remove"
                  aria-label={format(m.remove, { term: term.en })}
                  onClick={() => remove.mutate(term.id, { onSuccess: () => setStatus(format(m.removed, { term: term.en })) })}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section className="glossary-section" aria-labelledby={`${searchId}-built-in`}>
        <h2 id={`${searchId}-built-in`}>{format(m.builtIn, { count: FINANCE_GLOSSARY.length })}</h2>
        <p className="glossary-count">{format(m.count, { shown: builtIn.length, total: FINANCE_GLOSSARY.length })}</p>
        {builtIn.length === 0 ? <p>{m.none}</p> : null}
        <ul className="glossary-list" aria-labelledby={`${searchId}-built-in`}>
          {builtIn.map((term) => (
            <li key={term.en} className="glossary-item">
              <TermRow en={term.en} zh={term.zh.join('、')} note={term.note} wrong={term.wrong} wrongLabel={m.wrong} />
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
