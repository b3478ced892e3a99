//! `framescope`: check and export a corpus folder without rebuilding the app.

use clap::{Parser, Subcommand, ValueEnum};
use framescope_engine::{export, load_corpus};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Framescope: see how news outlets frame the same story.
#[derive(Parser)]
#[command(name = "framescope", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate a corpus folder: manifest, files, evidence and article text.
    Check {
        /// The corpus folder (holding corpus.toml and the captures).
        #[arg(long, default_value = "corpus", value_name = "DIR")]
        corpus: PathBuf,
    },
    /// Print the analysis of a corpus folder.
    Export {
        /// The corpus folder (holding corpus.toml and the captures).
        #[arg(long, default_value = "corpus", value_name = "DIR")]
        corpus: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Search titles and article bodies; print ranked documents with scores and snippets.
    Search {
        /// The corpus folder (holding corpus.toml and the captures).
        #[arg(long, default_value = "corpus", value_name = "DIR")]
        corpus: PathBuf,
        /// The query: words, "phrases", OR, -exclusions, outlet:, author:, year:, date:.
        query: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Most results to print.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Pretty-printed JSON.
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let dir = match &cli.command {
        Command::Check { corpus } | Command::Export { corpus, .. } | Command::Search { corpus, .. } => corpus,
    };
    let corpus = match load_corpus(dir) {
        Ok(corpus) => corpus,
        Err(errors) => {
            eprintln!("{errors}");
            eprintln!("framescope: {} problem(s) in {}", errors.0.len(), dir.display());
            return ExitCode::FAILURE;
        }
    };
    let out = match cli.command {
        Command::Check { .. } => {
            let words: u32 = corpus.documents.iter().map(|d| d.words).sum();
            format!("{}: ok, {} articles, {} words of article text\n", dir.display(), corpus.documents.len(), words)
        }
        Command::Export { format: Format::Json, .. } => export::to_json(&corpus) + "\n",
        Command::Search { query, limit, format: Format::Json, .. } => {
            export::search_json(&corpus, &query, limit) + "\n"
        }
    };
    // A closed pipe (`framescope export | head`) is not an error worth a panic.
    match std::io::stdout().write_all(out.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("framescope: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}
