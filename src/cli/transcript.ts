/**
 * Command-line front end of the core: `npm run --silent transcript -- FILE [--json | --markdown]` (FILE `-` reads
 * standard input). Input is streamed and refused beyond MAX_TRANSCRIPT_BYTES the moment it gets there, so
 * `/dev/zero` or an endless pipe stops at once. Bad input: one plain line on stderr and exit code 2.
 * The JSON field names are a public contract.
 */
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { alignTranscript } from '../core/align-sentences.ts';
import { MAX_TRANSCRIPT_BYTES } from '../core/limits.ts';
import { readTranscript } from '../core/read-transcript.ts';
import { isTranscriptError } from '../core/transcript-model.ts';
import { transcriptToMarkdown } from '../core/transcript-markdown.ts';
import { describeCheck } from '../core/describe-check.ts';
import { checkTranslation, type TranslationCheck } from '../core/translation-checks.ts';

const USAGE = 'usage: npm run --silent transcript -- FILE [--json | --markdown [--sentences]]   (FILE "-" reads standard input)';
const FLAGS = ['--json', '--markdown', '--sentences', '--help'];
const TOO_LARGE = `more than ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB; transcripts up to ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB are read`;

/** A check as the JSON lists it: `line, kind, message, turn, paragraph` (the contract), then the check's facts. */
function checkRecord(check: TranslationCheck) {
  const { line, kind, turn, paragraph, ...facts } = check;
  return { line, kind, message: describeCheck(check), turn, paragraph, ...facts };
}

type ReadOutcome = { bytes: Uint8Array } | { problem: string };

function reasonFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'is a folder, not a file'
      : code === 'EACCES'
        ? 'permission denied'
        : 'cannot be read';
}

/** Reads a stream up to the limit; stops reading (and closes the stream) as soon as it is passed. */
async function readLimited(stream: Readable): Promise<ReadOutcome> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      total += bytes.length;
      if (total > MAX_TRANSCRIPT_BYTES) {
        stream.destroy();
        return { problem: TOO_LARGE };
      }
      chunks.push(bytes);
    }
  } catch (error) {
    return { problem: reasonFor(error) };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes };
}

/** The bytes of FILE (or of standard input for "-"), or the reason they cannot be read. */
async function readInput(file: string, stdin: Readable | undefined): Promise<ReadOutcome> {
  if (file === '-') return readLimited(stdin ?? process.stdin);
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) return { problem: 'is a folder, not a file' };
    // A regular file's size is known before reading; devices and pipes report 0 and are stopped while read.
    if (stats.size > MAX_TRANSCRIPT_BYTES) return { problem: TOO_LARGE };
  } catch (error) {
    return { problem: reasonFor(error) };
  }
  return readLimited(createReadStream(file));
}

/**
 * Runs the CLI; resolves with the exit code. Output goes through the given writers (and input, for "-",
 * comes from the given stream) so tests can call it.
 */
export async function runCli(
  args: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  stdin?: Readable,
): Promise<number> {
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
  const input = await readInput(file, stdin);
  if ('problem' in input) {
    err(`transcript: ${file}: ${input.problem}\n`);
    return 2;
  }
  const bytes = input.bytes;
  try {
    const transcript = readTranscript(bytes, file === '-' ? {} : { fallbackTitle: basename(file).replace(/\.[^.]+$/, '') });
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
  void runCli(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  ).then((code) => {
    process.exitCode = code;
  });
}
