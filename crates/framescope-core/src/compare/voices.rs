//! Voices: whom each column quotes, by speaker category, and each speaker's share of the
//! words quoted.

use crate::entity::SpeakerCategory;
use crate::order::order_by;
use crate::text::word_count;
use crate::Corpus;

/// One speaker in a column.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerVoice {
    /// The speaker's name, or the text's description of an unnamed one.
    pub name: String,
    /// Index of the speaker's entity, when the speaker is one.
    pub entity: Option<u32>,
    /// Who the speaker is.
    pub category: SpeakerCategory,
    /// Indices of the quotes, in corpus order.
    pub quotes: Vec<u32>,
    /// Words quoted or reported.
    pub words: u32,
    /// `words` over the column's quoted words.
    pub share: f32,
}

/// One speaker category in a column.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryVoice {
    /// The category.
    pub category: SpeakerCategory,
    /// Indices of its quotes.
    pub quotes: Vec<u32>,
    /// Words quoted.
    pub words: u32,
    /// `words` over the column's quoted words.
    pub share: f32,
}

/// Who speaks in a column.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Voices {
    /// Words in all its quotes.
    pub words: u32,
    /// By category, most words first.
    pub categories: Vec<CategoryVoice>,
    /// By speaker, most words first.
    pub speakers: Vec<SpeakerVoice>,
}

/// The voices of the quotes in `docs`.
pub fn voices(corpus: &Corpus, docs: &[u32]) -> Voices {
    let mut out = Voices::default();
    let mut wanted = vec![false; corpus.documents.len()];
    for &d in docs {
        if let Some(w) = wanted.get_mut(d as usize) {
            *w = true;
        }
    }
    for (q, quote) in corpus.quotes.iter().enumerate() {
        if !wanted.get(quote.doc as usize).copied().unwrap_or(false) {
            continue;
        }
        let text = corpus
            .documents
            .get(quote.doc as usize)
            .and_then(|d| d.blocks.get(quote.block as usize))
            .and_then(|b| b.text.get(quote.start as usize..quote.end as usize))
            .unwrap_or("");
        let words = word_count(text) as u32;
        out.words += words;
        let name = match quote.speaker.and_then(|e| corpus.entities.get(e as usize)) {
            Some(entity) => entity.name.clone(),
            None => quote.speaker_name.clone(),
        };
        match out.speakers.iter_mut().find(|s| s.name == name && s.entity == quote.speaker) {
            Some(s) => {
                s.quotes.push(q as u32);
                s.words += words;
            }
            None => out.speakers.push(SpeakerVoice {
                name,
                entity: quote.speaker,
                category: quote.category.clone(),
                quotes: vec![q as u32],
                words,
                share: 0.0,
            }),
        }
        match out.categories.iter_mut().find(|c| c.category == quote.category) {
            Some(c) => {
                c.quotes.push(q as u32);
                c.words += words;
            }
            None => out.categories.push(CategoryVoice {
                category: quote.category.clone(),
                quotes: vec![q as u32],
                words,
                share: 0.0,
            }),
        }
    }
    let total = out.words.max(1) as f32;
    for s in &mut out.speakers {
        s.share = s.words as f32 / total;
    }
    for c in &mut out.categories {
        c.share = c.words as f32 / total;
    }
    // Most words first; equals in the order they first speak.
    order_by(&mut out.speakers, |s| (-(s.words as i64), 0));
    order_by(&mut out.categories, |c| (-(c.words as i64), 0));
    out
}
