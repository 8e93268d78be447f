/**
 * Traditional (Taiwan) → Simplified (mainland) Chinese, loaded lazily: nothing here is fetched
 * until a reader asks for Simplified text or searches. Only the dictionaries of the Taiwan → mainland
 * conversion are imported (not the whole opencc-js bundle).
 */
import type { ConverterFunction } from 'opencc-js/core';
import { buildFoldTable, type FoldTable } from './search-fold.ts';

let tablePromise: Promise<FoldTable> | null = null;
let converterPromise: Promise<ConverterFunction> | null = null;

/** The character table that folds Traditional (and Taiwan variants) to Simplified, for search. */
export function loadFoldTable(): Promise<FoldTable> {
  tablePromise ??= Promise.all([import('opencc-js/dict/TWVariantsRev'), import('opencc-js/dict/TSCharacters')])
    .then(([variants, characters]) => buildFoldTable([variants.default, characters.default]))
    .catch((error: unknown) => {
      tablePromise = null;
      throw error;
    });
  return tablePromise;
}

/**
 * The phrase-aware converter, equivalent to opencc-js `Converter({ from: 'twp', to: 'cn' })`: Taiwan phrases become
 * mainland ones (人工智慧 → 人工智能, 軟體 → 软件), not only characters.
 */
export function loadSimplifiedConverter(): Promise<ConverterFunction> {
  converterPromise ??= Promise.all([
    import('opencc-js/core'),
    import('opencc-js/dict/CJK_Compatibility_Ideographs'),
    import('opencc-js/dict/TWPhrasesRev'),
    import('opencc-js/dict/TWVariantsRevPhrases'),
    import('opencc-js/dict/TWVariantsRev'),
    import('opencc-js/dict/TSPhrases'),
    import('opencc-js/dict/TSCharacters'),
  ])
    .then(([core, compatibility, taiwanPhrases, variantPhrases, variants, phrases, characters]) => {
      const fromTaiwan = [[taiwanPhrases.default, variantPhrases.default, variants.default]];
      const toMainland = [[phrases.default, characters.default]];
      const build = core.ConverterBuilder({
        from: { twp: fromTaiwan },
        to: { cn: toMainland },
        configs: {
          tw2sp: {
            // The shape opencc-js's own tw2s preset uses (normalizationChain is not in its .d.ts).
            ...{ normalizationChain: [[compatibility.default]] },
            segmentation: phrases.default,
            conversionChain: [fromTaiwan[0] ?? [], toMainland[0] ?? []],
          },
        },
      });
      return build({ from: 'twp', to: 'cn' });
    })
    .catch((error: unknown) => {
      converterPromise = null;
      throw error;
    });
  return converterPromise;
}
