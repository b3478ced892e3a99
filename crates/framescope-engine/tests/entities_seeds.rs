//! Entities and quotes on the seed corpus: the merges and attributions a reader checks first.

use framescope_core::{BlockRole, Corpus, EntityKind, QuoteKind, SpeakerCategory};
use framescope_engine::load_corpus;
use std::path::Path;
use std::sync::LazyLock;

static SEEDS: LazyLock<Corpus> = LazyLock::new(|| {
    load_corpus(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")).unwrap_or_else(|e| panic!("{e}"))
});

fn entity(name: &str) -> &'static framescope_core::Entity {
    SEEDS.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name}"))
}

#[test]
fn no_entity_comes_from_chrome_or_metadata_lines() {
    for e in &SEEDS.entities {
        for m in &e.mentions {
            let role = SEEDS.documents[m.doc as usize].blocks[m.block as usize].role;
            assert!(
                matches!(role, BlockRole::Body | BlockRole::Heading | BlockRole::Title),
                "{} from {role:?}",
                e.name
            );
        }
    }
    for chrome_only in ["Facebook", "Malaysia Airlines", "Venezuela", "Roger Noriega", "Tripoli", "Samira Calehr"] {
        assert!(!SEEDS.entities.iter().any(|e| e.name.contains(chrome_only)), "{chrome_only} is page chrome");
    }
}

#[test]
fn people_merge_across_articles_and_accents() {
    let n = entity("Janet Napolitano");
    assert_eq!(n.kind, EntityKind::Person);
    assert_eq!(n.documents().len(), 3, "NPR, McClatchy and the policy blog");
    let p = entity("Enrique Peña Nieto");
    assert_eq!(p.documents().len(), 4);
    assert!(p.aliases.iter().any(|a| a == "Pena Nieto"));
    let o = entity("Miguel Ángel Osorio Chong");
    assert_eq!(o.documents().len(), 2);
    // Same first names, different man.
    assert_ne!(entity("Miguel Angel Trevino").id, o.id);
}

#[test]
fn organisations_merge_by_acronym_and_short_form() {
    assert!(entity("Department of Homeland Security").aliases.contains(&"DHS".to_string()));
    let w = entity("Woodrow Wilson International Center for Scholars");
    assert_eq!(w.documents().len(), 2);
    assert_eq!(entity("United States").kind, EntityKind::Place);
    assert_ne!(entity("Mexico City").id, entity("Mexico").id);
}

#[test]
fn roles_come_from_the_text() {
    assert_eq!(entity("Henry Cuellar").role.as_deref(), Some("U.S. Democratic Congressman"));
    assert_eq!(entity("Alejandro Hope").role.as_deref(), Some("a security analyst at Mexico's IMCO think-tank"));
}

#[test]
fn quotes_are_attributed_but_never_to_the_narrator() {
    let kahn = SEEDS.entities.iter().position(|e| e.name == "Carrie Kahn").expect("the reporter is an entity") as u32;
    assert!(SEEDS.quotes.iter().all(|q| q.speaker != Some(kahn)), "the narrator is quoted");
    let hope = SEEDS.entities.iter().position(|e| e.name == "Alejandro Hope").unwrap() as u32;
    let hope_quotes: Vec<_> = SEEDS.quotes.iter().filter(|q| q.speaker == Some(hope)).collect();
    assert!(hope_quotes.iter().any(|q| q.kind == QuoteKind::Direct), "the transcript turn");
    assert!(hope_quotes.iter().all(|q| q.category == SpeakerCategory::Analyst));
    let anonymous: Vec<_> = SEEDS.quotes.iter().filter(|q| q.category == SpeakerCategory::Anonymous).collect();
    assert_eq!(anonymous.len(), 1);
    assert!(anonymous[0].speaker.is_none());
    assert!(anonymous[0].speaker_name.starts_with("a senior Mexican official"));
}
