//! Reposts: article pairs whose bodies are largely the same text (a wire story run by
//! two outlets, a repost, a light rewrite).
//!
//! # Method
//!
//! A document's body paragraphs are read in order as one stream of words with the app's
//! tokenizer ([`framescope_core::text`]), each word folded to its key (lower case, no
//! accents, curly and straight apostrophes alike), stop words included: copying is about
//! the exact wording, and "the", "of" and "in" are part of it. Every run of 5 consecutive
//! keys is a *shingle*, hashed to a `u64` with FNV-1a (written out below, so the hashes
//! are the same on every build and platform). A document with fewer than 5 words has no
//! shingle and is never reported.
//!
//! The containment of two documents is `|A ∩ B| / min(|A|, |B|)` over their sets of
//! shingle hashes: the share of the shorter text that also appears in the longer one.
//! Containment rather than Jaccard, because a short repost of a long article (or a long
//! article that quotes a wire story whole and adds reporting) is a copy however much the
//! longer one adds.
//!
//! A pair is reported when containment is at least [`MIN_CONTAINMENT`] = 0.5: half of the
//! shorter article's 5-word sequences appear word for word in the other. Two outlets
//! writing the same story independently share few 5-grams (quotes, names, stock phrases;
//! well under a fifth, and about 0.1 when one long quotation paragraph out of ten is
//! shared, as in the tests), while a copy with a new headline, intro or trailer, or with
//! light edits, keeps most of them: one changed word breaks only the 5 shingles around
//! it. 5 words is long enough that independent writers rarely produce the same sequence
//! and short enough that such edits leave most of the text intact.
//!
//! # Scale
//!
//! Never all pairs. An inverted index from shingle hash to documents proposes as
//! candidates the pairs that share at least one indexed shingle; each candidate's
//! containment is then computed exactly over the full shingle sets. Shingles found in
//! more than [`MAX_SHINGLE_DOCS`] = 100 documents are not indexed: those are boilerplate
//! that survived cleaning ("The Associated Press contributed to this report"), which
//! would otherwise propose a pair for every two documents that carry it, and skipping them
//! bounds the work to 100 candidates per shingle. They still count in the containment. The
//! cost of the cap: a text copied into more than 100 documents of the corpus is only
//! reported between copies that also share a rarer shingle (around a local edit, a
//! changed paragraph): past that many copies the text is the wire's, and listing every
//! pair of outlets that ran it would say little.
//!
//! A body only a little longer than 5 words is contained in any article that quotes it;
//! the cleaner is trusted not to hand over such stubs as article bodies.

use framescope_core::framing::NearDuplicate;
use framescope_core::text::{fold, words};

/// Words in a shingle.
pub const SHINGLE_WORDS: usize = 5;

/// Lowest containment of a reported pair.
pub const MIN_CONTAINMENT: f32 = 0.5;

/// Shingles in more documents than this are boilerplate and propose no pairs.
pub const MAX_SHINGLE_DOCS: usize = 100;

/// Article pairs whose bodies are largely the same text. `docs[i]` = the body paragraphs of document i.
///
/// Sorted by `(a, b)` with `a < b`.
pub fn near_duplicates(docs: &[Vec<&str>]) -> Vec<NearDuplicate> {
    let shingles: Vec<Vec<u64>> = docs.iter().map(|paragraphs| shingles(paragraphs)).collect();
    let mut out = Vec::new();
    for_each_candidate(&shingles, |a, b, bound| {
        // Merging two lists costs their length: skip pairs that cannot reach the threshold
        // even if every shingle the index could not count were shared.
        let smaller = shingles[a as usize].len().min(shingles[b as usize].len());
        if (bound as f64) < f64::from(MIN_CONTAINMENT) * smaller as f64 {
            return;
        }
        let containment = containment(&shingles[a as usize], &shingles[b as usize]);
        if containment >= MIN_CONTAINMENT {
            out.push(NearDuplicate { a, b, containment });
        }
    });
    out
}

