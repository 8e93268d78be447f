import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { analystFirms } from '../../core/analyst-firms.ts';
import { SUMMARY_TURN } from '../../core/transcript-search.ts';
import { transcriptQueryOptions, type OpenedTranscript } from '../../features/library/api/get-transcript.ts';
import { libraryStorage } from '../../features/library/api/library-storage.ts';
import { useSaveReadingPosition } from '../../features/library/api/reading-position.ts';
import { CallGoneNotice } from '../../features/library/components/call-gone-notice.tsx';
import { GlossaryLayer } from '../../features/glossary/components/glossary-layer.tsx';
import { useGlossaryMarks } from '../../features/glossary/hooks/use-glossary-marks.ts';
import { useReaderGlossary } from '../../features/glossary/hooks/use-own-terms.ts';
import { HighlightToolbar } from '../../features/notes/components/highlight-toolbar.tsx';
import { NotesNav } from '../../features/notes/components/notes-nav.tsx';
import { NotesStatus } from '../../features/notes/components/notes-status.tsx';
import { useCallNotes } from '../../features/notes/hooks/use-call-notes.ts';
import { useHighlightDecorator } from '../../features/notes/hooks/use-highlight-decorator.ts';
import { useNoteExport } from '../../features/notes/hooks/use-note-export.ts';
import { QaIndexNav } from '../../features/qa-index/components/qa-index-nav.tsx';
import { questionTopic } from '../../features/qa-index/utils/question-topic.ts';
import { FilterNotices } from '../../features/reader/components/filter-notices.tsx';
import { QuoteToast, useQuoteToast } from '../../features/reader/components/quote-toast.tsx';
import { ReaderFrame } from '../../features/reader/components/reader-frame.tsx';
import { ScriptToggle } from '../../features/reader/components/script-toggle.tsx';
import { ShortcutsDialog } from '../../features/reader/components/shortcuts-dialog.tsx';
import { TranscriptView } from '../../features/reader/components/transcript-view.tsx';
import { ViewSwitch } from '../../features/reader/components/view-switch.tsx';
import { useDocumentTitle } from '../../features/reader/hooks/use-document-title.ts';
import { useQuestionNavigation } from '../../features/reader/hooks/use-question-navigation.ts';
import { useReaderFilters } from '../../features/reader/hooks/use-reader-filters.ts';
import { useReaderJumps } from '../../features/reader/hooks/use-reader-jumps.ts';
import { useReaderKeys } from '../../features/reader/hooks/use-reader-keys.ts';
import { useReaderPlace } from '../../features/reader/hooks/use-reader-place.ts';
import { useReaderRows } from '../../features/reader/hooks/use-reader-rows.ts';
import { useReadingPosition } from '../../features/reader/hooks/use-reading-position.ts';
import { useRowLabels } from '../../features/reader/hooks/use-row-labels.ts';
import { useSentenceModel } from '../../features/reader/hooks/use-sentence-model.ts';
import { useSimplifiedChinese } from '../../features/reader/hooks/use-simplified-chinese.ts';
import { useStickyTop } from '../../features/reader/hooks/use-sticky-top.ts';
import { readerMessages } from '../../features/reader/messages.ts';
import { placeTurn } from '../../features/reader/utils/reader-place.ts';
import { SearchBox } from '../../features/search/components/search-box.tsx';
import { useTranscriptSearch } from '../../features/search/hooks/use-transcript-search.ts';
import { SpeakersNav } from '../../features/speakers/components/speakers-nav.tsx';
import { nextTurnOf, speakerGroups } from '../../features/speakers/utils/speaker-stats.ts';
import { FlaggedFilterNotice } from '../../features/translation-checks/components/flagged-filter-notice.tsx';
import { KeyFiguresNav } from '../../features/translation-checks/components/key-figures-nav.tsx';
import { TranslationChecksNav } from '../../features/translation-checks/components/translation-checks-nav.tsx';
import { useTranslationChecks } from '../../features/translation-checks/hooks/use-translation-checks.ts';
import { translationChecksMessages } from '../../features/translation-checks/messages.ts';
import { notesByPair } from '../../features/translation-checks/utils/check-wording.ts';
import { useMessages } from '../../lib/i18n.ts';
import { BrandLink, DisplaySettings } from '../app-chrome.tsx';
import { CompareWithCalls } from './compare-with-calls.tsx';

/** The reader for one call. */
export function ReaderRoute() {
  const { id = '' } = useParams();
  const { data } = useSuspenseQuery(transcriptQueryOptions(id));
  return <CallReader key={id} call={data} />;
}

