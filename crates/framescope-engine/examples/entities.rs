//! Prints the entities and quotes the engine finds in plain text, one paragraph per line,
//! read from a file or from standard input: a quick way to see what a rule does to a
//! sentence without writing a corpus folder.
//! `cargo run -p framescope-engine --example entities -- [FILE]`.

use framescope_core::{Block, Document};
use framescope_engine::entities::{extract_entities, extract_quotes};
use std::io::Read;

fn main() {
    let mut text = String::new();
    let read = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(&path).map(|t| text = t),
        None => std::io::stdin().read_to_string(&mut text).map(|_| ()),
    };
    if let Err(e) = read {
        eprintln!("entities: cannot read the text: {e}");
        std::process::exit(1);
    }
    let blocks = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| Block::body_line(i as u32 + 1, line))
        .collect();
    let docs = [Document::from_blocks("text", blocks)];
    let entities = extract_entities(&docs);
    for e in &entities {
        let role = e.role.as_deref().map(|r| format!("  [{r}]")).unwrap_or_default();
        let aliases = if e.aliases.is_empty() { String::new() } else { format!("  aka {}", e.aliases.join(" | ")) };
        println!("{:<12} {}{role}{aliases}", e.kind.as_str(), e.name);
    }
    for q in extract_quotes(&docs, &entities) {
        let block = &docs[0].blocks[q.block as usize];
        let said: String = block.text[q.start as usize..q.end as usize].chars().take(70).collect();
        println!("quote {:?} line {} {} ({:?}): {said}", q.kind, block.first_line, q.speaker_name, q.category);
    }
}
