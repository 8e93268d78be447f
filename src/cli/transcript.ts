/**
 * Command-line front end of the core: `npm run --silent transcript -- FILE [--json | --markdown]`.
 * Bad input: one plain line on stderr and exit code 2. The JSON field names are a public contract.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { alignTranscript } from '../core/align-sentences.ts';
import { MAX_TRANSCRIPT_BYTES } from '../core/decode-transcript-bytes.ts';
import { readTranscript } from '../core/read-transcript.ts';
import { isTranscriptError } from '../core/transcript-model.ts';
import { transcriptToMarkdown } from '../core/transcript-markdown.ts';
import { describeCheck } from '../core/describe-check.ts';
import { checkTranslation, type TranslationCheck } from '../core/translation-checks.ts';

const USAGE = 'usage: npm run --silent transcript -- FILE [--json | --markdown [--sentences]]';
const FLAGS = ['--json', '--markdown', '--sentences', '--help'];

/** A check as the JSON lists it: `line, kind, message, turn, paragraph` (the contract), then the check's facts. */
function checkRecord(check: TranslationCheck) {
  const { line, kind, turn, paragraph, ...facts } = check;
  return { line, kind, message: describeCheck(check), turn, paragraph, ...facts };
}

/** Runs the CLI; returns the exit code. Output goes through the given writers so tests can call it. */
export function runCli(args: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  const flags = args.filter((arg) => arg.startsWith('--'));
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (flags.includes('--help')) {
    out(
      `${USAGE}\n  --json        the transcript model as JSON (default), with each paragraph's sentences and their links\n` +
        '  --markdown    a readable bilingual Markdown version\n  --sentences   with --markdown: one table per paragraph, a row per aligned sentence\n',
    );
    return 0;
  }
  const unknown = flags.find((flag) => !FLAGS.includes(flag));
  if (unknown) {
    err(`transcript: unknown option ${unknown} (${USAGE})\n`);
    return 2;
  }
  if (flags.includes('--sentences') && !flags.includes('--markdown')) {
    err(`transcript: --sentences goes with --markdown (the JSON always has the sentences) (${USAGE})\n`);
    return 2;
  }
  if (files.length !== 1 || (flags.includes('--json') && flags.includes('--markdown'))) {
    err(`transcript: ${USAGE}\n`);
    return 2;
  }
  const file = files[0] ?? '';
  let bytes: Uint8Array;
  try {
    const size = statSync(file).size;
    if (size > MAX_TRANSCRIPT_BYTES) {
      err(
        `transcript: ${file}: the file is ${(size / 1024 / 1024).toFixed(0)} MB; transcripts up to ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB are read\n`,
      );
      return 2;
    }
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot be read';
    err(`transcript: ${file}: ${reason}\n`);
    return 2;
  }
  try {
    const transcript = readTranscript(bytes, { fallbackTitle: basename(file).replace(/\.[^.]+$/, '') });
    if (flags.includes('--markdown')) {
      out(transcriptToMarkdown(transcript, flags.includes('--sentences') ? { sentences: alignTranscript(transcript) } : {}));
    } else {
      const sentences = alignTranscript(transcript);
      const turns = transcript.turns.map((turn, t) => ({
        ...turn,
        paragraphs: turn.paragraphs.map((paragraph, p) => {
          const alignment = sentences[t]?.[p];
          return { ...paragraph, sentences: alignment ?? { en: [], zh: [], links: [] } };
        }),
      }));
      out(`${JSON.stringify({ ...transcript, turns, checks: checkTranslation(transcript).map(checkRecord) }, null, 2)}\n`);
    }
    return 0;
  } catch (error) {
    if (isTranscriptError(error)) {
      err(`transcript: ${file}: ${error.message}\n`);
      return 2;
    }
    err(
      `transcript: ${file}: could not be read as a transcript (internal error: ${error instanceof Error ? error.message : String(error)})\n`,
    );
    return 1;
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(basename(process.argv[1]));
if (isMain) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  process.exitCode = runCli(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
}