/** Composes the reader: the place and view come from the address; each behaviour is a hook of its feature. */
function CallReader({ call }: { call: OpenedTranscript }) {
  const { id, transcript } = call;
  const m = useMessages(readerMessages);
  const location = useReaderPlace(id, transcript);
  const opening = useReadingPosition(transcript, location, call.position, useSaveReadingPosition(id));
  const [filters, dispatch] = useReaderFilters();
  // Translation checks and key figures: computed after the first paint, in the check worker (see useTranslationChecks).
  // The glossary: the finance terms and the reader's own, marked in the English as each pair renders, and used by the checks.
  const glossary = useReaderGlossary();
  const glossaryTip = useId();
  const glossaryMarks = useGlossaryMarks(glossary, glossaryTip);
  const checkGlossary = useMemo(() => (glossary.key ? { terms: glossary.terms, key: glossary.key } : undefined), [glossary]);
  const checks = useTranslationChecks(
    id,
    transcript,
    call.text ? { text: call.text, encoding: transcript.meta.encoding } : undefined,
    checkGlossary,
  );
  const checkMessages = useMessages(translationChecksMessages);
  const flags = useMemo(() => notesByPair(checks.checks, checkMessages), [checks.checks, checkMessages]);
  const simplified = useSimplifiedChinese(id, transcript);
  const firms = useMemo(() => analystFirms(transcript), [transcript]);
  const groups = useMemo(() => speakerGroups(transcript, firms), [transcript, firms]);
  const topicSide = location.view === 'zh' ? 'zh' : 'en';
  // Worked out per entry the Q&A index renders (a long call has thousands of questions; a few dozen are on screen).
  const topics = useMemo(() => {
    const cache = new Map<number, string>();
    return {
      get: (n: number) => {
        const cached = cache.get(n);
        if (cached !== undefined) return cached;
        const question = transcript.questions.find((candidate) => candidate.n === n);
        const topic = question
          ? (questionTopic(transcript, question, topicSide, simplified.chinese?.turns[question.turn] ?? undefined) ?? '')
          : '';
        cache.set(n, topic);
        return topic;
      },
    };
  }, [transcript, topicSide, simplified.chinese]);
  const questions = useQuestionNavigation(transcript, location.place, location.key, location.goTo);
  const search = useTranscriptSearch({
    id,
    initialQuery: location.find,
    transcript,
    chinese: simplified.chinese,
    english: location.view !== 'zh',
    chineseVisible: location.view !== 'en',
    speaker: filters.speaker,
    startTurn: placeTurn(transcript, location.place),
  });
  const jump = useReaderJumps(location, opening, search);
  const table = useReaderRows(transcript, filters, flags, search.current);
  const labels = useRowLabels();
  const sentenceModel = useSentenceModel(id, transcript);
  const [quoteCopied, showQuoteCopied] = useQuoteToast();
  // Highlights and notes: stored in the library's database, shown as marks through the reader's decorators.
  const noteCall = useMemo(
    () => ({ company: transcript.meta.company, period: transcript.meta.period, title: transcript.meta.title }),
    [transcript],
  );
  const notes = useCallNotes(libraryStorage.notes, id, noteCall);
  const highlightDecorator = useHighlightDecorator(notes.notes, transcript);
  // Highlights under the glossary's terms: a term inside a highlight keeps its popover.
  const decorators = useMemo(() => [highlightDecorator, glossaryMarks.decorator], [highlightDecorator, glossaryMarks.decorator]);
  const noteExport = useNoteExport(transcript, sentenceModel, showQuoteCopied);
  const [stickyTop, barRef] = useStickyTop();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);
  useDocumentTitle(transcript.meta.title);
  useReaderKeys(
    {
      nextQuestion: questions.next,
      previousQuestion: questions.previous,
      focusSearch: () => {
        setDrawerOpen(false);
        searchInput.current?.focus();
        searchInput.current?.select();
      },
      showShortcuts: () => setShortcutsOpen(true),
    },
    !shortcutsOpen,
  );

  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  const linkForLine = useCallback(
    (line: number) => {
      const turn = transcript.turns.findIndex((value) => value.paragraphs.some((pair) => pair.line === line));
      return turn < 0 ? null : location.hrefFor({ kind: 'turn', turn, line });
    },
    [transcript, location],
  );
  const speakerTurns = (name: string) => groups.flatMap((group) => group.speakers).find((speaker) => speaker.name === name);
  const jumpToSpeaker = (name: string) => {
    const stats = speakerTurns(name);
    const turn = stats ? nextTurnOf(stats, location.place.kind === 'turn' ? location.place.turn : -1) : null;
    closeDrawer();
    if (turn !== null) location.goTo({ kind: 'turn', turn, line: null });
  };
  const filterSpeaker = (name: string | null) => {
    dispatch({ type: 'speaker', name });
    closeDrawer();
    const first = name ? speakerTurns(name)?.turns[0] : undefined;
    if (first !== undefined) location.goTo({ kind: 'turn', turn: first, line: null });
  };
  const onlyFlagged = (on: boolean) => {
    dispatch({ type: 'only-flagged', on });
    const first = on ? checks.checks[0] : undefined;
    if (first) location.goTo({ kind: 'turn', turn: first.turn, line: null });
  };

  return (
    <>
      <ReaderFrame
        home={<BrandLink />}
        settings={<DisplaySettings />}
        barRef={barRef}
        drawerOpen={drawerOpen}
        onDrawerOpenChange={setDrawerOpen}
        toolbar={
          <>
            <ViewSwitch view={location.view} onChange={location.setView} />
            <ScriptToggle
              wanted={simplified.wanted}
              status={simplified.status}
              progress={simplified.progress}
              onChange={simplified.setWanted}
            />
            <SearchBox search={search} inputRef={searchInput} />
            <button type="button" className="icon-button shortcuts-button" aria-label={m.shortcuts} onClick={() => setShortcutsOpen(true)}>
              <span aria-hidden="true">?</span>
            </button>
          </>
        }
        banner={
          <>
            <CallGoneNotice id={id} />
            <FilterNotices
              place={location.place}
              filters={filters}
              onShowEveryone={() => dispatch({ type: 'speaker', name: null })}
              onDismiss={() => dispatch({ type: 'dismiss' })}
              flagged={filters.onlyFlagged ? <FlaggedFilterNotice count={flags.size} onShowAll={() => onlyFlagged(false)} /> : null}
            />
          </>
        }
        navigation={
          <>
            <CompareWithCalls id={id} company={transcript.meta.company} onNavigate={closeDrawer} />
            <QaIndexNav
              questions={transcript.questions}
              activeQuestion={questions.current}
              linkTo={(n) => location.hrefFor({ kind: 'question', n })}
              onNavigate={closeDrawer}
              topics={topics}
              topicLang={topicSide === 'en' ? 'en' : simplified.chinese ? 'zh-Hans' : 'zh-Hant'}
            />
            <TranslationChecksNav
              status={checks.status}
              checks={checks.checks}
              transcript={transcript}
              linkForLine={linkForLine}
              onlyFlagged={filters.onlyFlagged}
              onOnlyFlaggedChange={onlyFlagged}
              onNavigate={closeDrawer}
            />
            <NotesNav
              notes={notes}
              hrefFor={(note) => location.hrefFor({ kind: 'turn', turn: note.anchor.turn, line: note.anchor.line })}
              onNavigate={closeDrawer}
              onCopy={noteExport.copy}
              onExport={(kind) => noteExport.exportNotes(notes.notes, kind)}
            />
            <SpeakersNav groups={groups} filter={filters.speaker} onJump={jumpToSpeaker} onFilter={filterSpeaker} />
            <KeyFiguresNav status={checks.status} figures={checks.figures} linkForLine={linkForLine} onNavigate={closeDrawer} />
          </>
        }
      >
        <GlossaryLayer tipId={glossaryTip} termOf={glossaryMarks.termOf} ownCount={glossary.own.length}>
          <TranscriptView
            transcript={transcript}
            table={table}
            view={location.view}
            chinese={simplified.chinese}
            disclaimer={simplified.disclaimer}
            firms={firms}
            matchesByTurn={search.byTurn}
            currentMatch={search.current}
            flags={flags}
            showSummary={filters.speaker === null && (!filters.onlyFlagged || search.current?.turn === SUMMARY_TURN)}
            jump={jump}
            onJumpHidden={() => dispatch({ type: 'reveal' })}
            place={location.place}
            onPlaceChange={location.showPlace}
            stickyTop={stickyTop}
            linkForLine={linkForLine}
            labels={labels}
            sentenceModel={sentenceModel}
            placeHref={location.hrefFor}
            onQuoteCopied={showQuoteCopied}
            decorators={decorators}
          />
        </GlossaryLayer>
      </ReaderFrame>
      <HighlightToolbar transcript={transcript} notes={notes} onCopy={noteExport.copy} />
      <NotesStatus status={notes.status} onDismiss={notes.dismiss} />
      <QuoteToast copied={quoteCopied} />
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </>
  );
}
