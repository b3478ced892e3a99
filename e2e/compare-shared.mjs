// What both comparison suites (compare.test.mjs in Chromium, compare-firefox.test.mjs in
// Firefox) expect of the page: its panels and the header each CSV download starts with
// (src/compare_export.rs).

/** The panels of #/compare, by their data-testid suffix. */
export const PANELS = ['reposts', 'time', 'frames', 'voices', 'words', 'facts', 'tone', 'entities', 'downloads'];

/** The CSV downloads and the header each starts with. */
export const CSV_HEADERS = {
  frames: ['column', 'frame', 'share', 'sentences'],
  voices: ['column', 'speaker', 'category', 'quotes', 'words', 'share_of_quoted_words'],
  'distinctive-words': ['column', 'word', 'count', 'other_count', 'log_odds', 'z'],
  'shared-facts': ['score', 'article_a', 'line_a', 'sentence_a', 'article_b', 'line_b', 'sentence_b', 'shared_terms'],
  tone: ['article', 'mean_compound', 'sentences', 'positive', 'negative'],
  // Then one "mentions: <column>" per column.
  entities: ['entity', 'name', 'kind'],
  'frame-evidence': ['column', 'article', 'line', 'frame', 'cues', 'sentence'],
};