/// Calls `visit(a, b, bound)` once for every pair of documents, `a < b`, that shares a
/// shingle in at most [`MAX_SHINGLE_DOCS`] documents, in ascending `(a, b)` order. `bound`
/// is at least the number of shingles the two share: the shared indexed shingles counted,
/// plus the boilerplate shingles (in more documents) the pair could also share.
fn for_each_candidate(shingles: &[Vec<u64>], mut visit: impl FnMut(u32, u32, usize)) {
    // Inverted index, built by sorting rather than in a hash map: a corpus has tens of
    // millions of shingles, nearly all in one document, which can propose nothing. First
    // the shingles that can propose a pair, in 2 to MAX_SHINGLE_DOCS documents, sorted.
    let mut all: Vec<u64> = shingles.concat();
    all.sort_unstable();
    let shared: Vec<u64> = all
        .chunk_by(|x, y| x == y)
        // Sets are deduplicated, so a run's length is the shingle's number of documents.
        .filter(|run| (2..=MAX_SHINGLE_DOCS).contains(&run.len()))
        .map(|run| run[0])
        .collect();
    let frequent: Vec<u64> =
        all.chunk_by(|x, y| x == y).filter(|run| run.len() > MAX_SHINGLE_DOCS).map(|run| run[0]).collect();
    drop(all);
    let frequent_in: Vec<usize> =
        shingles.iter().map(|set| set.iter().filter(|h| frequent.binary_search(h).is_ok()).count()).collect();
    // Then `runs[r]`, the documents of `shared[r]` in ascending order, and `doc_runs[d]`,
    // the shared shingles of document d.
    let mut runs: Vec<Vec<u32>> = vec![Vec::new(); shared.len()];
    let mut doc_runs: Vec<Vec<u32>> = vec![Vec::new(); shingles.len()];
    for (doc, set) in shingles.iter().enumerate() {
        for hash in set {
            if let Ok(r) = shared.binary_search(hash) {
                runs[r].push(doc as u32);
                doc_runs[doc].push(r as u32);
            }
        }
    }

    // `seen[j] == i + 1` when `j` is already a candidate of `i`: no clearing between
    // documents; `shared[j]` counts the indexed shingles `i` and `j` share.
    let mut seen = vec![0u32; shingles.len()];
    let mut shared_count = vec![0usize; shingles.len()];
    let mut partners: Vec<u32> = Vec::new();
    for (i, kept) in doc_runs.iter().enumerate() {
        let stamp = i as u32 + 1;
        partners.clear();
        for &run in kept {
            let docs = &runs[run as usize];
            // Only later documents, so each pair is looked at once and a < b.
            let later = docs.partition_point(|&j| j as usize <= i);
            for &j in &docs[later..] {
                if seen[j as usize] != stamp {
                    seen[j as usize] = stamp;
                    shared_count[j as usize] = 0;
                    partners.push(j);
                }
                shared_count[j as usize] += 1;
            }
        }
        partners.sort_unstable();
        for &j in &partners {
            let bound = shared_count[j as usize] + frequent_in[i].min(frequent_in[j as usize]);
            visit(i as u32, j, bound);
        }
    }
}

