//! Developer commands. `cargo xtask serve` installs what is missing, builds `dist/` and
//! serves it; `cargo xtask test` runs every test. See the README.

mod dist;
mod run;
mod serve;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "cargo xtask", about = "Framescope's developer commands")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Install every tool the build and tests need (skips what is present).
    Setup,
    /// Build dist/ (for any static host) and dist/framescope.html (one file that opens from disk).
    Dist,
    /// Build dist/ and serve it on 127.0.0.1, printing the URL.
    Serve {
        /// Port to listen on.
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// Serve the existing dist/ without building.
        #[arg(long)]
        no_build: bool,
    },
    /// Run every test: format, lints, native tests, browser tests in Chromium and Firefox, end-to-end tests.
    Test,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = workspace_root();
    let result = match cli.command {
        Command::Setup => run::setup(&root),
        Command::Dist => run::setup(&root).and_then(|()| dist::build(&root)),
        Command::Serve { port, no_build } => {
            let built = if no_build { Ok(()) } else { run::setup(&root).and_then(|()| dist::build(&root)) };
            built.and_then(|()| serve::serve(&root.join("dist"), port))
        }
        Command::Test => run::test_all(&root),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}
