//! How each article frames its story, as the engine found it at build time: the body
//! sentences, the frame cues and the tone words in each, the sentences that report the
//! same fact in two articles, and the articles that copy one another.
//!
//! Everything here is plain data with byte spans into a block's text, so the browser
//! can show every figure's evidence without any analysis code of its own.

use serde::{Deserialize, Serialize};

/// The 15 dimensions of the Policy Frames Codebook (Boydstun, Card, Gross, Resnik and
/// Smith 2014), in the codebook's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Frame {
    /// Costs, benefits, money, trade, jobs.
    Economic,
    /// Whether there are enough people, money, equipment, time to act.
    CapacityAndResources,
    /// Religious or ethical duty, right and wrong.
    Morality,
    /// Who is treated equally or unfairly; rights of groups.
    FairnessAndEquality,
    /// Laws, courts, constitutional rights and authority.
    LegalityConstitutionalityJurisprudence,
    /// Policies proposed, and whether they work.
    PolicyPrescriptionAndEvaluation,
    /// Breaking the law, policing, punishment.
    CrimeAndPunishment,
    /// Threats to the nation, defence, borders, armed forces.
    SecurityAndDefense,
    /// Health care, safety, disease, death and injury.
    HealthAndSafety,
    /// Effects on people's daily lives and communities.
    QualityOfLife,
    /// Traditions, customs, language, national identity.
    CulturalIdentity,
    /// What the public thinks: polls, protests, public mood.
    PublicOpinion,
    /// Parties, elections, politicians' moves and rivalry.
    Political,
    /// Relations with other countries, international standing.
    ExternalRegulationAndReputation,
    /// A sentence with no cue of the other fourteen.
    Other,
}

impl Frame {
    /// All frames in codebook order.
    pub const ALL: [Frame; 15] = [
        Frame::Economic,
        Frame::CapacityAndResources,
        Frame::Morality,
        Frame::FairnessAndEquality,
        Frame::LegalityConstitutionalityJurisprudence,
        Frame::PolicyPrescriptionAndEvaluation,
        Frame::CrimeAndPunishment,
        Frame::SecurityAndDefense,
        Frame::HealthAndSafety,
        Frame::QualityOfLife,
        Frame::CulturalIdentity,
        Frame::PublicOpinion,
        Frame::Political,
        Frame::ExternalRegulationAndReputation,
        Frame::Other,
    ];

    /// The stable machine name, used in exports and links.
    pub fn key(self) -> &'static str {
        match self {
            Frame::Economic => "economic",
            Frame::CapacityAndResources => "capacity_and_resources",
            Frame::Morality => "morality",
            Frame::FairnessAndEquality => "fairness_and_equality",
            Frame::LegalityConstitutionalityJurisprudence => "legality_constitutionality_jurisprudence",
            Frame::PolicyPrescriptionAndEvaluation => "policy_prescription_and_evaluation",
            Frame::CrimeAndPunishment => "crime_and_punishment",
            Frame::SecurityAndDefense => "security_and_defense",
            Frame::HealthAndSafety => "health_and_safety",
            Frame::QualityOfLife => "quality_of_life",
            Frame::CulturalIdentity => "cultural_identity",
            Frame::PublicOpinion => "public_opinion",
            Frame::Political => "political",
            Frame::ExternalRegulationAndReputation => "external_regulation_and_reputation",
            Frame::Other => "other",
        }
    }

    /// The codebook's name for the frame.
    pub fn label(self) -> &'static str {
        match self {
            Frame::Economic => "Economic",
            Frame::CapacityAndResources => "Capacity and resources",
            Frame::Morality => "Morality",
            Frame::FairnessAndEquality => "Fairness and equality",
            Frame::LegalityConstitutionalityJurisprudence => "Legality, constitutionality and jurisprudence",
            Frame::PolicyPrescriptionAndEvaluation => "Policy prescription and evaluation",
            Frame::CrimeAndPunishment => "Crime and punishment",
            Frame::SecurityAndDefense => "Security and defense",
            Frame::HealthAndSafety => "Health and safety",
            Frame::QualityOfLife => "Quality of life",
            Frame::CulturalIdentity => "Cultural identity",
            Frame::PublicOpinion => "Public opinion",
            Frame::Political => "Political",
            Frame::ExternalRegulationAndReputation => "External regulation and reputation",
            Frame::Other => "Other (no frame cue)",
        }
    }

    /// The frame with this machine name.
    pub fn from_key(key: &str) -> Option<Frame> {
        Frame::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// One body sentence of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Document index in the corpus.
    pub doc: u32,
    /// Block index in the document.
    pub block: u32,
    /// Byte offset of the sentence in the block's text.
    pub start: u32,
    /// Byte offset just past it (trailing spaces excluded).
    pub end: u32,
    /// Source line (1-based) the sentence is on.
    pub line: u32,
}