/// The sorted, unique shingle hashes of a document's paragraphs, read as one text.
fn shingles(paragraphs: &[&str]) -> Vec<u64> {
    let keys: Vec<String> =
        paragraphs.iter().flat_map(|p| words(p)).map(|w| fold(w.text)).filter(|k| !k.is_empty()).collect();
    let mut out: Vec<u64> = keys.windows(SHINGLE_WORDS).map(hash_shingle).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// FNV-1a (64-bit) of the keys, each followed by 0xFF. That byte never occurs in UTF-8,
/// so ["ab", "c"] and ["a", "bc"] hash differently.
fn hash_shingle(keys: &[String]) -> u64 {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET_BASIS;
    for key in keys {
        for &byte in key.as_bytes().iter().chain(&[0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    hash
}

/// |a ∩ b| / min(|a|, |b|) of two sorted, unique hash lists; 0 when either is empty.
fn containment(a: &[u64], b: &[u64]) -> f32 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    (super::shared_sorted(a, b) as f64 / smaller as f64) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A paragraph of `n` pseudo-random words: different seeds share no 5-word run.
    fn prose(seed: u64, n: usize) -> String {
        const VOCABULARY: [&str; 40] = [
            "the", "minister", "said", "border", "police", "of", "in", "a", "report", "city", "on", "new", "law",
            "court", "and", "families", "to", "river", "vote", "was", "market", "strike", "union", "price", "power",
            "health", "school", "water", "army", "rain", "farm", "bank", "road", "fire", "trade", "port", "oil",
            "crop", "team", "plan",
        ];
        let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            out.push(VOCABULARY[(state >> 33) as usize % VOCABULARY.len()]);
        }
        out.join(" ") + "."
    }

    #[test]
    fn a_copy_with_another_headline_and_trailer_is_found() {
        let body: Vec<String> = (0..8).map(|i| prose(i, 40)).collect();
        let original: Vec<&str> = body.iter().map(String::as_str).collect();
        let mut copy = vec!["Exclusive: what the minister told us"];
        copy.extend(body.iter().map(String::as_str));
        copy.push("Follow us for more news from the region.");
        let got = near_duplicates(&[original, copy]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].a, got[0].b), (0, 1));
        assert!(got[0].containment > 0.99, "{got:?}");
    }

    #[test]
    fn a_rewrite_sharing_one_paragraph_in_ten_is_not_a_copy() {
        let a: Vec<String> = (0..10).map(|i| prose(100 + i, 40)).collect();
        let mut b: Vec<String> = (0..10).map(|i| prose(200 + i, 40)).collect();
        b[4] = a[7].clone();
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let b: Vec<&str> = b.iter().map(String::as_str).collect();
        // The pair is a candidate, and its containment is about a tenth.
        let shared = containment(&shingles(&a), &shingles(&b));
        assert!(shared > 0.05 && shared < 0.15, "{shared}");
        assert!(near_duplicates(&[a, b]).is_empty());
    }

    #[test]
    fn unrelated_and_short_documents_are_not_reported() {
        let a = prose(1, 200);
        let b = prose(2, 200);
        assert!(near_duplicates(&[vec![a.as_str()], vec![b.as_str()]]).is_empty());
        // Fewer than 5 words: no shingles, even when identical.
        assert!(shingles(&["Four words only here."]).is_empty());
        assert!(near_duplicates(&[vec!["Four words only here."], vec!["Four words only here."]]).is_empty());
        assert!(near_duplicates(&[]).is_empty());
        assert!(near_duplicates(&[vec![], vec![]]).is_empty());
    }

    #[test]
    fn pairs_are_ordered_a_before_b() {
        let text = prose(9, 120);
        let other = prose(10, 120);
        let docs = vec![vec![other.as_str()], vec![text.as_str()], vec![other.as_str()], vec![text.as_str()]];
        let got: Vec<(u32, u32)> = near_duplicates(&docs).iter().map(|d| (d.a, d.b)).collect();
        assert_eq!(got, [(0, 2), (1, 3)]);
    }

    #[test]
    fn curly_quotes_and_accents_do_not_hide_a_copy() {
        let curly = [
            "“We won’t stop until the border is safe,” said Enrique Peña Nieto on Tuesday in Mérida.",
            "The president’s plan, which Congress approved last week, sends troops to the state’s river towns.",
        ];
        let straight = [
            "\"We won't stop until the border is safe,\" said Enrique Pena Nieto on Tuesday in Merida.",
            "The president's plan, which Congress approved last week, sends troops to the state's river towns.",
        ];
        let got = near_duplicates(&[curly.to_vec(), straight.to_vec()]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!((got[0].containment - 1.0).abs() < 1e-6, "{got:?}");
    }

    #[test]
    fn paragraphs_are_read_as_one_text_and_the_hash_is_fixed() {
        // A shingle can span a paragraph break.
        assert_eq!(shingles(&["one two three", "four five"]), shingles(&["one two three four five"]));
        // Fixed across builds and platforms: FNV-1a of b"a\xffb\xffc\xffd\xffe\xff", computed
        // independently (Python) so that a change to the hash fails here.
        let keys: Vec<String> = ["a", "b", "c", "d", "e"].iter().map(|s| s.to_string()).collect();
        assert_eq!(hash_shingle(&keys), 0xc89c_be3d_5d3d_013d);
        // Word boundaries matter: ["ab", "c", ...] is not ["a", "bc", ...].
        let other: Vec<String> = ["ab", "c", "d", "e", "f"].iter().map(|s| s.to_string()).collect();
        let split: Vec<String> = ["a", "bc", "d", "e", "f"].iter().map(|s| s.to_string()).collect();
        assert_ne!(hash_shingle(&other), hash_shingle(&split));
    }

    #[test]
    fn boilerplate_shingles_propose_no_pairs() {
        // The same trailer in more documents than the cap, each otherwise its own text:
        // no candidates, and no pairs (the trailer is a small share of each anyway).
        // Each body ends in its own word, so that the shingles that run from the body into the
        // trailer are that document's alone.
        let bodies: Vec<String> =
            (0..MAX_SHINGLE_DOCS as u64 + 1).map(|i| format!("{} Item{i}.", prose(1000 + i, 60))).collect();
        let docs: Vec<Vec<&str>> =
            bodies.iter().map(|b| vec![b.as_str(), "The Associated Press contributed to this report."]).collect();
        let shingles: Vec<Vec<u64>> = docs.iter().map(|d| shingles(d)).collect();
        let mut candidates = 0;
        for_each_candidate(&shingles, |_, _, _| candidates += 1);
        assert_eq!(candidates, 0);
        // One document fewer, and the trailer proposes every pair.
        let mut candidates = 0;
        for_each_candidate(&shingles[1..], |_, _, _| candidates += 1);
        assert_eq!(candidates, MAX_SHINGLE_DOCS * (MAX_SHINGLE_DOCS - 1) / 2);
        assert!(near_duplicates(&docs).is_empty());
    }
}
