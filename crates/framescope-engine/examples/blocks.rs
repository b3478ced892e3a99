//! Prints how the cleaner read each capture of a corpus folder: every block's first line,
//! role and text, so a reader can see what was kept as article text and why the rest was
//! not. `cargo run -p framescope-engine --example blocks -- DIR [FILE-SUBSTRING]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: blocks DIR [FILE-SUBSTRING]");
        std::process::exit(2);
    };
    let filter = args.next().unwrap_or_default();
    let corpus = match framescope_engine::load_corpus(std::path::Path::new(&dir)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    for doc in corpus.documents.iter().filter(|d| d.file.contains(&filter)) {
        println!("== {}", doc.file);
        for b in &doc.blocks {
            let text: String = b.text.chars().take(90).collect();
            println!("{:>4} {:<28} {}", b.first_line, format!("{:?}", b.role), text);
        }
    }
}