/// A byte range in a block's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// Byte just past the end.
    pub end: u32,
}

/// A cue word or phrase that puts a sentence in a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameCue {
    /// Index of the sentence in [`Framing::sentences`].
    pub sentence: u32,
    /// The frame it signals.
    pub frame: Frame,
    /// Where the cue is in the block's text.
    pub span: Span,
}

/// A word from the sentiment lexicon, with the valence it had in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ToneCue {
    /// Where the word is in the block's text.
    pub span: Span,
    /// Its valence after boosters and negation, about −4 to +4.
    pub valence: f32,
}

/// The tone of one sentence.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Tone {
    /// VADER's compound score, from −1 (most negative) to +1.
    pub compound: f32,
    /// The lexicon words that set it.
    pub cues: Vec<ToneCue>,
}

/// Two sentences in different articles that report the same fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    /// Sentence index of one side (its document comes first in the corpus).
    pub a: u32,
    /// Sentence index of the other side.
    pub b: u32,
    /// How alike they are, 0 to 1.
    pub score: f32,
    /// The words, names and numbers both sentences use, as written in `a`; a word `b`
    /// writes another way is given as both forms, `a`'s first ("patrolling/patrols").
    pub shared_terms: Vec<String>,
}

/// Two articles that are largely the same text: a repost, a wire copy, a rewrite.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct NearDuplicate {
    /// The document that comes first in the corpus.
    pub a: u32,
    /// The other.
    pub b: u32,
    /// Share of the shorter article's word 5-grams that the other also has, 0 to 1.
    pub containment: f32,
}

/// Frames, tone, alignments and near-duplicates of a whole corpus.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Framing {
    /// Every body sentence, in document and text order.
    pub sentences: Vec<Sentence>,
    /// Frame cues, ordered by sentence.
    pub frame_cues: Vec<FrameCue>,
    /// The tone of each sentence, parallel to `sentences`.
    pub tone: Vec<Tone>,
    /// Sentence pairs that report the same fact; each sentence pairs at most once with
    /// any one other article.
    pub alignments: Vec<Alignment>,
    /// Article pairs that copy one another.
    pub near_duplicates: Vec<NearDuplicate>,
}

impl Framing {
    /// The frames of a sentence, each with its cues, in codebook order; empty when none.
    pub fn frames_of(&self, sentence: u32) -> Vec<(Frame, Vec<Span>)> {
        let from = self.frame_cues.partition_point(|c| c.sentence < sentence);
        let mut out: Vec<(Frame, Vec<Span>)> = Vec::new();
        for cue in self.frame_cues[from..].iter().take_while(|c| c.sentence == sentence) {
            match out.iter_mut().find(|(f, _)| *f == cue.frame) {
                Some((_, spans)) => spans.push(cue.span),
                None => out.push((cue.frame, vec![cue.span])),
            }
        }
        crate::order::order_by(&mut out, |(f, _)| (*f as i64, 0));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_keys_round_trip_and_are_unique() {
        for f in Frame::ALL {
            assert_eq!(Frame::from_key(f.key()), Some(f));
        }
        assert_eq!(Frame::from_key("nope"), None);
        let mut keys: Vec<_> = Frame::ALL.iter().map(|f| f.key()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), 15);
    }

    #[test]
    fn frames_of_a_sentence_are_grouped_in_codebook_order() {
        let s = |doc| Sentence { doc, block: 0, start: 0, end: 1, line: 1 };
        let cue = |sentence, frame, start| FrameCue { sentence, frame, span: Span { start, end: start + 1 } };
        let framing = Framing {
            sentences: vec![s(0), s(0), s(2)],
            frame_cues: vec![
                cue(1, Frame::Political, 0),
                cue(1, Frame::Economic, 4),
                cue(1, Frame::Political, 8),
                cue(2, Frame::Morality, 0),
            ],
            ..Framing::default()
        };
        let frames = framing.frames_of(1);
        assert_eq!(frames.len(), 2);
        assert_eq!(frames[0].0, Frame::Economic);
        assert_eq!(frames[1].1.len(), 2);
        assert!(framing.frames_of(0).is_empty());
    }
}
