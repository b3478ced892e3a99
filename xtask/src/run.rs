//! Running tools: set-up, and the test pipeline with one tally of passes and failures.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Result of an xtask step; errors are messages for the terminal.
pub type Result<T = ()> = std::result::Result<T, String>;

/// Runs `scripts/setup.sh`, which installs only what is missing.
pub fn setup(root: &Path) -> Result {
    let mut cmd = Command::new("bash");
    cmd.arg(root.join("scripts/setup.sh"));
    status(&mut cmd, "scripts/setup.sh")
}

/// PATH with the project's tools first: npm's wasm-opt and cargo's installs.
pub fn tool_path(root: &Path) -> String {
    let mut dirs: Vec<PathBuf> = vec![root.join("e2e/node_modules/.bin")];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        dirs.push(home.join("bin"));
    }
    let old = std::env::var_os("PATH").unwrap_or_default();
    dirs.extend(std::env::split_paths(&old));
    std::env::join_paths(dirs).expect("PATH entries hold no separator").to_string_lossy().into_owned()
}

/// Runs a command to completion, inheriting the terminal.
pub fn status(cmd: &mut Command, what: &str) -> Result {
    eprintln!("xtask: running {what}");
    let s = cmd.status().map_err(|e| format!("cannot start {what}: {e}"))?;
    if s.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({s})"))
    }
}

/// Passed and failed test counts, summed over every runner.
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Tests that passed.
    pub passed: u64,
    /// Tests that failed.
    pub failed: u64,
}

impl Tally {
    /// Reads one line of a runner's output: cargo's and wasm-bindgen-test's
    /// `test result: ok. 5 passed; 0 failed`, and node's `# pass 5` / `# fail 0`.
    pub fn read_line(&mut self, line: &str) {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("test result: ") {
            for part in rest.split(';') {
                let words: Vec<&str> = part.split_whitespace().collect();
                if let Some(pos) = words.iter().position(|w| *w == "passed") {
                    self.passed += pos.checked_sub(1).and_then(|i| words[i].parse().ok()).unwrap_or(0);
                }
                if let Some(pos) = words.iter().position(|w| *w == "failed") {
                    self.failed += pos.checked_sub(1).and_then(|i| words[i].parse().ok()).unwrap_or(0);
                }
            }
        } else if let Some(n) = line.strip_prefix("# pass ") {
            self.passed += n.trim().parse().unwrap_or(0);
        } else if let Some(n) = line.strip_prefix("# fail ") {
            self.failed += n.trim().parse().unwrap_or(0);
        }
    }
}

/// Runs a test command, echoing its output and counting its results into `tally`.
pub fn counted(cmd: &mut Command, what: &str, tally: &mut Tally) -> Result {
    eprintln!("xtask: running {what}");
    let mut child =
        cmd.stdout(Stdio::piped()).stderr(Stdio::inherit()).spawn().map_err(|e| format!("cannot start {what}: {e}"))?;
    let out = child.stdout.take().expect("stdout is piped");
    for line in BufReader::new(out).lines() {
        let line = line.map_err(|e| format!("reading {what}: {e}"))?;
        println!("{line}");
        tally.read_line(&line);
    }
    let s = child.wait().map_err(|e| format!("{what}: {e}"))?;
    if s.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({s})"))
    }
}

/// Every test, in order from fastest to slowest, stopping at the first failing stage.
pub fn test_all(root: &Path) -> Result {
    setup(root)?;
    let path = tool_path(root);
    let cargo = || {
        let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
        c.current_dir(root).env("PATH", &path);
        c
    };
    let mut tally = Tally::default();
    let stages = (|| -> Result {
        status(cargo().args(["fmt", "--all", "--check"]), "cargo fmt --check")?;
        status(cargo().args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]), "cargo clippy")?;
        counted(cargo().args(["test", "--workspace"]), "native tests (cargo test)", &mut tally)?;
        for (browser, flag, driver_var, driver) in [
            ("Chromium", "--chrome", "CHROMEDRIVER", which("chromedriver", &path)),
            ("Firefox", "--firefox", "GECKODRIVER", which("geckodriver", &path)),
        ] {
            let driver = driver.ok_or_else(|| format!("no WebDriver for {browser}; run `cargo xtask setup`"))?;
            let mut c = Command::new("wasm-pack");
            // The runner prefers GECKODRIVER when both are set: set exactly one.
            c.current_dir(root)
                .env("PATH", &path)
                .env_remove("CHROMEDRIVER")
                .env_remove("GECKODRIVER")
                .env_remove("SAFARIDRIVER")
                .env(driver_var, driver)
                .args(["test", "--headless", flag, "--mode", "no-install"]);
            counted(&mut c, &format!("browser tests in headless {browser} (wasm-pack test)"), &mut tally)?;
        }
        crate::dist::build(root)?;
        let mut e2e = Command::new("node");
        e2e.current_dir(root.join("e2e")).env("PATH", &path).args(["--test", "--test-reporter=tap"]);
        counted(&mut e2e, "end-to-end tests (node --test, Playwright)", &mut tally)
    })();
    // The plain closing line CI reads, whatever happened.
    println!("{} passed, {} failed", tally.passed, tally.failed + u64::from(stages.is_err() && tally.failed == 0));
    stages
}

fn which(name: &str, path: &str) -> Option<PathBuf> {
    std::env::split_paths(path).map(|d| d.join(name)).find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tallies_cargo_and_node_lines() {
        let mut t = Tally::default();
        t.read_line("test result: ok. 12 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s");
        t.read_line("test result: FAILED. 3 passed; 2 failed; 0 ignored");
        t.read_line("# pass 7");
        t.read_line("# fail 1");
        t.read_line("ok 1 - something passed");
        assert_eq!(t, Tally { passed: 22, failed: 3 });
    }
}
